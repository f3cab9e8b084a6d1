import type { ImportLayout } from '../../../../shared/import/api';

/** What a sheet row is to the import, as the layout step colours it. */
export type RowMark = 'title' | 'header' | 'data' | 'total' | 'excluded' | 'blank' | 'footer' | 'outside';

export const ROW_MARKS: readonly RowMark[] = ['title', 'header', 'data', 'total', 'excluded', 'blank', 'footer', 'outside'];

/**
 * The part of the table a row belongs to, from the detected (or corrected) layout: the same
 * reading the import makes, so what the user sees marked "data" is what is imported.
 */
export function rowMark(row: number, layout: ImportLayout, empty: boolean, excluded: ReadonlySet<number> = new Set()): RowMark {
  const header = layout.headerRows;
  if (header && row >= header.first && row <= header.last) return 'header';
  if (layout.titleRows.some((r) => r.row === row)) return 'title';
  if (layout.footerRows.some((r) => r.row === row)) return 'footer';
  if (empty) return 'blank';
  if (row >= layout.dataStart && row <= layout.dataEnd) {
    if (layout.totalRows.includes(row)) return 'total';
    return excluded.has(row) ? 'excluded' : 'data';
  }
  return 'outside';
}

/** A row of cells is empty when every cell is blank. */
export function isEmptyRow(cells: readonly (string | null | undefined)[]): boolean {
  return cells.every((c) => c === null || c === undefined || c.trim() === '');
}

export interface LayoutSummary {
  /** Rows between the data start and end (inclusive), blank lines included. */
  span: number;
  totals: number;
  /** Rows after the data that the import does not read (footer, notes). */
  after: number;
}

export function summarizeLayout(layout: ImportLayout): LayoutSummary {
  const span = Math.max(0, layout.dataEnd - layout.dataStart + 1);
  return { span, totals: layout.totalRows.length, after: Math.max(0, layout.rowCount - layout.dataEnd) };
}

/** Rows to show of a sheet: the head, then the tail when it does not overlap, with the gap between. */
export function joinHeadTail<R extends { row: number }>(
  head: readonly R[],
  tail: readonly R[],
): { rows: R[]; gap: { from: number; to: number } | null } {
  const lastHead = head.length > 0 ? (head[head.length - 1]?.row ?? 0) : 0;
  const rest = tail.filter((r) => r.row > lastHead);
  const firstTail = rest[0]?.row;
  const gap = firstTail !== undefined && firstTail > lastHead + 1 ? { from: lastHead + 1, to: firstTail - 1 } : null;
  return { rows: [...head, ...rest], gap };
}
