import type ExcelJS from 'exceljs';

/** `year`: a whole number written without grouping (2020, not 2.020), a number still for sorting and filters. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'ratio' | 'percent' | 'year';

export interface SheetColumn<T> {
  header: string;
  kind: ColumnKind;
  /** An Excel number format of the column's own instead of its kind's (a plan's money: "R$" #,##0.00). */
  numFmt?: string;
  width?: number;
  value: (row: T) => string | number | null;
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.00',
  ratio: '0.0000',
  percent: '0.00%',
  year: '0',
};

/** Excel's longest sheet name. */
const SHEET_NAME_LENGTH = 31;

/**
 * A name Excel takes for a new sheet of `workbook`, from any text: the characters a sheet name cannot
 * hold (* ? : \ / [ ]) read as "-", no quote at either end, at most 31 characters cut at a word with
 * a closing "(…)" kept whole ("Estabilidad de los pesos (N = 3" lost its parenthesis), "History"
 * (reserved) and a name the workbook has (any case) numbered. exceljs throws on any other name; the
 * grid export, whose names come from a view or a file, cleaned its own, the other builders none.
 */
export function sheetName(workbook: ExcelJS.Workbook, text: string): string {
  const clean =
    text
      .replace(/[*?:\\/[\]]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const fit = (name: string, room: number): string => {
    if (name.length <= room) return name;
    const suffix = /\s(\([^()]*\))$/.exec(name)?.[1] ?? '';
    const base = suffix ? name.slice(0, name.length - suffix.length).trimEnd() : name;
    const baseRoom = room - (suffix ? suffix.length + 1 : 0);
    if (baseRoom < 8) return name.slice(0, room).trimEnd();
    const cut = base.slice(0, baseRoom);
    const atWord = cut.lastIndexOf(' ') >= baseRoom / 2 && base[baseRoom] !== ' ' ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
    const whole = atWord.replace(/[\s—–,;-]+$/, '');
    return suffix ? `${whole} ${suffix}` : whole;
  };
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  taken.add('history');
  let name = fit(clean, SHEET_NAME_LENGTH);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${fit(clean, SHEET_NAME_LENGTH - String(n).length - 3)} (${n})`;
  return name;
}

/** The widest a column grows to fit its values (a longer text keeps its whole value in the cell). */
const MAX_FITTED_WIDTH = 60;
/** Rows read to fit the widths: a national table's first thousand rows say its widths. */
const FIT_ROWS = 1000;

/** Characters a cell takes as its number format writes it ("R$ 1.234.567,89", "12,5%", a date). */
function shownLength(value: ExcelJS.CellValue, numFmt: string | undefined): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') {
    const format = numFmt ?? '';
    const percent = format.includes('%');
    const digits = String(Math.trunc(Math.abs(percent ? value * 100 : value))).length;
    const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? (Number.isInteger(value) ? 0 : 4);
    const grouped = format.includes('#,##0') ? Math.floor((digits - 1) / 3) : 0;
    const currency = format.includes('R$') ? 3 : 0;
    return digits + grouped + (decimals > 0 ? decimals + 1 : 0) + currency + (percent ? 1 : 0) + (value < 0 ? 1 : 0);
  }
  // A boolean as Excel writes it; a hyperlink cell by its text; a formula or rich text is never written here.
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'boolean'
        ? 'FALSE'
        : typeof value === 'object' && 'text' in value && typeof value.text === 'string'
          ? value.text
          : '';
  return Math.max(0, ...text.split('\n').map((line) => line.length));
}

/**
 * Widens each column of a table sheet to its header (bold: a tenth wider) and its values, up to
 * 60 characters: a width chosen by hand is a minimum, never a cut ("Orçamento previsto (R" read
 * at 20, a district's code at 20). Reads the header row and the first thousand rows.
 */
export function fitColumnWidths(sheet: ExcelJS.Worksheet): void {
  const last = Math.min(sheet.rowCount, FIT_ROWS + 1);
  sheet.columns.forEach((column, j) => {
    const header = sheet.getRow(1).getCell(j + 1).value;
    let widest = Math.ceil(shownLength(header, undefined) * 1.1);
    const longTexts: ExcelJS.Cell[] = [];
    for (let r = 2; r <= last; r++) {
      const cell = sheet.getRow(r).getCell(j + 1);
      const length = shownLength(cell.value, cell.numFmt || column.numFmt);
      widest = Math.max(widest, length);
      if (typeof cell.value === 'string' && length > MAX_FITTED_WIDTH) longTexts.push(cell);
    }
    column.width = Math.max(column.width ?? 10, Math.min(MAX_FITTED_WIDTH, widest + 2));
    // A text longer than its column is wrapped in its cell, so a printed page (or a PDF) shows it
    // whole instead of cutting it at the column's edge ("arranjos produti…"). Its row is made tall
    // enough for its lines: LibreOffice keeps a row without a height at one line and overprints.
    const width = column.width;
    for (const cell of longTexts) {
      const length = shownLength(cell.value, undefined);
      if (length <= width) continue;
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      const row = sheet.getRow(Number(cell.row));
      const lines = Math.ceil((length * WRAP_SLACK) / width);
      row.height = Math.min(MAX_ROW_HEIGHT, Math.max(row.height ?? LINE_HEIGHT, lines * LINE_HEIGHT));
      // The row's other cells read from its top too, beside the wrapped text's first line.
      row.eachCell((other) => {
        if (other.alignment?.vertical !== 'top') other.alignment = { ...other.alignment, vertical: 'top' };
      });
    }
  });
}

/** Points per line of 11-point text (Excel's default row), the most a row may be, and the room a wrap loses at word ends. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const WRAP_SLACK = 1.15;

/**
 * Characters of column width one A4 landscape page holds when printing shrinks to no less than
 * ~70% (~145 at 100%): a wider table prints over more pages across rather than in unreadable type.
 */
const PAGE_WIDTH = 200;

/**
 * Print setup for a sheet taken to a meeting: A4 landscape, as few pages across as keep the type
 * readable (one for most tables; the works portfolio's 24 columns take three, its first column
 * repeated on each), however many long, the title rows (a table's header) on every page. Without it
 * a table printed portrait at 100%, its columns spread over pages (17 pages for the economy
 * workbook's five small sheets).
 */
export function printSetup(sheet: ExcelJS.Worksheet, titleRows: '1:1' | '' = '1:1'): void {
  const width = sheet.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
  const across = Math.max(1, Math.ceil(width / PAGE_WIDTH));
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: across,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    ...(across > 1 ? { printTitlesColumn: 'A:A' } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * In a decimal column, a whole number is a count and gets `#,##0`, not `#,##0.00` ("621.865", not
 * "621.865,00": a scenario's population beside its LQs, a programme's targets, a comparison's rows).
 */
function markWholeNumbers<T>(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn<T>[]): void {
  columns.forEach((c, j) => {
    if (c.kind !== 'decimal' || c.numFmt) return;
    sheet.getColumn(j + 1).eachCell((cell, r) => {
      if (r > 1 && typeof cell.value === 'number' && Number.isInteger(cell.value)) cell.numFmt = '#,##0';
    });
  });
}

/**
 * Adds a typed table sheet: numbers stay numbers with a number format (Excel shows them in the
 * reader's locale), empty values stay empty cells, the header row is frozen and filterable, the
 * columns as wide as their contents, printed one page wide.
 */
export function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn<T>[],
  rows: readonly T[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)),
    style: (c.numFmt ?? FORMATS[c.kind]) ? { numFmt: c.numFmt ?? FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  markWholeNumbers(sheet, columns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  fitColumnWidths(sheet);
  printSetup(sheet);
  return sheet;
}

const NOTE_KEY_WIDTH = 34;
const NOTE_TEXT_WIDTH = 110;

/** The lines a text takes wrapped in a column of `width` characters (its own line breaks kept). */
function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * WRAP_SLACK) / width)), 0);
}

