import type { Cell } from './table-source';
import { nextTag, elementText } from './xlsx-parts';
import { applyMerges, type SheetRows } from './xlsx-merges';
import { columnOf, excelToDate, NotPlainWorkbook, readAttribute, unescapeX, xmlDecodeAgain, xmlText } from './xlsx-xml';

/**
 * One worksheet's XML read in one pass as it is inflated, without a DOM or a parser's events:
 * each `<row>` becomes the array of cells exceljs's model gives (see toCell in xlsx-source.ts),
 * nothing kept per cell but its value. What exceljs would read differently or fail on
 * (hyperlinks, cells out of order, markup this scanner does not know) throws NotPlainWorkbook.
 */

/** What a cell style means for a number: nothing, a date, or a percentage. */
export const NumberKind = { Plain: 0, Date: 1, Percent: 2 } as const;
export type NumberKind = (typeof NumberKind)[keyof typeof NumberKind];

export interface SheetContext {
  strings: readonly string[];
  /** By cell style index (the `s` attribute). */
  kinds: Uint8Array;
  date1904: boolean;
}

const CellKind = {
  /** No value and no style: exceljs keeps no cell. */
  Empty: 0,
  /** A style without a value: a cell that counts for the sheet's width but holds nothing. */
  Styled: 1,
  NoResult: 2,
  Value: 3,
} as const;
type CellKind = (typeof CellKind)[keyof typeof CellKind];

const SLASH = 0x2f;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The text of `<v>` or an inline `<t>`: most are digits, decoded only when they need it. */
function valueText(raw: string): string {
  return raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : xmlText(raw);
}

/**
 * Reads a worksheet's XML as it is inflated, chunk by chunk (`feed`), keeping only the rows
 * read and the text of the row not yet complete: a sheet of 60 MB of XML is never held whole,
 * neither as bytes nor as text (on this kind of machine touching fresh memory costs more than
 * scanning it).
 */
export class SheetScanner {
  private readonly rows: SheetRows;
  private readonly decoder = new TextDecoder('utf-8');
  private pending = '';
  private phase: 'head' | 'rows' | 'tail' = 'head';
  private lastRow = 0;
  private first = true;
  // The cell being read.
  private value: string | undefined = undefined;
  private rich: string[] | null = null;
  private formula = false;
  private xml = '';

  constructor(private readonly ctx: SheetContext) {
    this.rows = { cells: [], cellCount: [], valued: [], noResult: new Map(), rowCount: 0 };
  }

  /** The next inflated bytes of the sheet's XML. */
  feed(chunk: Uint8Array): void {
    if (this.first) {
      this.first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        throw new NotPlainWorkbook('a UTF-16 sheet');
    }
    this.take(this.decoder.decode(chunk, { stream: true }));
  }

  /** The rows, once the whole sheet was fed. */
  finish(): SheetRows {
    this.take(this.decoder.decode());
    if (this.phase === 'head') throw new NotPlainWorkbook('no <sheetData>');
    if (this.phase === 'rows') throw new NotPlainWorkbook('an unterminated <sheetData>');
    const tail = this.pending;
    this.pending = '';
    if (tail.indexOf('<hyperlink') >= 0) throw new NotPlainWorkbook('hyperlinks');
    applyMerges(tail, 0, this.rows);
    return this.rows;
  }

  private take(text: string): void {
    let s = this.pending + text;
    if (this.phase === 'head') {
      const declaration = /^<\?xml[^>]*encoding=["']([^"']*)["']/.exec(s);
      if (declaration && !/^utf-?8$/i.test(declaration[1] ?? '')) throw new NotPlainWorkbook(`a sheet in ${declaration[1]}`);
      const open = s.indexOf('<sheetData');
      const gt = open < 0 ? -1 : s.indexOf('>', open);
      if (gt < 0) {
        this.pending = s;
        return;
      }
      this.phase = s.charCodeAt(gt - 1) === SLASH ? 'tail' : 'rows';
      s = s.slice(gt + 1);
    }
    if (this.phase === 'rows') {
      const close = s.indexOf('</sheetData>');
      if (close >= 0) {
        this.scanRows(s, 0, close);
        this.phase = 'tail';
        s = s.slice(close);
      } else {
        // Complete rows only: up to the start of the last row begun.
        const cut = s.lastIndexOf('<row');
        if (cut > 0) this.scanRows(s, 0, cut);
        s = cut > 0 ? s.slice(cut) : s;
      }
    }
    this.pending = s;
  }

