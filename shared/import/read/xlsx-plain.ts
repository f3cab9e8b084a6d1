import type { SheetInfo, SourceRow } from './table-source';
import type { SheetRows } from './xlsx-merges';
import { readSharedStrings, readStyles, readWorkbook } from './xlsx-parts';
import { NumberKind, scanSheet } from './xlsx-sheet-scan';
import { isDateFormat, NotPlainWorkbook } from './xlsx-xml';

/**
 * A workbook's sheets as rows of cells, whatever reads them: exceljs's model (any workbook) or
 * the plain reader below (ordinary data sheets, several times faster and lighter).
 */
export interface WorkbookRows {
  readonly reader: 'plain' | 'exceljs';
  readonly sheets: readonly SheetInfo[];
  hasSheet(name: string): boolean;
  /**
   * A row as `SourceRow` (no cells when the sheet has no such row); the columns of formulas
   * without a saved result go to `unsaved` (column → the first row seen with one).
   */
  readRow(sheet: string, row: number, unsaved: Map<number, number>): SourceRow;
}

/** The zip entries the plain reader needs, as zip-limits.ts inflates them. */
export function isPlainReaderPart(name: string): boolean {
  return (
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/styles.xml' ||
    name === 'xl/sharedStrings.xml' ||
    /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
  );
}

const utf8 = new TextDecoder('utf-8');

function xmlOf(parts: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new NotPlainWorkbook(`${name} is UTF-16`);
  const text = utf8.decode(bytes);
  const declaration = /^<\?xml[^>]*encoding=["']([^"']*)["']/.exec(text);
  if (declaration && !/^utf-?8$/i.test(declaration[1] ?? '')) throw new NotPlainWorkbook(`${name} is in ${declaration[1]}`);
  return text;
}

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

  hasSheet(name: string): boolean {
    return this.byName.has(name);
  }

  readRow(sheet: string, row: number, unsaved: Map<number, number>): SourceRow {
    const rows = this.byName.get(sheet);
    if (!rows) throw new Error(`no sheet named ${sheet}`);
    const missing = rows.noResult.get(row);
    if (missing) for (const column of missing) if (!unsaved.has(column)) unsaved.set(column, row);
    return { row, cells: rows.cells[row - 1] ?? [] };
  }
}

/**
 * Reads the workbook from its inflated parts when every part is plain (see xlsx-sheet-scan.ts);
 * throws NotPlainWorkbook otherwise, and exceljs reads it.
 */
export function readPlainWorkbook(parts: ReadonlyMap<string, Uint8Array>): WorkbookRows {
  const workbookXml = xmlOf(parts, 'xl/workbook.xml');
  const relsXml = xmlOf(parts, 'xl/_rels/workbook.xml.rels');
  const stylesXml = xmlOf(parts, 'xl/styles.xml');
  if (workbookXml === undefined || relsXml === undefined || stylesXml === undefined) throw new NotPlainWorkbook('a part is missing');
  const { sheets, date1904 } = readWorkbook(workbookXml, relsXml, (name) => parts.has(name));
  if (new Set(sheets.map((s) => s.name)).size !== sheets.length) throw new NotPlainWorkbook('two sheets with one name');
  const stringsXml = xmlOf(parts, 'xl/sharedStrings.xml');
  const strings = stringsXml === undefined ? [] : readSharedStrings(stringsXml);
  const kinds = Uint8Array.from(readStyles(stylesXml), (format) =>
    isDateFormat(format) ? NumberKind.Date : format?.includes('%') ? NumberKind.Percent : NumberKind.Plain,
  );
  const byName = new Map<string, SheetRows>();
  for (const sheet of sheets) byName.set(sheet.name, scanSheet(xmlOf(parts, sheet.part) ?? '', { strings, kinds, date1904 }));
  return new PlainWorkbook(byName, new Set(sheets.filter((s) => s.hidden).map((s) => s.name)));
}
