import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/load-exceljs';
import { releasedError, type Cell, type PassControl, type SheetInfo, type SourceRow, type TableSource } from './table-source';

const CHUNK_ROWS = 2_000;

/** A formula the file keeps without its result (saved by a program that does not calculate). */
const NO_RESULT = Symbol('formula without a saved result');

/** An exceljs cell value as a plain cell: formulas by their cached result, rich text joined. */
function toCell(cell: ExcelJS.Cell): Cell | typeof NO_RESULT {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const format = cell.numFmt;
    return typeof format === 'string' && format.includes('%') ? { percent: value } : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return NO_RESULT;
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    if (typeof result === 'number') {
      const format = cell.numFmt;
      return typeof format === 'string' && format.includes('%') ? { percent: result } : result;
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
  return { row: rowNumber, cells };
}

/** An xlsx workbook read whole by exceljs (the browser has no streaming reader). */
export class XlsxSource implements TableSource {
  readonly format = 'xlsx';
  readonly sheets: SheetInfo[];
  private workbook: ExcelJS.Workbook | null;
  private readonly unsaved = new Map<string, UnsavedResults>();

  private constructor(
    readonly fileName: string,
    workbook: ExcelJS.Workbook,
  ) {
    this.workbook = workbook;
    this.sheets = workbook.worksheets.map((ws) => ({
      name: ws.name,
      rowCount: ws.rowCount,
      columnCount: ws.columnCount,
      hidden: ws.state !== 'visible',
    }));
  }

  /** Throws what exceljs throws; `openTableSource` turns that into a message for the user. */
  static async load(bytes: Uint8Array, fileName: string): Promise<XlsxSource> {
    const workbook = new (await loadExcelJs()).Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return new XlsxSource(fileName, workbook);
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

  private sheet(name: string): ExcelJS.Worksheet {
    if (!this.workbook) throw releasedError(this.fileName);
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  head(name: string, count: number): SourceRow[] {
    const sheet = this.sheet(name);
    const last = Math.min(sheet.rowCount, count);
    const rows: SourceRow[] = [];
    for (let r = 1; r <= last; r++) rows.push(readRow(sheet, r, this.unsavedOf(name)));
    return rows;
  }

  tail(name: string, count: number): SourceRow[] {
    const sheet = this.sheet(name);
    const rows: SourceRow[] = [];
    for (let r = Math.max(1, sheet.rowCount - count + 1); r <= sheet.rowCount; r++) rows.push(readRow(sheet, r, this.unsavedOf(name)));
    return rows;
  }

  async *rows(name: string, fromRow: number, control: PassControl): AsyncIterable<SourceRow[]> {
    const sheet = this.sheet(name);
    const total = sheet.rowCount;
    const unsaved = this.unsavedOf(name);
    for (let start = Math.max(1, fromRow); start <= total; start += CHUNK_ROWS) {
      const chunk: SourceRow[] = [];
      const end = Math.min(total, start + CHUNK_ROWS - 1);
      for (let r = start; r <= end; r++) chunk.push(readRow(sheet, r, unsaved));
      yield chunk;
      await control.checkpoint(end, total);
    }
  }
}
