import { importRefusal, type ImportIssueCode } from '../../domain/import-codes';
import Papa from 'papaparse';
import { ArranjoError } from '../../errors';
import {
  countRecords,
  decodeTextFile,
  detectDelimiter,
  encodingWarning,
  type Delimiter,
  type EncodingChoice,
  type TextEncoding,
} from './decode-text';
import { unneutraliseFormula } from '../../text/csv-cell';
import { scanQuotes } from './quote-scan';
import { ReadRow, releasedError, type PassControl, type SheetInfo, type SourceRow, type TableSource } from './table-source';

const SLICE = 1 << 20; // characters per parse slice: ~20,000 rows of a typical export
const TAIL_CHARS = 65_536;
/**
 * Characters of an unquoted file's head read at open: ~1,300 rows of the all-Brazil CSV, more than
 * layout detection's 250; a caller asking for more rows than it holds gets the whole first slice.
 */
const HEAD_CHARS = 65_536;

/**
 * The end of the slice that starts at `from`: without quotes, the first line break at or after
 * `from + SLICE`; with quotes, the next record end the quote scan marked, so every slice holds
 * whole records.
 */
function sliceEnd(text: string, from: number, quotedEnds: readonly number[] | null): number {
  if (quotedEnds) {
    for (const end of quotedEnds) if (end >= from) return end;
    return text.length;
  }
  const end = text.indexOf('\n', Math.min(text.length, from + SLICE));
  return end < 0 ? text.length : end;
}

const PIECE = 1 << 15; // characters per piece of a slice handed on at once (see CsvSource.rows)

/** The line break ending the piece that starts at `from` (a slice without quotes), or `end`. */
function pieceEnd(text: string, from: number, end: number): number {
  if (end - from <= PIECE) return end;
  const at = text.indexOf('\n', from + PIECE);
  return at < 0 || at > end ? end : at;
}

/**
 * A slice's text with every CRLF made LF: a record ends at each line break outside quotes, LF or
 * CRLF alike, as spreadsheets read a file whose line ends are mixed (a footer or rows appended by
 * another tool) and as the record count and the quote scan count them. A lone CR stays a character.
 */
function lfOnly(text: string): string {
  return text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
}

/**
 * Records of a slice of text, as cells. Without a double quote, a record is a line and a cell what
 * lies between delimiters — exactly what papaparse does then too (its "fast mode"), here without
 * its bookkeeping, under which the garbage collector copies and promotes most rows of the slice:
 * three times faster over a million rows. With quotes, papaparse reads them (a CRLF inside a
 * quoted cell is read as LF).
 */
export function parseSlice(text: string, delimiter: Delimiter): string[][] {
  return sliceRows(text, delimiter, 1).map((r) => r.cells as string[]);
}

/** The records of a slice of text (see `parseSlice`) as rows numbered from `firstRow`. */
function sliceRows(text: string, delimiter: Delimiter, firstRow: number): ReadRow[] {
  if (text === '' || text === '\r') return [new ReadRow(firstRow, [''])];
  const lines = lfOnly(text);
  const rows = lines.includes('"')
    ? Papa.parse<string[]>(lines, { delimiter, newline: '\n', skipEmptyLines: false }).data.map(
        (cells, i) => new ReadRow(firstRow + i, cells),
      )
    : splitLines(lines, delimiter, firstRow);
  if (lines.includes("'")) rows.forEach(takeOffNeutralisingQuotes);
  return rows;
}

/**
 * Takes off, in place, the `'` every CSV Arranjo writes puts before a formula-like text
 * ("'=HYPERLINK(…)", OWASP's guard), so an export imports back to the same values.
 */
function takeOffNeutralisingQuotes(row: ReadRow): void {
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i];
    if (typeof cell === 'string' && cell.startsWith("'")) row.cells[i] = unneutraliseFormula(cell);
  }
}

/**
 * Text without double quotes cut at LF into records and at `delimiter` into cells, as
 * `text.split('\n')` and then `line.split(delimiter)` would, by index: no string per line, and
 * each row's cells made as many as the row before had (issue 16: the all-Brazil CSV's split
 * 0.12-0.25 s -> 0.05-0.1 s in isolation).
 */
