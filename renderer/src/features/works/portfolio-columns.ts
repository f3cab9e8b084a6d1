import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import type { Locale } from '../../i18n/locales';
import type { PortfolioRow } from '../../../../shared/features/works/types';
import { WORK_STATUSES } from '../../../../shared/features/works/types';
import type { WorkPatch } from '../../../../shared/features/works/schemas';
import { dateTextColumn } from '../../components/grid/date-column';
import { parseLocaleNumber } from '../../components/grid/tsv';
import { parseShortDate, shortDate } from '../../i18n/format';
import { HEALTH_COLORS, money, pct, ratio } from './works-format';

/** Fields edited in place; everything else goes through the work's form. */
export const EDITABLE = ['title', 'budgetPlanned', 'plannedStart', 'plannedEnd', 'status'] as const;
export type EditableField = (typeof EDITABLE)[number];
export const isEditable = (f: string | undefined): f is EditableField => (EDITABLE as readonly string[]).includes(f ?? '');

/** What an in-place edit asks the engine; dates typed in the UI's format, money in its numbers. */
export function patchFor(field: EditableField, value: unknown, locale: Locale): WorkPatch {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  switch (field) {
    case 'title':
      return { title: text };
    case 'budgetPlanned':
      // The grid reads the typed number in the locale (localeNumberEditing); an empty cell is no
      // budget of zero, and text that is no number goes on as NaN for the engine to refuse.
      return { budgetPlanned: typeof value === 'number' ? value : (parseLocaleNumber(text.replace(/R\$/g, ''), locale) ?? Number.NaN) };
    case 'plannedStart':
    case 'plannedEnd':
      return { [field]: parseShortDate(text, locale) ?? text };
    case 'status':
      return { status: text as WorkPatch['status'] };
  }
}

export function portfolioColumns(t: TFunction<'works'>, locale: Locale): ColDef<PortfolioRow>[] {
  const num = { type: 'rightAligned', filter: 'agNumberColumnFilter', width: 130 } as const;
  const sum = { context: { kind: 'decimal', total: 'sum', direction: 'neutral' } satisfies ColumnMeta };
  // The portfolio's figures, weighted as the dashboard and the S-curve weigh them: by budget.
  const ratioOf = (numerator: keyof PortfolioRow, denominator: keyof PortfolioRow, scale = 1) => ({
    context: { kind: 'decimal', total: { ratio: [numerator, denominator], scale }, direction: 'higher-better' } satisfies ColumnMeta,
  });
  const group = { context: { kind: 'text', groupable: true } satisfies ColumnMeta };
  return [
    // A cut name or title reads whole under the pointer; the code, the work's key, is widened to the
    // longest code drawn (OBR-DEMO-03 read "OBR-DEMO…" on every row at 110 px).
    { field: 'siteName', headerName: t('columns.site'), width: 200, filter: true, pinned: 'left', tooltipField: 'siteName', ...group },
    { field: 'workCode', headerName: t('columns.code'), width: 110, filter: true, pinned: 'left', tooltipField: 'workCode', context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
    { field: 'title', headerName: t('columns.title'), width: 260, editable: true, filter: true, tooltipField: 'title' },
    { field: 'plannedStart', headerName: t('columns.plannedStart'), width: 130, editable: true, ...dateTextColumn<PortfolioRow>(locale) },
    { field: 'plannedEnd', headerName: t('columns.plannedEnd'), width: 130, editable: true, ...dateTextColumn<PortfolioRow>(locale) },
    { ...group, field: 'category', headerName: t('columns.category'), width: 130, filter: true, valueFormatter: (p) => (p.value ? t(`category.${p.value as PortfolioRow['category']}`) : '') },
    { ...group, field: 'fundingSource', headerName: t('columns.funding'), width: 140, filter: true, valueFormatter: (p) => (p.value ? t(`funding.${p.value as NonNullable<PortfolioRow['fundingSource']>}`) : '') },
    {
      ...group,
      field: 'status',
      headerName: t('columns.status'),
      width: 130,
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...WORK_STATUSES] },
      valueFormatter: (p) => (p.value ? t(`status.${p.value as PortfolioRow['status']}`) : ''),
    },
    {
      ...group,
      field: 'health',
      headerName: t('columns.health'),
      width: 130,
      filter: true,
      valueFormatter: (p) => (p.value ? t(`health.${p.value as PortfolioRow['health']}`) : ''),
      cellStyle: (p) => ({ color: HEALTH_COLORS[p.value as PortfolioRow['health']], fontWeight: 600 }),
    },
    { ...sum, field: 'budgetPlanned', headerName: t('columns.budget'), ...num, width: 150, editable: true, valueFormatter: (p) => money(p.value as number, locale) },
    { ...sum, field: 'committed', headerName: t('columns.committed'), ...num, width: 150, valueFormatter: (p) => money(p.value as number, locale) },
    { ...sum, field: 'disbursed', headerName: t('columns.disbursed'), ...num, width: 150, valueFormatter: (p) => money(p.value as number, locale) },
    { ...ratioOf('ev', 'budgetPlanned', 100), field: 'physicalProgress', headerName: t('columns.physical'), ...num, width: 100, valueFormatter: (p) => pct(p.value as number, locale) },
    { ...ratioOf('pv', 'budgetPlanned', 100), field: 'plannedProgress', headerName: t('columns.planned'), ...num, width: 100, valueFormatter: (p) => pct(p.value as number, locale) },
    { ...ratioOf('ev', 'pv'), field: 'spi', headerName: t('columns.spi'), ...num, width: 90, valueFormatter: (p) => ratio(p.value as number | null, locale) },
    { ...ratioOf('ev', 'ac'), field: 'cpi', headerName: t('columns.cpi'), ...num, width: 90, valueFormatter: (p) => ratio(p.value as number | null, locale) },
    { field: 'forecastEnd', headerName: t('columns.forecastEnd'), width: 130, cellDataType: 'text', valueFormatter: (p) => shortDate(p.value as string | null, locale) },
    { field: 'illustrative', headerName: t('columns.illustrative'), width: 110, valueFormatter: (p) => (p.value ? '✓' : '') },
  ];
}
