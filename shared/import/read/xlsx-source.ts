import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/load-exceljs';
import { ReadRow, releasedError, type Cell, type PassControl, type SheetInfo, type SourceRow, type TableSource } from './table-source';
import type { PlainWorkbookReader, WorkbookRows } from './xlsx-plain';
import { isPercentFormat } from './xlsx-xml';

const CHUNK_ROWS = 2_000;

/** A formula the file keeps without its result (saved by a program that does not calculate). */
const NO_RESULT = Symbol('formula without a saved result');

/** An exceljs cell value as a plain cell: formulas by their cached result, rich text joined. */
function toCell(cell: ExcelJS.Cell): Cell | typeof NO_RESULT {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const format = cell.numFmt;
    return isPercentFormat(format) ? { percent: value } : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return NO_RESULT;
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    if (typeof result === 'number') {
      const format = cell.numFmt;
      return isPercentFormat(format) ? { percent: result } : result;
    }
    return result;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

/** Where a sheet has formulas without results: the first row of each column (0-based) with one. */
type UnsavedResults = Map<number, number>;

function readRow(sheet: ExcelJS.Worksheet, rowNumber: number, unsaved: UnsavedResults): SourceRow {
  const row = sheet.findRow(rowNumber);
  const cells: Cell[] = [];
  row?.eachCell({ includeEmpty: false }, (cell, col) => {
    const value = toCell(cell);
    if (value === NO_RESULT) {
      if (!unsaved.has(col - 1)) unsaved.set(col - 1, rowNumber);
    } else if (value !== null) {
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = value;
    }
  });
  return new ReadRow(rowNumber, cells);
}

class ExcelJsWorkbook implements WorkbookRows {
  readonly reader = 'exceljs';
  readonly sheets: SheetInfo[];

  constructor(private readonly workbook: ExcelJS.Workbook) {
    this.sheets = workbook.worksheets.map((ws) => ({
      name: ws.name,
      rowCount: ws.rowCount,
      columnCount: ws.columnCount,
      hidden: ws.state !== 'visible',
    }));
  }

  readRow(name: string, row: number, unsaved: UnsavedResults): SourceRow {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return readRow(sheet, row, unsaved);
  }
}

/** A workbook read whole by exceljs (any workbook; the plain reader's fallback). */
export async function readWithExcelJs(bytes: Uint8Array): Promise<WorkbookRows> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return new ExcelJsWorkbook(workbook);
}

/**
 * An xlsx workbook, read by the plain reader when its parts (inflated once by zip-limits.ts) are
 * ordinary data sheets, by exceljs's whole in-memory model otherwise.
 */
export class XlsxSource implements TableSource {
  readonly format = 'xlsx';
  readonly sheets: readonly SheetInfo[];
  private workbook: WorkbookRows | null;
  private readonly unsaved = new Map<string, UnsavedResults>();

  constructor(
    readonly fileName: string,
    workbook: WorkbookRows,
  ) {
    this.workbook = workbook;
    this.sheets = workbook.sheets;
  }

  /** Which reader read it ('plain' or 'exceljs'), for tests and the bench. */
  get reader(): WorkbookRows['reader'] | null {
    return this.workbook?.reader ?? null;
  }

  /**
   * Throws what exceljs throws; `openTableSource` turns that into a message for the user.
   * `plain`: the plain reader, fed by the zip check (which passed); exceljs reads the file when
   * it could not.
   */
  static async load(bytes: Uint8Array, fileName: string, plain?: PlainWorkbookReader): Promise<XlsxSource> {
    if (plain) {
      try {
        return new XlsxSource(fileName, plain.workbook());
      } catch {
        // NotPlainWorkbook (or anything unforeseen in the plain reader): exceljs reads it, and
        // says what is wrong with it if anything is.
      }
    }
    return new XlsxSource(fileName, await readWithExcelJs(bytes));
  }

  release(): void {
    this.workbook = null;
  }

  /** The formulas without a saved result met so far in a sheet's rows read (see TableSource). */
  formulasWithoutResults(sheet: string): { column: number; row: number }[] {
    return [...(this.unsaved.get(sheet) ?? [])].map(([column, row]) => ({ column, row })).sort((a, b) => a.column - b.column);
  }

  private unsavedOf(name: string): UnsavedResults {
    let found = this.unsaved.get(name);
    if (!found) this.unsaved.set(name, (found = new Map<number, number>()));
    return found;
  }

  private sheet(name: string): { workbook: WorkbookRows; rowCount: number; unsaved: UnsavedResults } {
    const workbook = this.workbook;
    if (!workbook) throw releasedError(this.fileName);
    const info = this.sheets.find((s) => s.name === name);
    if (!info) throw new Error(`no sheet named ${name}`);
    return { workbook, rowCount: info.rowCount, unsaved: this.unsavedOf(name) };
  }

  head(name: string, count: number): SourceRow[] {
    const { workbook, rowCount, unsaved } = this.sheet(name);
    const last = Math.min(rowCount, count);
    const rows: SourceRow[] = [];
    for (let r = 1; r <= last; r++) rows.push(workbook.readRow(name, r, unsaved));
    return rows;
  }

  tail(name: string, count: number): SourceRow[] {
    const { workbook, rowCount, unsaved } = this.sheet(name);
    const rows: SourceRow[] = [];
    for (let r = Math.max(1, rowCount - count + 1); r <= rowCount; r++) rows.push(workbook.readRow(name, r, unsaved));
    return rows;
  }

  async *rows(name: string, fromRow: number, control: PassControl): AsyncIterable<SourceRow[]> {
    const { workbook, rowCount: total, unsaved } = this.sheet(name);
    for (let start = Math.max(1, fromRow); start <= total; start += CHUNK_ROWS) {
      const chunk: SourceRow[] = [];
      const end = Math.min(total, start + CHUNK_ROWS - 1);
      for (let r = start; r <= end; r++) chunk.push(workbook.readRow(name, r, unsaved));
      yield chunk;
      await control.checkpoint(end, total);
    }
  }
}