  private scanRows(xml: string, from: number, to: number): void {
    this.xml = xml;
    const { rows } = this;
    let i = from;
    let row = this.lastRow;
    let inRow = false;
    let cells: Cell[] = [];
    let lastCol = 0;
    let cellCount = 0;
    let valued = false;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0 || lt >= to) break;
      const c1 = xml.charCodeAt(lt + 1);
      const c2 = xml.charCodeAt(lt + 2);
      if (c1 === 0x63 /* c */ && (isSpace(c2) || c2 === 0x3e)) {
        if (!inRow) throw new NotPlainWorkbook('a cell outside a row');
        const cell = this.readCell(lt, xml.indexOf('>', lt));
        i = cell.next;
        if (cell.col <= lastCol) throw new NotPlainWorkbook('cells out of order');
        lastCol = cell.col;
        if (cell.kind === CellKind.Empty) continue;
        cellCount = cell.col;
        if (cell.kind === CellKind.Styled) continue;
        valued = true;
        if (cell.kind === CellKind.NoResult) {
          const list = rows.noResult.get(row);
          if (list) list.push(cell.col - 1);
          else rows.noResult.set(row, [cell.col - 1]);
          continue;
        }
        while (cells.length < cell.col - 1) cells.push(null);
        cells.push(cell.value);
      } else if (
        c1 === 0x72 /* r */ &&
        xml.startsWith('row', lt + 1) &&
        (isSpace(xml.charCodeAt(lt + 4)) || xml.charCodeAt(lt + 4) === 0x3e)
      ) {
        if (inRow) throw new NotPlainWorkbook('a row inside a row');
        const gt = xml.indexOf('>', lt);
        const r = parseInt(readAttribute(xml, lt + 4, gt, 'r') ?? '', 10);
        if (!(r > row)) throw new NotPlainWorkbook('rows out of order or without a number');
        row = r;
        cells = [];
        lastCol = 0;
        cellCount = 0;
        valued = false;
        rows.cells[row - 1] = cells;
        rows.cellCount[row - 1] = 0;
        rows.valued[row - 1] = false;
        rows.rowCount = row;
        inRow = xml.charCodeAt(gt - 1) !== SLASH;
        i = gt + 1;
      } else if (c1 === SLASH && inRow && xml.startsWith('</row>', lt)) {
        rows.cellCount[row - 1] = cellCount;
        rows.valued[row - 1] = valued;
        inRow = false;
        i = lt + 6;
      } else {
        throw new NotPlainWorkbook(`unexpected markup in <sheetData> at ${lt}`);
      }
    }
    if (inRow) throw new NotPlainWorkbook('an unterminated row');
    this.lastRow = row;
    this.xml = '';
  }

  /** Reads `<c …>…</c>` starting at `lt` (its start tag ends at `gt`). */
  private readCell(lt: number, gt: number): ReadCell {
    const { xml } = this;
    let ref = '';
    let s = '';
    let t = '';
    let j = lt + 2;
    for (;;) {
      while (isSpace(xml.charCodeAt(j))) j++;
      if (j >= gt || xml.charCodeAt(j) === SLASH) break;
      const eq = xml.indexOf('=', j);
      const q = xml.charCodeAt(eq + 1);
      if (eq < 0 || eq > gt || (q !== 0x22 && q !== 0x27)) throw new NotPlainWorkbook('an unusual cell attribute');
      const close = xml.indexOf(q === 0x22 ? '"' : "'", eq + 2);
      if (close < 0 || close > gt) throw new NotPlainWorkbook('a cell attribute holding ">"');
      const key = xml.slice(j, eq);
      if (key === 'r') ref = xml.slice(eq + 2, close);
      else if (key === 's') s = xml.slice(eq + 2, close);
      else if (key === 't') t = xml.slice(eq + 2, close);
      j = close + 1;
    }
    const col = columnOf(ref);
    if (col === 0) throw new NotPlainWorkbook('a cell without a plain A1 reference');
    if (t.indexOf('&') >= 0) throw new NotPlainWorkbook('an escaped cell type');
    this.value = undefined;
    this.rich = null;
    this.formula = false;
    const next = xml.charCodeAt(gt - 1) === SLASH ? gt + 1 : this.readCellContent(gt + 1);
    const styleId = parseInt(s, 10);
    const kind = (styleId ? (this.ctx.kinds[styleId] ?? NumberKind.Plain) : NumberKind.Plain) as NumberKind;
    if (this.formula) return this.formulaCell(col, next, t, kind);
    if (this.value === undefined && this.rich === null) {
      return { col, next, kind: styleId ? CellKind.Styled : CellKind.Empty, value: null };
    }
    return { col, next, kind: CellKind.Value, value: this.plainValue(t, kind) };
  }

  private formulaCell(col: number, next: number, t: string, kind: NumberKind): ReadCell {
    const value = this.value;
    if (this.rich) throw new NotPlainWorkbook('a formula with rich text');
    if (!value) return { col, next, kind: CellKind.NoResult, value: null };
    let result: Cell;
    if (t === 'str') result = xmlDecodeAgain(value);
    else if (t === 'b') result = parseInt(value, 10) !== 0;
    else if (t === 'e') result = value;
    else result = parseFloat(value);
    if (kind === NumberKind.Date) result = excelToDate(t === 'e' ? NaN : result, this.ctx.date1904);
    else if (kind === NumberKind.Percent && typeof result === 'number') result = { percent: result };
    return { col, next, kind: CellKind.Value, value: result };
  }

  private plainValue(t: string, kind: NumberKind): Cell {
    const value = this.value;
    if (this.rich) {
      if (t !== 'inlineStr' || value !== undefined) throw new NotPlainWorkbook('rich text where exceljs does not join it');
      return this.rich.join('');
    }
    if (value === undefined) throw new NotPlainWorkbook('a cell without value');
    switch (t) {
      case 's': {
        const text = this.ctx.strings[parseInt(value, 10)];
        if (text === undefined) throw new NotPlainWorkbook('a shared string index out of range');
        return text;
      }
      case 'str':
        return xmlDecodeAgain(value);
      case 'inlineStr':
        return value;
      case 'b':
        return parseInt(value, 10) !== 0;
      case 'e':
        return value;
      default: {
        const n = parseFloat(value);
        if (kind === NumberKind.Date) return excelToDate(n, this.ctx.date1904);
        return kind === NumberKind.Percent ? { percent: n } : n;
      }
    }
  }

  private appendValue(text: string): void {
    // exceljs: value = value ? value + text : text (an empty text leaves no value).
    if (text === '') return;
    if (this.rich) throw new NotPlainWorkbook('text after rich text in a cell');
    this.value = this.value ? this.value + text : text;
  }

  /** The children of `<c>` from `from` to its `</c>`; returns the index after it. */
  private readCellContent(from: number): number {
    const { xml } = this;
    let k = from;
    for (;;) {
      const lt = xml.indexOf('<', k);
      if (lt < 0) throw new NotPlainWorkbook('an unterminated cell');
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 0x76 /* v */ && xml.charCodeAt(lt + 2) === 0x3e) {
        const close = xml.indexOf('</v>', lt + 3);
        if (close < 0) throw new NotPlainWorkbook('an unterminated <v>');
        const raw = xml.slice(lt + 3, close);
        if (raw.indexOf('<') >= 0) throw new NotPlainWorkbook('markup inside <v>');
        this.appendValue(valueText(raw));
        k = close + 4;
      } else if (c1 === SLASH && xml.charCodeAt(lt + 2) === 0x63 && xml.charCodeAt(lt + 3) === 0x3e) {
        return lt + 4;
      } else {
        const tag = nextTag(xml, lt);
        if (!tag || tag.closing) throw new NotPlainWorkbook('unexpected markup in a cell');
        if (tag.name === 'v') {
          const read = elementText(xml, tag);
          this.appendValue(read.text);
          k = read.next;
        } else if (tag.name === 'f') {
          const read = elementText(xml, tag);
          const shareType = readAttribute(xml, tag.attrs, tag.end, 't');
          if (read.text || shareType) this.formula = true;
          k = read.next;
        } else if (tag.name === 'is') {
          k = tag.selfClosing ? tag.end + 1 : this.readInline(tag.end + 1);
        } else {
          throw new NotPlainWorkbook(`<${tag.name}> in a cell`);
        }
      }
    }
  }

  /** An inline string's `<t>` (text taken as it is) and `<r>` runs (joined); returns after `</is>`. */
  private readInline(from: number): number {
    const { xml } = this;
    let k = from;
    let run: string | null = null;
    for (;;) {
      const tag = nextTag(xml, k);
      if (!tag) throw new NotPlainWorkbook('an unterminated <is>');
      k = tag.end + 1;
      if (tag.name === 'is' && tag.closing) return k;
      if (tag.name === 't' && !tag.closing) {
        const read = elementText(xml, tag);
        k = read.next;
        if (run !== null) run = unescapeX(read.text);
        else this.appendValue(read.text);
      } else if (tag.name === 'r' && !tag.selfClosing) {
        if (tag.closing) {
          (this.rich ??= []).push(run ?? '');
          run = null;
        } else {
          if (this.value !== undefined) throw new NotPlainWorkbook('inline text before rich text');
          run = '';
        }
      } else if (tag.name === 'rPr' && !tag.closing) {
        k = tag.selfClosing ? k : xml.indexOf('</rPr>', k) + 6;
        if (k < 6) throw new NotPlainWorkbook('an unterminated <rPr>');
      } else {
        throw new NotPlainWorkbook(`<${tag.name}> in an inline string`);
      }
    }
  }
}

interface ReadCell {
  col: number;
  next: number;
  kind: CellKind;
  value: Cell;
}
