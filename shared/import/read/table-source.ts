import type { ImportIssueCode } from '../../domain/import-codes';
import { dateCellDay } from '../values/date';
/**
 * A spreadsheet or delimited text file, seen as sheets of rows of cells, whatever its format.
 * Rows are numbered as the user sees them (1-based, like Excel; a CSV's records).
 */

/** A cell as read: text, a number, a boolean, a date, or a number Excel shows as a percentage. */
export type Cell = null | string | number | boolean | Date | PercentCell;

/** A number cell formatted "0.0%": Excel stores 0.125 and shows 12.5%. */
export interface PercentCell {
  percent: number;
}

export function isPercentCell(cell: Cell): cell is PercentCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

export interface SourceRow {
  /** 1-based, as Excel shows it. */
  row: number;
  /** 0-based columns (A = 0); shorter than the sheet's width when trailing cells are empty. */
  cells: Cell[];
}

/**
 * A source row as a reader makes it: by a constructor, not an object literal (issue 16). V8 samples
 * an object literal's objects and, when the sampled ones are alive at a young collection, makes the
 * literal's later objects directly in the old generation (allocation-site pretenuring). The pass's
 * rows, each dropped with its piece of the file, were judged so on most runs: every row then lived
 * until a full collection and kept its young cells alive (~100 MB promoted over the all-Brazil CSV,
 * whose pass took ~1.9 s instead of ~1.1 s). V8 keeps such allocation sites for literals and
 * `new Array`, not for objects of a class: made this way, the rows stayed young in every run.
 */
export class ReadRow implements SourceRow {
  constructor(
    public row: number,
    public cells: Cell[],
  ) {}
}

export interface SheetInfo {
  name: string;
  /** Rows in use (the last row with a value). */
  rowCount: number;
  columnCount: number;
  hidden: boolean;
}

/** Lets a long pass report progress and stop when the user cancels. */
export interface PassControl {
  /** Called between chunks; throws when the operation was cancelled. */
  checkpoint(done: number, total: number): Promise<void>;
}

export interface TableSource {
  readonly format: 'xlsx' | 'csv';
  readonly fileName: string;
  /** Text files only: the encoding and delimiter detected. */
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly sheets: readonly SheetInfo[];
  /** What the reader noticed that the import should warn about (lines in another encoding…). */
  readonly notes?: readonly { code: ImportIssueCode; row: number | null; message: string }[];
  /** The first `count` rows of a sheet (fewer when the sheet is shorter). */
  head(sheet: string, count: number): SourceRow[];
  /** The last `count` rows of a sheet. */
  tail(sheet: string, count: number): SourceRow[];
  /** Every row from `fromRow` on, in chunks, yielding to the event loop between them. */
  rows(sheet: string, fromRow: number, control: PassControl): AsyncIterable<SourceRow[]>;
  /**
   * Workbooks only: the cells of a sheet, among the rows read so far, that hold a formula whose
   * result the file did not save (a generator that writes formulas without calculating them).
   * Such a cell reads as empty, so its value would be lost without a word: the import refuses.
   */
  formulasWithoutResults?(sheet: string): { column: number; row: number }[];
  /**
   * Lets go of the parsed file once nothing more will be read from it (a one-shot import, before
   * it writes): a workbook of a million cells is hundreds of megabytes that every garbage
   * collection during the write would otherwise go through. Reading afterwards throws.
   */
  release?(): void;
}

export function releasedError(fileName: string): Error {
  return new Error(`${fileName} was released after its rows were read`);
}

/** Whether a cell holds nothing (null, or text that is only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text, for headers, samples and messages. */
export function cellToText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateCellDay(cell).iso;
  return `${String(Number((cell.percent * 100).toPrecision(12)))}%`;
}
