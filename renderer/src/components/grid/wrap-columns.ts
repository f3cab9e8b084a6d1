import type {
  CellClassParams,
  ColDef,
  ColSpanParams,
  EditableCallbackParams,
  ICellRendererParams,
  ITooltipParams,
  ValueParserParams,
} from 'ag-grid-community';
import { isNumericKind, isOwnTotal, metaOf } from './grid-meta';
import { formatCsvNumber } from './grid-numbers';
import { parseLocaleNumber } from './tsv';
import { heatColor } from './heat';

export const colIdOf = <T>(c: ColDef<T>): string => c.colId ?? (typeof c.field === 'string' ? c.field : '');

export interface WrapState {
  heat: readonly string[];
  groupBy: string | null;
  totals: boolean;
  labelColId: string;
  totalsFlag: string;
  /** The totals row's key for its short label ("Total"), shown where the long one would be cut. */
  totalsShortKey: string;
  /** The UI's language: numbers are typed in its notation. */
  locale: string;
}

/**
 * Editing of a number column in the UI's notation: the cell opens on the number as the locale
 * writes it without grouping ("2,125" in pt-BR) and reads what is typed the same way
 * ("1.500.000,00" is one and a half million). AG Grid's number editor took digits and a dot only:
 * "1.500.000,00" became 1,5, and a raw "2.125" opened in pt-BR read back as 2125. Text that is
 * no number is passed on as typed, for the owner's engine call to refuse with its message.
 */
export function localeNumberEditing<T>(locale: string): Pick<ColDef<T>, 'cellEditor' | 'cellEditorParams' | 'valueParser'> {
  return {
    cellEditor: 'agTextCellEditor',
    cellEditorParams: {
      useFormatter: true,
      formatValue: (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? formatCsvNumber(value, locale) : ''),
    },
    valueParser: (p: ValueParserParams<T>) => {
      const text = typeof p.newValue === 'string' ? p.newValue : String(p.newValue ?? '');
      const n = parseLocaleNumber(text, locale);
      return Number.isNaN(n) ? text : n;
    },
  };
}

/**
 * What the grid learnt from its rows after the last update (heat ranges, group sizes and first rows),
 * set from grid events, never during render; the cell callbacks read it when the grid draws.
 */
export class LiveGridState {
  private ranges = new Map<string, { min: number; max: number }>();
  private counts = new Map<unknown, number>();
  private starts = new Set<string>();

  update(ranges: Map<string, { min: number; max: number }>, counts: Map<unknown, number> | null): void {
    this.ranges = ranges;
    if (counts) this.counts = counts;
  }

  setGroupStarts(starts: Set<string>): void {
    this.starts = starts;
  }

  range(colId: string): { min: number; max: number } | undefined {
    return this.ranges.get(colId);
  }

  groupSize(key: unknown): number {
    return this.counts.get(key) ?? 0;
  }

  isGroupStart(nodeId: string | undefined): boolean {
    return this.starts.has(nodeId ?? '');
  }
}

const plainText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

/** A character of the grid's 13 px bold cell text (an estimate on the wide side), and a cell's padding. */
const CELL_CHAR_PX = 8;
const CELL_PADDING_PX = 24;

/** The grid's narrowest column unless the owner says otherwise (DataGrid's defaultColDef). */
export const DEFAULT_MIN_WIDTH = 70;
/** A header character at the grid's 12 px header type (wide fonts included), and the cell's padding and filter icon. */
const HEADER_CHAR_PX = 7.5;
const HEADER_CHROME_PX = 56;

/**
 * The width a column needs for the longest word of its header: headers wrap at spaces, and a word
 * wider than its column was split mid-word ("Actualiz / ados", "Omitida / s").
 */
export function headerWordWidth(header: string | undefined): number {
  const longest = Math.max(0, ...(header ?? '').split(/\s+/).map((word) => word.length));
  return Math.ceil(longest * HEADER_CHAR_PX) + HEADER_CHROME_PX;
}

/**
 * How many cells the totals row's label covers: its own and those after it, in the same pinned part,
 * up to the first column the row totals (sum or mean).
 */
export function totalsLabelSpan<T>(p: Pick<ColSpanParams<T>, 'api' | 'column'>): number {
  const columns = p.api.getAllDisplayedColumns();
  const pinned = p.column.getPinned();
  let span = 1;
  for (const next of columns.slice(columns.indexOf(p.column) + 1)) {
    if (next.getPinned() !== pinned || metaOf(next.getColDef()).total) break;
    span++;
  }
  return span;
}

