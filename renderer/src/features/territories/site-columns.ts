import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Site, SiteKind } from '../../../../shared/domain/types';
import type { SitePatch } from '../../../../shared/rpc/schemas';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export const TEXT_FIELDS = ['name', 'status', 'managingBody', 'notes'] as const;
export const NUMBER_FIELDS = ['areaHa', 'lotsTotal', 'lotsOccupied', 'lotsAvailable', 'firms', 'jobs'] as const;
export type EditableField = (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number];

export function isEditableField(field: string | undefined): field is EditableField {
  return (TEXT_FIELDS as readonly string[]).includes(field ?? '') || (NUMBER_FIELDS as readonly string[]).includes(field ?? '');
}

/**
 * The patch for one edited cell. Text is trimmed and an emptied optional text becomes null; the
 * name stays "" so that the engine's "is required" reaches the user. Numbers arrive from the number
 * editor already parsed. The engine validates everything; nothing is checked twice here.
 */
export function patchForEdit(field: EditableField, newValue: unknown): SitePatch {
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    const value = typeof newValue === 'number' ? newValue : newValue === null || newValue === undefined || newValue === '' ? null : Number(newValue);
    return { [field]: value };
  }
  const text = typeof newValue === 'string' ? newValue.trim() : typeof newValue === 'number' ? String(newValue) : '';
  return { [field]: field === 'name' ? text : text || null };
}

export interface CellError {
  rowId: string;
  field: EditableField;
  message: string;
}

export function siteKindLabel(t: TFunction, kind: SiteKind): string {
  return t(`sites.kinds.${kind}`);
}

/** Column definitions of the sites grid: editable where the engine accepts edits. */
export function siteColumns(t: TFunction, locale: Locale, cellError: CellError | null): ColDef<Site>[] {
  const numberFormatter = (p: ValueFormatterParams<Site>) => (typeof p.value === 'number' ? formatNumber(p.value, locale) : '');
  const errorRules = (field: EditableField) => ({
    'arranjo-cell-error': (p: { data?: Site }) => cellError !== null && cellError.field === field && String(p.data?.id) === cellError.rowId,
  });
  const errorTooltip = (field: EditableField) => (p: { data?: Site }) =>
    cellError !== null && cellError.field === field && String(p.data?.id) === cellError.rowId ? cellError.message : undefined;

  const text = (field: (typeof TEXT_FIELDS)[number], width: number, large = false): ColDef<Site> => ({
    field,
    headerName: t(`sites.fields.${field}`),
    editable: true,
    width,
    cellEditor: large ? 'agLargeTextCellEditor' : 'agTextCellEditor',
    cellEditorPopup: large,
    cellClassRules: errorRules(field),
    tooltipValueGetter: errorTooltip(field),
  });
  const number = (field: (typeof NUMBER_FIELDS)[number], width: number): ColDef<Site> => ({
    field,
    headerName: t(`sites.fields.${field}`),
    editable: true,
    width,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    cellEditor: 'agNumberCellEditor',
    valueFormatter: numberFormatter,
    cellClassRules: errorRules(field),
    tooltipValueGetter: errorTooltip(field),
  });

  return [
    { field: 'code', headerName: t('sites.fields.code'), width: 150, pinned: 'left' },
    { ...text('name', 260), pinned: 'left' },
    {
      field: 'kind',
      headerName: t('sites.fields.kind'),
      width: 150,
      valueFormatter: (p: ValueFormatterParams<Site>) => (p.value ? siteKindLabel(t, p.value as SiteKind) : ''),
    },
    { field: 'municipalityName', headerName: t('sites.fields.municipality'), width: 160 },
    text('status', 120),
    text('managingBody', 150),
    number('areaHa', 100),
    number('lotsTotal', 95),
    number('lotsOccupied', 105),
    number('lotsAvailable', 105),
    number('firms', 90),
    number('jobs', 95),
    text('notes', 220, true),
    { field: 'locationNote', headerName: t('sites.fields.locationNote'), width: 220, tooltipField: 'locationNote' },
    { field: 'source', headerName: t('sites.fields.source'), width: 220, tooltipField: 'source' },
  ];
}
