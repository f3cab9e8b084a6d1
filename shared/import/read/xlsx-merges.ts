import { isPercentCell, type Cell } from './table-source';
import { nextTag } from './xlsx-parts';
import { columnOf, NotPlainWorkbook, readAttribute, rowOf } from './xlsx-xml';

/** A worksheet's rows as the plain reader keeps them (index = row number − 1). */
export interface SheetRows {
  /** The cells readRow gives: up to the last with a value, null between. */
  cells: (Cell[] | undefined)[];
  /** exceljs's row.cellCount: the last column holding a cell, styled-only cells included. */
  cellCount: number[];
  /** exceljs's row.hasValues: a cell other than a styled empty one. */
  valued: boolean[];
  /** Formulas without a saved result: row → its 0-based columns. */
  noResult: Map<number, number[]>;
  /** The last row the sheet has (exceljs's rowCount). */
  rowCount: number;
}

/** Beyond this, merged ranges are left to exceljs (which creates every cell they cover). */
const MAX_MERGED_CELLS = 100_000;

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Range {
  const [a = '', b = a] = ref.split(':');
  const r1 = rowOf(a);
  const c1 = columnOf(a);
  const r2 = rowOf(b);
  const c2 = columnOf(b);
  if (!r1 || !c1 || !r2 || !c2 || ref.split(':').length > 2) throw new NotPlainWorkbook(`the merged range ${ref}`);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function setCell(rows: SheetRows, row: number, col: number, value: Cell): void {
  const cells = (rows.cells[row - 1] ??= []);
  if (value === null) {
    if (col <= cells.length) cells[col - 1] = null;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return;
  }
  while (cells.length < col - 1) cells.push(null);
  cells[col - 1] = value;
}

/** Makes sure a row exists (exceljs creates rows and cells a merge touches) and widens it. */
function touch(rows: SheetRows, row: number, col: number, valued: boolean): void {
  rows.cells[row - 1] ??= [];
  rows.cellCount[row - 1] = Math.max(rows.cellCount[row - 1] ?? 0, col);
  if (valued) rows.valued[row - 1] = true;
  rows.rowCount = Math.max(rows.rowCount, row);
}

/**
 * Merged cells as exceljs loads them: every cell of the range but the first takes the first
 * one's value. A first cell holding a number or a formula without result (whose reading would
 * depend on the other cells' styles) leaves the workbook to exceljs, as do overlapping ranges.
 */
export function applyMerges(xml: string, from: number, rows: SheetRows): void {
  const ranges: Range[] = [];
  let area = 0;
  for (let at = xml.indexOf('<mergeCell', from); at >= 0; at = xml.indexOf('<mergeCell', at + 1)) {
    const tag = nextTag(xml, at);
    if (!tag || tag.name !== 'mergeCell') continue;
    const range = parseRange(readAttribute(xml, tag.attrs, tag.end, 'ref') ?? '');
    for (const other of ranges) {
      if (range.left <= other.right && range.right >= other.left && range.top <= other.bottom && range.bottom >= other.top) {
        throw new NotPlainWorkbook('overlapping merged ranges');
      }
    }
    area += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area > MAX_MERGED_CELLS) throw new NotPlainWorkbook('merged ranges over many cells');
    ranges.push(range);
  }
  const noResultAt = (row: number, col: number): boolean => rows.noResult.get(row)?.includes(col - 1) ?? false;
  for (const { top, left, bottom, right } of ranges) {
    const master = rows.cells[top - 1]?.[left - 1] ?? null;
    if (typeof master === 'number' || isPercentCell(master) || noResultAt(top, left)) {
      throw new NotPlainWorkbook('a merged range starting with a number or formula');
    }
    touch(rows, top, left, false);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        if (noResultAt(r, c)) throw new NotPlainWorkbook('a formula inside a merged range');
        touch(rows, r, c, true);
        setCell(rows, r, c, master);
      }
    }
  }
}
