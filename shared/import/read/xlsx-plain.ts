import { ReadRow, type SheetInfo, type SourceRow } from './table-source';
import type { SheetRows } from './xlsx-merges';
import { readSharedStrings, readStyles, readWorkbook, type SheetEntry } from './xlsx-parts';
import { NumberKind, SheetScanner, type SheetContext } from './xlsx-sheet-scan';
import { isDateFormat, isPercentFormat, NotPlainWorkbook } from './xlsx-xml';
import type { PartReader } from './zip-limits';

/**
 * A workbook's sheets as rows of cells, whatever reads them: exceljs's model (any workbook) or
 * the plain reader below (ordinary data sheets, several times faster and lighter).
 */
export interface WorkbookRows {
  readonly reader: 'plain' | 'exceljs';
  readonly sheets: readonly SheetInfo[];
  /**
   * A row as `SourceRow` (no cells when the sheet has no such row); the columns of formulas
   * without a saved result go to `unsaved` (column → the first row seen with one).
   */
  readRow(sheet: string, row: number, unsaved: Map<number, number>): SourceRow;
}

const SMALL_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];

class PlainWorkbook implements WorkbookRows {
  readonly reader = 'plain';
  readonly sheets: SheetInfo[];

  constructor(
    private readonly byName: ReadonlyMap<string, SheetRows>,
    hidden: ReadonlySet<string>,
  ) {
    this.sheets = [...byName].map(([name, rows]) => ({
      name,
      rowCount: rows.rowCount,
      columnCount: rows.cellCount.reduce((most, count, i) => (rows.valued[i] && count > most ? count : most), 0),
      hidden: hidden.has(name),
    }));
  }

  readRow(sheet: string, row: number, unsaved: Map<number, number>): SourceRow {
    const rows = this.byName.get(sheet);
    if (!rows) throw new Error(`no sheet named ${sheet}`);
    const missing = rows.noResult.get(row);
    if (missing) for (const column of missing) if (!unsaved.has(column)) unsaved.set(column, row);
    return new ReadRow(row, rows.cells[row - 1] ?? []);
  }
}

const utf8 = new TextDecoder('utf-8');

function textOf(chunks: readonly Uint8Array[] | undefined, name: string): string | undefined {
  if (!chunks) return undefined;
  const first = chunks[0];
  if (first && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)))
    throw new NotPlainWorkbook(`${name} is UTF-16`);
  let text = '';
  for (const chunk of chunks) text += utf8.decode(chunk, { stream: true });
  text += utf8.decode();
  const declaration = /^<\?xml[^>]*encoding=["']([^"']*)["']/.exec(text);
  if (declaration && !/^utf-?8$/i.test(declaration[1] ?? '')) throw new NotPlainWorkbook(`${name} is in ${declaration[1]}`);
  return text;
}

/**
 * The plain reader, fed by the zip check (checkWorkbookZip) as it inflates each part: the small
 * parts first (sheet list, styles, shared strings), then each sheet scanned as it streams in.
 * `workbook()` gives the result once the check passed; it throws NotPlainWorkbook when a part
 * needs exceljs (see xlsx-sheet-scan.ts), and the caller reads the file with exceljs.
 */
export class PlainWorkbookReader implements PartReader {
  private readonly small = new Map<string, Uint8Array[]>();
  private context: { ctx: SheetContext; sheets: SheetEntry[] } | null = null;
  private readonly scanners = new Map<string, SheetScanner>();
  private readonly done = new Map<string, SheetRows>();
  private failure: Error | null = null;

  constructor(private readonly names: readonly string[]) {}

  first(name: string): boolean {
    return SMALL_PARTS.includes(name);
  }

  open(name: string): ((chunk: Uint8Array) => void) | null {
    if (this.failure) return null;
    if (SMALL_PARTS.includes(name)) {
      const chunks: Uint8Array[] = [];
      this.small.set(name, chunks);
      return (chunk) => void chunks.push(chunk);
    }
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return null;
    try {
      const { ctx, sheets } = this.contextOf();
      if (!sheets.some((s) => s.part === name)) return null;
      const scanner = new SheetScanner(ctx);
      this.scanners.set(name, scanner);
      return (chunk) => {
        if (this.failure) return;
        try {
          scanner.feed(chunk);
        } catch (error) {
          this.fail(error);
        }
      };
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  close(name: string): void {
    const scanner = this.scanners.get(name);
    if (!scanner || this.failure) return;
    this.scanners.delete(name);
    try {
      this.done.set(name, scanner.finish());
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failure = error instanceof Error ? error : new NotPlainWorkbook(String(error));
  }

  private contextOf(): { ctx: SheetContext; sheets: SheetEntry[] } {
    if (this.context) return this.context;
    const workbookXml = textOf(this.small.get('xl/workbook.xml'), 'workbook.xml');
    const relsXml = textOf(this.small.get('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels');
    const stylesXml = textOf(this.small.get('xl/styles.xml'), 'styles.xml');
    if (workbookXml === undefined || relsXml === undefined || stylesXml === undefined) throw new NotPlainWorkbook('a part is missing');
    const { sheets, date1904 } = readWorkbook(workbookXml, relsXml, (name) => this.names.includes(name));
    if (new Set(sheets.map((s) => s.name)).size !== sheets.length) throw new NotPlainWorkbook('two sheets with one name');
    const stringsXml = textOf(this.small.get('xl/sharedStrings.xml'), 'sharedStrings.xml');
    const strings = stringsXml === undefined ? [] : readSharedStrings(stringsXml);
    const kinds = Uint8Array.from(readStyles(stylesXml), (format) =>
      isDateFormat(format) ? NumberKind.Date : isPercentFormat(format) ? NumberKind.Percent : NumberKind.Plain,
    );
    this.small.clear();
    return (this.context = { ctx: { strings, kinds, date1904 }, sheets });
  }

  /** The workbook read, once every part went through; throws NotPlainWorkbook if it cannot be. */
  workbook(): WorkbookRows {
    if (this.failure) throw this.failure;
    const { sheets } = this.contextOf();
    const byName = new Map<string, SheetRows>();
    for (const sheet of sheets) {
      const rows = this.done.get(sheet.part);
      if (!rows) throw new NotPlainWorkbook(`the sheet part ${sheet.part} was not read`);
      byName.set(sheet.name, rows);
    }
    return new PlainWorkbook(byName, new Set(sheets.filter((s) => s.hidden).map((s) => s.name)));
  }
}