function splitLines(text: string, delimiter: Delimiter, firstRow: number): ReadRow[] {
  const rows: ReadRow[] = [];
  const end = text.length;
  let width = 1;
  let at = 0;
  // The next delimiter at or after `at` (-1: none left), kept across lines: each search starts
  // where the last one stopped, so a slice is scanned once even where lines have no delimiter.
  let cut = text.indexOf(delimiter);
  for (;;) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = end;
    const cells = new Array<string>(width);
    let n = 0;
    while (cut >= 0 && cut < lineEnd) {
      if (n < width) cells[n] = text.slice(at, cut);
      else cells.push(text.slice(at, cut));
      n++;
      at = cut + 1;
      cut = text.indexOf(delimiter, at);
    }
    if (n < width) cells[n] = text.slice(at, lineEnd);
    else cells.push(text.slice(at, lineEnd));
    n++;
    if (n < width) cells.length = n;
    width = n;
    rows.push(new ReadRow(firstRow + rows.length, cells));
    if (lineEnd >= end) return rows;
    at = lineEnd + 1;
  }
}

/**
 * The most cells a line of `text` before `end` splits into at `delimiter` (a text without double
 * quotes): what `parseSlice` would make its widest row, without making the rows.
 */
function widestLine(text: string, end: number, delimiter: Delimiter): number {
  const mark = delimiter.charCodeAt(0);
  let widest = 1;
  let cells = 1;
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === mark) cells++;
    else if (ch === 10) {
      if (cells > widest) widest = cells;
      cells = 1;
    }
  }
  return Math.max(widest, cells);
}

function unclosedQuote(fileName: string, row: number): ArranjoError {
  return new ArranjoError(
    'BAD_SOURCE_FILE',
    `${fileName}, row ${row}: a double quote (") opens a cell that never closes, so every row after it would be read as one cell. ` +
      'Remove that quote or double it ("") in a text editor, or export the file again; nothing was imported.',
    { file: fileName, row },
    importRefusal('unclosed-quote', { row }),
  );
}

/** A NUL character (byte 0) in a text file, at the row (record) that holds it. */
function nulCharacter(fileName: string, text: string, at: number): ArranjoError {
  const row = countRecords(text.slice(0, at + 1));
  return new ArranjoError(
    'BAD_SOURCE_FILE',
    `${fileName}, row ${row}: the file holds a NUL character (byte 0), which text files do not have: it is damaged, or was saved in another encoding. ` +
      'Remove that character in a text editor, or export the file again; nothing was imported.',
    { file: fileName, row },
    importRefusal('nul-character', { row }),
  );
}

/** A delimited text file as a one-sheet table. The sheet is named after the file. */
export class CsvSource implements TableSource {
  readonly format = 'csv';
  readonly sheets: SheetInfo[];
  notes: { code: ImportIssueCode; row: number | null; message: string }[] = [];
  private text: string;
  /** With quotes: the record ends where parse slices may stop (from the quote scan). */
  private readonly quotedEnds: number[] | null;
  /** Where the first parse slice ends: `head` reads no further. */
  private readonly headEnd: number;
  /** The head's rows read so far: up to `headEnd` (whole), or fewer until a caller asks for more. */
  private headRows: SourceRow[];
  private headWhole: boolean;
  private released = false;

  private constructor(
    readonly fileName: string,
    text: string,
    readonly encoding: TextEncoding,
    readonly delimiter: Delimiter,
  ) {
    // Trailing line breaks are not records; without them the record count and the parse agree.
    let end = text.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    this.text = end === text.length ? text : text.slice(0, end);
    const nul = this.text.indexOf('\0');
    if (nul >= 0) throw nulCharacter(fileName, this.text, nul);
    let rowCount: number;
    if (this.text.includes('"')) {
      const scan = scanQuotes(this.text, delimiter, SLICE);
      if (scan.unclosedRow !== null) throw unclosedQuote(fileName, scan.unclosedRow);
      rowCount = scan.records;
      this.quotedEnds = scan.sliceEnds;
    } else {
      rowCount = this.text === '' ? 0 : countRecords(this.text);
      this.quotedEnds = null;
    }
    this.headEnd = Math.min(this.text.length, sliceEnd(this.text, 0, this.quotedEnds));
    let width: number;
    if (this.quotedEnds) {
      this.headRows = this.parseRange(0, this.headEnd, 1);
      this.headWhole = true;
      width = this.headRows.reduce((w, r) => Math.max(w, r.cells.length), 0);
    } else {
      // Without quotes a row's width is its delimiters plus one: the first slice's widest row is
      // counted without making its ~20,000 rows, which the pass reads again anyway (issue 16).
      width = widestLine(this.text, this.headEnd, this.delimiter);
      const end = this.headEnd > HEAD_CHARS ? this.text.indexOf('\n', HEAD_CHARS) : -1;
      this.headWhole = end < 0 || end >= this.headEnd;
      this.headRows = this.parseRange(0, this.headWhole ? this.headEnd : end, 1);
    }
    this.sheets = [{ name: CsvSource.sheetName(fileName), rowCount, columnCount: width, hidden: false }];
  }