/**
 * The owner's column definitions with the grid wrapper's features layered on: no editing of the
 * totals row, heat-map colours, the group column's header cells, the totals row's label. The
 * callbacks read the refs, so recomputed ranges and groups show on the next refresh without new
 * column definitions.
 */
export function wrapColumns<T>(columnDefs: readonly ColDef<T>[], state: WrapState, live: LiveGridState): ColDef<T>[] {
  return columnDefs.map((c) => {
    const colId = colIdOf(c);
    const meta = metaOf(c);
    const def: ColDef<T> = { ...c };
    const fit = headerWordWidth(c.headerName);
    if (fit > (c.minWidth ?? DEFAULT_MIN_WIDTH)) def.minWidth = fit;
    if (meta.fitContent && c.tooltipField === undefined && c.tooltipValueGetter === undefined) {
      // A column fitted to its values stops at FIT_CONTENT_MAX_PX: a longer value reads whole in its tooltip.
      def.tooltipValueGetter = (p: ITooltipParams<T>) => (p.valueFormatted ?? plainText(p.value)) || undefined;
    }
    if (c.editable) {
      const original = c.editable;
      def.editable = (p: EditableCallbackParams<T>) => !p.node.rowPinned && (typeof original === 'function' ? original(p) : original);
      if (isNumericKind(meta.kind) && c.cellEditor === undefined) Object.assign(def, localeNumberEditing<T>(state.locale));
    }
    if (state.heat.includes(colId) && isNumericKind(meta.kind)) {
      const original = c.cellStyle;
      def.cellStyle = (p: CellClassParams<T>) => {
        const base = (typeof original === 'function' ? original(p) : original) ?? {};
        const range = live.range(colId);
        const color = !p.node.rowPinned && range ? heatColor(p.value, range.min, range.max, meta.direction ?? 'neutral') : undefined;
        return color ? { ...base, backgroundColor: color } : base;
      };
    }
    const note = meta.total && isOwnTotal(meta.total) ? meta.total.note : undefined;
    if (note && state.totals) {
      // The totals cell says what its figure is ("distinct municipalities…"): it is not the rows' sum.
      const original = def.tooltipValueGetter;
      def.tooltipValueGetter = (p: ITooltipParams<T>): string | undefined => {
        if (p.node?.rowPinned) return note;
        const own: unknown = original?.(p);
        return typeof own === 'string' ? own : undefined;
      };
    }
    if (colId === state.groupBy) {
      // Grouping (community grid): rows of a group are kept together by postSortRows; the first row
      // of each group shows the group's value and size, the others leave the cell blank. A renderer,
      // not a formatter, so that exports still carry every row's value.
      def.cellRenderer = (p: ICellRendererParams<T>) => {
        if (p.node.rowPinned) return p.valueFormatted ?? plainText(p.value);
        if (!live.isGroupStart(p.node.id)) return '';
        const text = p.valueFormatted ?? (plainText(p.value) || '—');
        return `${text} (${live.groupSize(p.value)})`;
      };
      def.cellClass = 'arranjo-group-cell';
    }
    if (colId === state.labelColId && state.totals) {
      // The totals row shows its label here, unformatted, over the empty cells beside it: "Total
      // (16 linhas)" read "Total (16…" in a narrow code column.
      def.colSpan = (p: ColSpanParams<T>) => (p.data && (p.data as Record<string, unknown>)[state.totalsFlag] ? totalsLabelSpan(p) : 1);
      const original = c.valueFormatter;
      def.valueFormatter = (p) => {
        const data = p.data as Record<string, unknown> | undefined;
        if (data?.[state.totalsFlag]) {
          // Alone in a narrow cell (the next column has a total: a lot's area after its code), the
          // label says "Total" rather than "Total (13 l…"; the row count is in the badge above.
          const long = plainText(p.value);
          const cut = totalsLabelSpan(p) === 1 && long.length * CELL_CHAR_PX + CELL_PADDING_PX > p.column.getActualWidth();
          return cut ? plainText(data[state.totalsShortKey]) : long;
        }
        return typeof original === 'function' ? original(p) : plainText(p.value);
      };
    }
    return def;
  });
}
