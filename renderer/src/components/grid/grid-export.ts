import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { TableExport } from '../../../../shared/features/territories/types';
import { isNumericKind, isOwnTotal, metaOf, type ColumnMeta } from './grid-meta';

/** Columns the user sees, in their order (the selection checkbox column and the like excluded). */
export function shownColumns<T>(api: GridApi<T>): Column[] {
  return api.getAllDisplayedColumns().filter((c) => !c.getColId().startsWith('ag-Grid-'));
}

function kindOf<T>(api: GridApi<T>, column: Column): NonNullable<ColumnMeta['kind']> {
  const declared = metaOf(column.getColDef()).kind;
  if (declared) return declared;
  // Undeclared: numeric when every present value of the first rows is a number.
  let numeric: boolean | null = null;
  let seen = 0;
  api.forEachNodeAfterFilterAndSort((node) => {
    if (seen > 200 || numeric === false) return;
    const v: unknown = api.getCellValue({ rowNode: node, colKey: column });
    if (v === null || v === undefined || v === '') return;
    seen += 1;
    numeric = typeof v === 'number';
  });
  return numeric ? 'decimal' : 'text';
}

/** One cell as exported: numbers stay numbers; labels (formatted values) as shown. */
export function exportCell<T>(api: GridApi<T>, node: IRowNode<T>, column: Column, kind: ColumnMeta['kind']): string | number | null {
  const raw: unknown = api.getCellValue({ rowNode: node, colKey: column });
  if (raw === null || raw === undefined || raw === '') return null;
  if (isNumericKind(kind)) return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  if (column.getColDef().valueFormatter) {
    const shown: unknown = api.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
    if (typeof shown === 'string') return shown;
  }
  if (typeof raw === 'string' || typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? '✓' : '';
  return JSON.stringify(raw) ?? null;
}

/** The grid's current view — visible columns in order, rows filtered and sorted — as an xlsx table. */
export function currentViewTable<T>(
  api: GridApi<T>,
  labels: { sheetName: string; title: string; notesSheet: string; notes: [string, string][] },
): TableExport {
  const columns = shownColumns(api);
  const kinds = columns.map((c) => kindOf(api, c));
  const rows: (string | number | null)[][] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group) return;
    rows.push(columns.map((c, i) => exportCell(api, node, c, kinds[i])));
  });
  return {
    sheetName: labels.sheetName,
    title: labels.title,
    notesSheet: labels.notesSheet,
    columns: columns.map((c, i) => ({ header: api.getDisplayNameForColumn(c, null), kind: kinds[i] ?? 'text' })),
    rows,
    notes: labels.notes,
  };
}

/**
 * The totals row as the grid shows it, for the xlsx export's notes (its sheet holds the rows only):
 * the row's label ("Total (79 linhas)"), then each shown column's total as displayed, with what an
 * own total is ("municípios distintos…"), so that the file and the grid say the same figures.
 */
export function totalsNotes<T>(api: GridApi<T>, labelColId: string, number: (value: number) => string): [string, string][] {
  const node = api.getPinnedBottomRowCount() > 0 ? api.getPinnedBottomRow(0) : undefined;
  if (!node) return [];
  const label: unknown = api.getCellValue({ rowNode: node, colKey: labelColId });
  const lines: [string, string][] = [];
  for (const column of shownColumns(api)) {
    const total = metaOf(column.getColDef()).total;
    if (!total) continue;
    const raw: unknown = api.getCellValue({ rowNode: node, colKey: column });
    const shown: unknown = column.getColDef().valueFormatter
      ? api.getCellValue({ rowNode: node, colKey: column, useFormatter: true })
      : raw;
    const text = typeof shown === 'string' && shown !== '' ? shown : typeof raw === 'number' && Number.isFinite(raw) ? number(raw) : '–';
    const note = isOwnTotal(total) ? total.note : undefined;
    lines.push([
      `${typeof label === 'string' ? label : ''} — ${api.getDisplayNameForColumn(column, null)}`,
      note ? `${text} (${note})` : text,
    ]);
  }
  return lines;
}

interface SimpleFilter {
  filterType?: string;
  type?: string;
  filter?: unknown;
  filterTo?: unknown;
  operator?: string;
  conditions?: SimpleFilter[];
}

/** How the export's notes say a filter: its type, "and"/"or", and a number, in the UI language. */
export interface FilterWords {
  type: (type: string) => string;
  operator: (operator: string) => string;
  number: (value: number) => string;
}

/** A filter model in words, for the export's notes ("Área (ha): maior que 1.000,5"). */
export function describeFilters<T>(api: GridApi<T>, words: FilterWords): string {
  const model = api.getFilterModel() as Record<string, SimpleFilter>;
  const plain = (value: unknown): string =>
    typeof value === 'number'
      ? words.number(value)
      : typeof value === 'string' || typeof value === 'boolean'
        ? String(value)
        : (JSON.stringify(value) ?? '');
  const one = (f: SimpleFilter): string => {
    if (f.conditions && f.operator) return f.conditions.map(one).join(` ${words.operator(f.operator)} `);
    const value =
      f.filterTo !== undefined ? `${plain(f.filter)}–${plain(f.filterTo)}` : f.filter !== undefined ? `"${plain(f.filter)}"` : '';
    return `${f.type ? words.type(f.type) : ''} ${value}`.trim();
  };
  return Object.entries(model)
    .map(([colId, f]) => {
      const column = api.getColumn(colId);
      const header = column ? api.getDisplayNameForColumn(column, null) : colId;
      return `${header}: ${one(f)}`;
    })
    .join('; ');
}