  /** The head's rows, at least `count` of them when the first slice has them. */
  private headOf(count: number): SourceRow[] {
    if (!this.headWhole && this.headRows.length < count) {
      this.headRows = this.parseRange(0, this.headEnd, 1);
      this.headWhole = true;
    }
    return this.headRows;
  }

  static open(bytes: Uint8Array, fileName: string, encoding: EncodingChoice = 'auto'): CsvSource {
    const decoded = decodeTextFile(bytes, encoding);
    // Classic Mac line endings (CR only): one record per CR, as spreadsheets read them.
    if (decoded.text.includes('\r') && !decoded.text.includes('\n')) decoded.text = decoded.text.replace(/\r/g, '\n');
    const source = new CsvSource(fileName, decoded.text, decoded.encoding, detectDelimiter(decoded.text));
    const warning = encodingWarning(decoded);
    if (warning) source.notes = [{ code: 'encoding', row: decoded.suspectLines[0] ?? null, message: warning }];
    return source;
  }

  /** A CSV has one table; it is called by the file name without extension. */
  static sheetName(fileName: string): string {
    return fileName.replace(/\.[^.]*$/, '') || fileName;
  }

  private parseRange(from: number, to: number, firstRow: number): SourceRow[] {
    if (to > from && this.text.charCodeAt(to - 1) === 13) to -= 1; // the CR of a CRLF slice end
    return sliceRows(this.text.slice(from, to), this.delimiter, firstRow);
  }

  release(): void {
    this.released = true;
    this.text = '';
    this.headRows = [];
  }

  private checkNotReleased(): void {
    if (this.released) throw releasedError(this.fileName);
  }

  head(_sheet: string, count: number): SourceRow[] {
    this.checkNotReleased();
    return this.headOf(count).slice(0, count);
  }

  tail(_sheet: string, count: number): SourceRow[] {
    this.checkNotReleased();
    const total = this.sheets[0]?.rowCount ?? 0;
    // The whole file in the first slice: its rows as the head parses them.
    if (this.headEnd >= this.text.length) return this.headOf(Infinity).slice(-count);
    // From a line start about 64 KB before the end; quoted line breaks there are rare enough in
    // footers that the tail is only used to show and detect the end of the data.
    const start = this.text.lastIndexOf('\n', Math.max(0, this.text.length - TAIL_CHARS)) + 1;
    const rows = parseSlice(this.text.slice(start), this.delimiter);
    const first = total - rows.length + 1;
    return rows.slice(-count).map((cells, i) => new ReadRow(first + Math.max(0, rows.length - count) + i, cells));
  }

  async *rows(_sheet: string, fromRow: number, control: PassControl): AsyncIterable<SourceRow[]> {
    this.checkNotReleased();
    const total = this.sheets[0]?.rowCount ?? 0;
    let from = 0;
    let row = 1;
    while (from < this.text.length) {
      const end = sliceEnd(this.text, from, this.quotedEnds);
      // Without quotes, the slice goes out in pieces of whole lines: the rows of one piece are
      // converted and dropped before the next is made, so few survive a garbage collection (with
      // the whole slice alive, every young collection copied its ~20,000 rows).
      while (from <= end) {
        const to = this.quotedEnds ? end : Math.min(end, pieceEnd(this.text, from, end));
        const chunk = this.parseRange(from, to, row);
        row += chunk.length;
        from = to + 1;
        const wanted = chunk[0] && chunk[0].row >= fromRow ? chunk : chunk.filter((r) => r.row >= fromRow);
        if (wanted.length > 0) yield wanted;
      }
      await control.checkpoint(row - 1, total);
    }
  }
}
