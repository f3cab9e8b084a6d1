import { Group, Select } from '@mantine/core';
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, WORK_CATEGORIES, WORK_STATUSES, type PortfolioRow } from '../../../../shared/features/works/types';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { isEditable, patchFor, portfolioColumns } from './portfolio-columns';

/** The portfolio grid's header: two lines of header text (what autoHeaderHeight measured, 39 px). */
const WORKS_HEADER_PX = 40;

/** A stable row id function: a new one on every render would hand the grid a changed option each time. */
export const workRowId = (r: PortfolioRow): string => String(r.id);

export interface PortfolioFilters {
  site: string | null;
  status: string | null;
  category: string | null;
  funding: string | null;
}

export function applyFilters(rows: readonly PortfolioRow[], f: PortfolioFilters): PortfolioRow[] {
  return rows.filter(
    (r) =>
      (!f.site || r.siteCode === f.site) &&
      (!f.status || r.status === f.status) &&
      (!f.category || r.category === f.category) &&
      (!f.funding || r.fundingSource === f.funding),
  );
}

interface Props {
  rows: PortfolioRow[] | undefined;
  filters: PortfolioFilters;
  onFilters: (f: PortfolioFilters) => void;
  onOpen: (row: PortfolioRow) => void;
  /** A district offered in the district filter even without works (the one the area was opened on). */
  extraSite?: { code: string; name: string } | null;
}

/** The portfolio grid: the figures of `arranjo works`, filters, edits in place (undoable), a double-click opens the work. */
export function PortfolioPanel({ rows, filters, onFilters, onOpen, extraSite = null }: Props) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const columns = useMemo(() => portfolioColumns(t, locale), [t, locale]);
  const [pending, setPending] = useState(false);
  const sites = useMemo(() => {
    const named = new Map((rows ?? []).map((r) => [r.siteCode, r.siteName]));
    if (extraSite && !named.has(extraSite.code)) named.set(extraSite.code, extraSite.name);
    return [...named.entries()];
  }, [rows, extraSite]);
  const shown = useMemo(() => (rows ? applyFilters(rows, filters) : undefined), [rows, filters]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<PortfolioRow>) => {
      const field = event.colDef.field;
      const row = event.data;
      if (!isEditable(field) || !row || event.newValue === event.oldValue) return;
      setPending(true);
      controller
        .mutate((engine) => engine.updateWork(row.id, patchFor(field, event.newValue, locale)))
        .then(
          () => notify({ kind: 'success', title: (lng) => t('messages.saved', { lng }), message: () => `${row.workCode} · ${row.title}` }),
          (error: unknown) => notifyError(error, (lng) => t('messages.editFailed', { lng })),
        )
        .finally(() => setPending(false));
    },
    [controller, locale, t],
  );

  const all = t('filters.all');
  const select = (key: keyof PortfolioFilters, label: string, data: { value: string; label: string }[]) => (
    <Select
      size="xs"
      label={label}
      placeholder={all}
      data={data}
      value={filters[key]}
      onChange={(v) => onFilters({ ...filters, [key]: v })}
      clearable
      searchable
      w={190}
      data-testid={`works-filter-${key}`}
    />
  );

  return (
    <>
      <Group gap="xs" mb="xs" align="flex-end">
        {select(
          'site',
          t('filters.district'),
          sites.map(([value, label]) => ({ value, label })),
        )}
        {select(
          'status',
          t('filters.status'),
          WORK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        )}
        {select(
          'category',
          t('filters.category'),
          WORK_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
        )}
        {select(
          'funding',
          t('filters.funding'),
          FUNDING_SOURCES.map((f) => ({ value: f, label: t(`funding.${f}`) })),
        )}
      </Group>
      <DataGrid<PortfolioRow>
        rowData={shown}
        columnDefs={columns}
        getRowId={workRowId}
        testId="works-grid"
        gridId="works-portfolio"
        height="calc(100vh - 290px)"
        // Two lines of the 12 px header type: the longest headers ("Término proyectado", "Desembolsado
        // (R$)") wrap to two at their widths in pt-BR, en and es; a measured height cost each first open.
        headerHeight={WORKS_HEADER_PX}
        exportName={t('title')}
        onCellEditRequest={onCellEditRequest}
        onRowDoubleClicked={onOpen}
        totals
        toolbar={pending ? <span data-testid="works-grid-saving">…</span> : undefined}
      />
    </>
  );
}
