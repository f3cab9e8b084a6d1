import type { ColDef } from 'ag-grid-community';
import type { HeatDirection } from './heat';

/**
 * What the grid wrapper needs to know about a column beyond AG Grid's own definition, carried in
 * `colDef.context`: its value kind (for xlsx cells, paste parsing and the heat map), whether the
 * totals row sums or averages it, and which way is better (heat-map colours).
 */
export interface ColumnMeta<T = unknown> {
  kind?: 'text' | 'integer' | 'decimal' | 'percent';
  /**
   * The totals row's figure: the sum or the mean of the numbers shown, or the ratio of two of the
   * rows' fields summed (a portfolio's progress is Σ earned value / Σ budget, not the mean of each
   * work's percentage; its SPI Σ EV / Σ PV, not the mean of the works' SPIs), or the column's own
   * figure from the rows shown (the distinct municipalities of the initiatives listed).
   */
  total?: ColumnTotal<T>;
  direction?: HeatDirection;
  /** Rows can be grouped by this column. */
  groupable?: boolean;
  /** Widened to its values when the rows are first drawn (codes: the row's key must read whole). */
  fitContent?: boolean;
  /** Some of its cells are drawn bold (the ranking's top rows): fitted to its values' bold width. */
  fitBold?: boolean;
  /**
   * How wide fitting may make it (px), where a column of names needs more than the codes' cap
   * (FIT_CONTENT_MAX_PX): the ranking's alternatives, whose longest demo name is ~420 px in bold.
   */
  fitMaxPx?: number;
}

export function metaOf<T>(colDef: ColDef<T> | undefined): ColumnMeta<T> {
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
/** `scale` multiplies a ratio (100: a percentage of fractions' fields). */
export type BuiltInTotal = 'sum' | 'mean' | { ratio: readonly [numerator: string, denominator: string]; scale?: number };

/**
 * A column's own total, computed from the rows shown (filtered), where adding up the rows would
 * count one thing twice: the municipalities of initiatives that share some. `note` says what the
 * figure is, on the totals cell and in the xlsx export's notes.
 */
export interface OwnTotal<T> {
  of(rows: readonly T[]): number | null;
  note?: string;
}

export type ColumnTotal<T = unknown> = BuiltInTotal | OwnTotal<T>;

export function isOwnTotal<T>(total: ColumnTotal<T>): total is OwnTotal<T> {
  return typeof total === 'object' && 'of' in total;
}

/**
 * The totals of the rows shown; `rows` read a row's value by column id, or by field name for the
 * two fields of a ratio. A ratio over rows whose denominators add up to zero has no total.
 */
export function columnTotals(
  columns: readonly { colId: string; total: BuiltInTotal }[],
  rows: Iterable<(key: string) => unknown>,
): Record<string, number | null> {
  const sums = new Map<string, { sum: number; n: number; den: number }>(columns.map((c) => [c.colId, { sum: 0, n: 0, den: 0 }]));
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const read of rows) {
    for (const c of columns) {
      const s = sums.get(c.colId) as { sum: number; n: number; den: number };
      if (typeof c.total === 'object') {
        const num = read(c.total.ratio[0]);
        const den = read(c.total.ratio[1]);
        if (!finite(num) || !finite(den)) continue;
        s.sum += num;
        s.den += den;
        s.n += 1;
        continue;
      }
      const v = read(c.colId);
      if (!finite(v)) continue;
      s.sum += v;
      s.n += 1;
    }
  }
  return Object.fromEntries(
    columns.map((c) => {
      const s = sums.get(c.colId) as { sum: number; n: number; den: number };
      if (s.n === 0) return [c.colId, null];
      if (typeof c.total === 'object') return [c.colId, s.den === 0 ? null : (s.sum / s.den) * (c.total.scale ?? 1)];
      return [c.colId, c.total === 'sum' ? s.sum : s.sum / s.n];
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