/** A two-column "what / value" sheet for methods, sources and notes, its texts wrapped, printed one page wide. */
export function addNotesSheet(workbook: ExcelJS.Workbook, name: string, lines: readonly [string, string][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name));
  sheet.columns = [
    { key: 'k', width: NOTE_KEY_WIDTH },
    { key: 'v', width: NOTE_TEXT_WIDTH, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const [k, v] of lines) {
    const row = sheet.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    // As tall as its wrapped lines: LibreOffice keeps a row without a height at one line, and a
    // plan's notes (three to five paragraphs) were printed over one another.
    const tallest = Math.max(wrappedLines(k, NOTE_KEY_WIDTH), wrappedLines(v, NOTE_TEXT_WIDTH));
    if (tallest > 1) row.height = Math.min(MAX_ROW_HEIGHT, tallest * LINE_HEIGHT);
  }
  printSetup(sheet, '');
  return sheet;
}

/** Excel's limit on the characters of a cell; a longer text makes Excel repair the file and LibreOffice cut it. */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * Texts longer than a cell holds, cut with a closing "…" (a 100,000-character title imported from a
 * workbook's shared strings came out as a cell Excel refuses). Sheets' rows as written, each cell once.
 */
export function fitCellTexts(workbook: ExcelJS.Workbook): number {
  let cut = 0;
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.length > EXCEL_CELL_CHARS) {
          cell.value = `${cell.value.slice(0, EXCEL_CELL_CHARS - 1)}…`;
          cut++;
        }
      }),
    );
  return cut;
}

