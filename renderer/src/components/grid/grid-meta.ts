import type { ColDef } from 'ag-grid-community';
import type { HeatDirection } from './heat';

/**
 * What the grid wrapper needs to know about a column beyond AG Grid's own definition, carried in
 * `colDef.context`: its value kind (for xlsx cells, paste parsing and the heat map), whether the
 * totals row sums or averages it, and which way is better (heat-map colours).
 */
export interface ColumnMeta {
  kind?: 'text' | 'integer' | 'decimal' | 'percent';
  total?: 'sum' | 'mean';
  direction?: HeatDirection;
  /** Rows can be grouped by this column. */
  groupable?: boolean;
  /** Widened to its values when the rows are first drawn (codes: the row's key must read whole). */
  fitContent?: boolean;
}

export function metaOf<T>(colDef: ColDef<T> | undefined): ColumnMeta {
  const context: unknown = colDef?.context;
  return typeof context === 'object' && context !== null ? context : {};
}

export function isNumericKind(kind: ColumnMeta['kind']): boolean {
  return kind === 'integer' || kind === 'decimal' || kind === 'percent';
}

/** A cell pasted from a spreadsheet: which row and column it lands on, and its raw text. */
export interface PastedCell<T> {
  row: T;
  rowId: string;
  colId: string;
  field: string | undefined;
  text: string;
  kind: ColumnMeta['kind'];
}

/** What a saved view holds: AG Grid's column state and filter model, plus the wrapper's own state. */
export interface GridViewState {
  columnState: unknown[];
  filterModel: Record<string, unknown>;
  groupBy: string | null;
  heat: string[];
  search: string;
}

export function isGridViewState(value: unknown): value is GridViewState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<GridViewState>;
  return Array.isArray(v.columnState) && typeof v.filterModel === 'object' && Array.isArray(v.heat);
}

/** Totals of the numeric columns over the rows shown: sums, or means where a sum means nothing. */
export function columnTotals(
  columns: readonly { colId: string; total: 'sum' | 'mean' }[],
  rows: Iterable<(colId: string) => unknown>,
): Record<string, number | null> {
  const sums = new Map<string, { sum: number; n: number }>(columns.map((c) => [c.colId, { sum: 0, n: 0 }]));
  for (const read of rows) {
    for (const c of columns) {
      const v = read(c.colId);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const s = sums.get(c.colId) as { sum: number; n: number };
      s.sum += v;
      s.n += 1;
    }
  }
  return Object.fromEntries(
    columns.map((c) => {
      const s = sums.get(c.colId) as { sum: number; n: number };
      return [c.colId, s.n === 0 ? null : c.total === 'sum' ? s.sum : s.sum / s.n];
    }),
  );
}

/** Stable order that keeps each group's rows together (by group key), the current sort inside. */
export function groupOrder<N>(nodes: N[], key: (node: N) => unknown, compare: (a: unknown, b: unknown) => number): N[] {
  return nodes
    .map((node, index) => ({ node, index, k: key(node) }))
    .sort((a, b) => compare(a.k, b.k) || a.index - b.index)
    .map((x) => x.node);
}

/** Nulls last, numbers numerically, text in the user's collation. */
export function groupKeyCompare(collator: Intl.Collator): (a: unknown, b: unknown) => number {
  return (a, b) => {
    const an = a === null || a === undefined || a === '';
    const bn = b === null || b === undefined || b === '';
    if (an || bn) return an === bn ? 0 : an ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const text = (v: unknown) =>
      typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : (JSON.stringify(v) ?? '');
    return collator.compare(text(a), text(b));
  };
}
