import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Site, SiteKind } from '../../../../shared/domain/types';
import type { SitePatch } from '../../../../shared/domain/schemas';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { parseLocaleNumber } from '../../components/grid/tsv';
import { formatNumber } from '../../i18n/format';
import { sourceIn } from '../../../../shared/text/entered-by-user';
import { locationNoteIn } from '../../../../shared/demo/location-note';
import type { Locale } from '../../i18n/locales';

export const TEXT_FIELDS = ['code', 'name', 'status', 'managingBody', 'notes'] as const;
export const NUMBER_FIELDS = ['areaHa', 'lotsTotal', 'lotsOccupied', 'lotsAvailable', 'firms', 'jobs'] as const;
export type EditableField = (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number];

export function isEditableField(field: string | undefined): field is EditableField {
  return (TEXT_FIELDS as readonly string[]).includes(field ?? '') || (NUMBER_FIELDS as readonly string[]).includes(field ?? '');
}

/**
 * The patch for one edited (or pasted) cell. Text is trimmed and an emptied optional text becomes
 * null; the name and code stay "" so that the engine's "is required" reaches the user. Numbers are
 * read in the user's locale ("1.234,5"); text that is no number is passed on as typed, and the
 * engine refuses it ("must be a number") — nothing is checked twice here.
 */
export function patchForEdit(field: EditableField, newValue: unknown, locale: string = 'pt-BR'): SitePatch {
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    if (typeof newValue === 'number' || newValue === null || newValue === undefined) return { [field]: newValue ?? null };
    const text = typeof newValue === 'string' ? newValue : (JSON.stringify(newValue) ?? '');
    const parsed = parseLocaleNumber(text, locale);
    return { [field]: Number.isNaN(parsed) ? text.trim() : parsed };
  }
  const text = typeof newValue === 'string' ? newValue.trim() : typeof newValue === 'number' ? String(newValue) : '';
  return { [field]: field === 'name' || field === 'code' ? text : text || null };
}

export interface CellError {
  rowId: string;
  field: EditableField;
  message: string;
}

export function siteKindLabel(t: TFunction, kind: SiteKind): string {
  return t(`sites.kinds.${kind}`);
}

/** Column definitions of the sites catalog: editable where the engine accepts edits. */
export function siteColumns(t: TFunction, locale: Locale, cellError: CellError | null): ColDef<Site>[] {
  const numberFormatter = (p: ValueFormatterParams<Site>) => (typeof p.value === 'number' ? formatNumber(p.value, locale) : '');
  const isError = (field: EditableField) => (p: { data?: Site }) =>
    cellError !== null && cellError.field === field && String(p.data?.id) === cellError.rowId;
  const errorTooltip = (field: EditableField) => (p: { data?: Site }) => (isError(field)(p) ? cellError?.message : undefined);

  const text = (field: (typeof TEXT_FIELDS)[number], width: number, large = false, groupable = false): ColDef<Site> => ({
    field,
    headerName: t(`sites.fields.${field}`),
    editable: true,
    width,
    cellEditor: large ? 'agLargeTextCellEditor' : 'agTextCellEditor',
    cellEditorPopup: large,
    cellClassRules: { 'arranjo-cell-error': isError(field) },
    // The refusal of an edit, else the text itself: a cut code or name reads whole under the pointer.
    tooltipValueGetter: (p) => errorTooltip(field)(p) ?? (typeof p.value === 'string' ? p.value : undefined),
    context: { kind: 'text', groupable } satisfies ColumnMeta,
  });
  // A text editor, not a number input: typed or pasted text reaches the engine, which says why it is refused.
  const number = (field: (typeof NUMBER_FIELDS)[number], width: number, meta: ColumnMeta): ColDef<Site> => ({
    field,
    headerName: t(`sites.fields.${field}`),
    editable: true,
    width,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    cellEditor: 'agTextCellEditor',
    valueFormatter: numberFormatter,
    cellClassRules: { 'arranjo-cell-error': isError(field) },
    tooltipValueGetter: errorTooltip(field),
    context: meta,
  });

  return [
    // The row's key reads whole: widened to the longest code drawn (DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL).
    { ...text('code', 150), pinned: 'left', context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
    { ...text('name', 260), pinned: 'left' },
    {
      field: 'kind',
      headerName: t('sites.fields.kind'),
      width: 150,
      valueFormatter: (p: ValueFormatterParams<Site>) => (p.value ? siteKindLabel(t, p.value as SiteKind) : ''),
      context: { kind: 'text', groupable: true } satisfies ColumnMeta,
    },
    {
      field: 'municipalityName',
      headerName: t('sites.fields.municipality'),
      width: 160,
      context: { kind: 'text', groupable: true } satisfies ColumnMeta,
    },
    text('status', 120, false, true),
    text('managingBody', 150, false, true),
    number('areaHa', 100, { kind: 'decimal', total: 'sum', direction: 'neutral' }),
    number('lotsTotal', 95, { kind: 'integer', total: 'sum', direction: 'neutral' }),
    number('lotsOccupied', 105, { kind: 'integer', total: 'sum', direction: 'neutral' }),
    number('lotsAvailable', 105, { kind: 'integer', total: 'sum', direction: 'higher-better' }),
    number('firms', 90, { kind: 'integer', total: 'sum', direction: 'higher-better' }),
    number('jobs', 95, { kind: 'integer', total: 'sum', direction: 'higher-better' }),
    text('notes', 220, true),
    {
      field: 'locationNote',
      headerName: t('sites.fields.locationNote'),
      width: 220,
      valueFormatter: (p) => (typeof p.value === 'string' ? locationNoteIn(p.value, locale) : ''),
      tooltipValueGetter: (p) => (typeof p.value === 'string' ? locationNoteIn(p.value, locale) : null),
      context: { kind: 'text' } satisfies ColumnMeta,
    },
    {
      field: 'source',
      headerName: t('sites.fields.source'),
      width: 220,
      tooltipField: 'source',
      valueFormatter: (p) => sourceIn(String(p.value ?? ''), locale),
      context: { kind: 'text' } satisfies ColumnMeta,
    },
  ];
}