/** The style properties exceljs writes; a style with any other key is left as it is. */
const STYLE_PARTS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/**
 * Gives the cells (and rows) of one look one style object, returning how many distinct ones there are.
 * exceljs copies its column's style into a new object for every cell, and on writing turns each
 * style object it has not seen into XML to find its id: the works workbook at agency scale (400 works,
 * ~10,000 measurements, ~250,000 cells) spent a third of its writing there. It remembers a style by its
 * object, so cells sharing one are looked up once. Two styles are one when their number format is the
 * same text and their font, alignment, border, fill and protection the same objects (the column's or
 * row's, as exceljs copied them), and the cells are of one value type (a date without a number format
 * is given one by its type). Only for the workbook's last step: a style changed afterwards through one
 * cell would change every cell sharing it.
 */
export function shareCellStyles(workbook: ExcelJS.Workbook): number {
  // A tree of maps, one level per part (the value type, then STYLE_PARTS); its leaves the shared styles.
  const root = new Map<unknown, unknown>();
  let count = 0;
  const share = (style: Partial<ExcelJS.Style>, type: unknown): Partial<ExcelJS.Style> => {
    for (const key in style) if (!(STYLE_PARTS as readonly string[]).includes(key)) return style;
    const parts = [type, ...STYLE_PARTS.map((p) => style[p])];
    const leaf = parts.pop();
    let level = root;
    for (const part of parts) {
      let next = level.get(part) as Map<unknown, unknown> | undefined;
      if (!next) level.set(part, (next = new Map()));
      level = next;
    }
    const found = level.get(leaf) as Partial<ExcelJS.Style> | undefined;
    if (found) return found;
    level.set(leaf, style);
    count++;
    return style;
  };
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) => {
      // A row's own style (exceljs writes it for the row; its typings leave it out).
      const styled = row as unknown as { style: Partial<ExcelJS.Style> };
      styled.style = share(styled.style, 'row');
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.style = share(cell.style, cell.effectiveType);
      });
    });
  return count;
}

/** The workbook's file, every cell within Excel's limits. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  fitCellTexts(workbook);
  shareCellStyles(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
