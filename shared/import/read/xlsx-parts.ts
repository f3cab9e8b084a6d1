import { BUILT_IN_NUMBER_FORMATS, NotPlainWorkbook, readAttribute, unescapeX, xmlDecodeAgain, xmlText } from './xlsx-xml';

/**
 * The workbook's small parts as exceljs reads them: the sheet list (workbook.xml and its
 * relationships), the number format of each cell style (styles.xml) and the shared strings.
 */

interface Tag {
  name: string;
  /** Just after the name: where the attributes start. */
  attrs: number;
  /** The index of its `>`. */
  end: number;
  closing: boolean;
  selfClosing: boolean;
}

/** The next tag from `from` on, or null; comments, CDATA and doctypes are not read here. */
export function nextTag(xml: string, from: number): Tag | null {
  const lt = xml.indexOf('<', from);
  if (lt < 0) return null;
  const end = xml.indexOf('>', lt);
  if (end < 0) throw new NotPlainWorkbook('an unterminated tag');
  const first = xml.charCodeAt(lt + 1);
  if (first === 0x21) throw new NotPlainWorkbook('a comment, CDATA or doctype');
  const closing = first === 0x2f;
  let i = closing ? lt + 2 : lt + 1;
  const start = i;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
  }
  return { name: xml.slice(start, i), attrs: i, end, closing, selfClosing: xml.charCodeAt(end - 1) === 0x2f };
}

/** The text of an element whose start tag ends at `end`, up to its end tag (no child elements). */
export function elementText(xml: string, tag: Tag): { text: string; next: number } {
  if (tag.selfClosing) return { text: '', next: tag.end + 1 };
  const close = xml.indexOf(`</${tag.name}>`, tag.end);
  if (close < 0) throw new NotPlainWorkbook(`an unterminated <${tag.name}>`);
  const raw = xml.slice(tag.end + 1, close);
  if (raw.includes('<')) throw new NotPlainWorkbook(`markup inside <${tag.name}>`);
  return { text: xmlText(raw), next: close + tag.name.length + 3 };
}

function skipElement(xml: string, tag: Tag): number {
  if (tag.selfClosing) return tag.end + 1;
  const close = xml.indexOf(`</${tag.name}>`, tag.end);
  if (close < 0) throw new NotPlainWorkbook(`an unterminated <${tag.name}>`);
  return close + tag.name.length + 3;
}

export interface SheetEntry {
  name: string;
  id: number;
  hidden: boolean;
  /** The zip entry of its XML (xl/worksheets/sheetN.xml). */
  part: string;
}

/** The worksheets in workbook order, as exceljs lists them (chart sheets and others left out). */
export function readWorkbook(
  workbookXml: string,
  relsXml: string,
  hasPart: (name: string) => boolean,
): { sheets: SheetEntry[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (let tag = nextTag(relsXml, 0); tag; tag = nextTag(relsXml, tag.end + 1)) {
    if (tag.name !== 'Relationship' || tag.closing) continue;
    const id = readAttribute(relsXml, tag.attrs, tag.end, 'Id');
    const target = readAttribute(relsXml, tag.attrs, tag.end, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  let date1904 = false;
  const sheets: SheetEntry[] = [];
  for (let tag = nextTag(workbookXml, 0); tag; tag = nextTag(workbookXml, tag.end + 1)) {
    if (tag.closing) continue;
    if (tag.name === 'workbookPr') date1904 = readAttribute(workbookXml, tag.attrs, tag.end, 'date1904') === '1';
    if (tag.name !== 'sheet') continue;
    const target = targets.get(readAttribute(workbookXml, tag.attrs, tag.end, 'r:id') ?? '');
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(part)) continue; // exceljs reads only these
    if (!hasPart(part)) throw new NotPlainWorkbook(`the sheet part ${part} is missing`);
    const name = xmlDecodeAgain(readAttribute(workbookXml, tag.attrs, tag.end, 'name') ?? '');
    const id = parseInt(readAttribute(workbookXml, tag.attrs, tag.end, 'sheetId') ?? '', 10);
    const state = readAttribute(workbookXml, tag.attrs, tag.end, 'state');
    sheets.push({ name, id, hidden: (state || 'visible') !== 'visible', part });
  }
  const ids = new Set(sheets.map((s) => s.id));
  if (sheets.length === 0 || ids.size !== sheets.length || [...ids].some((id) => !(id >= 1))) {
    throw new NotPlainWorkbook('no worksheet, or sheet ids missing or repeated');
  }
  return { sheets, date1904 };
}

/** The number format code of each cell style index (cellXfs), undefined where it has none. */
export function readStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end + 1)) {
    if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    if (tag.name === 'numFmts') inNumFmts = !tag.closing && !tag.selfClosing;
    if (tag.closing) continue;
    if (tag.name === 'numFmt' && inNumFmts) {
      const id = parseInt(readAttribute(xml, tag.attrs, tag.end, 'numFmtId') ?? '', 10);
      custom.set(id, readAttribute(xml, tag.attrs, tag.end, 'formatCode') ?? '');
    } else if (tag.name === 'xf' && inCellXfs) {
      const id = parseInt(readAttribute(xml, tag.attrs, tag.end, 'numFmtId') ?? '', 10);
      formats.push(id ? custom.get(id) || BUILT_IN_NUMBER_FORMATS[id] : undefined);
    }
  }
  return formats;
}

/** The shared strings, rich text joined (phonetic runs left out, as exceljs does). */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let plain: string | undefined;
  let runs: string[] | null = null;
  let run: string | null = null;
  let inSi = false;
  let tag = nextTag(xml, 0);
  while (tag) {
    let next = tag.end + 1;
    const { name } = tag;
    if (name === 'si') {
      if (tag.selfClosing) throw new NotPlainWorkbook('an empty shared string');
      if (!tag.closing) {
        inSi = true;
        plain = undefined;
        runs = null;
      } else {
        const value = runs ? runs.join('') : plain;
        if (value === undefined) throw new NotPlainWorkbook('a shared string without text');
        strings.push(value);
        inSi = false;
      }
    } else if (inSi && name === 't' && !tag.closing) {
      const read = elementText(xml, tag);
      next = read.next;
      const text = unescapeX(read.text);
      if (run !== null) run = text;
      else if (runs) throw new NotPlainWorkbook('a shared string mixing text and runs');
      else plain = text;
    } else if (inSi && name === 'r') {
      if (tag.closing) {
        runs?.push(run ?? '');
        run = null;
      } else if (tag.selfClosing || plain !== undefined) throw new NotPlainWorkbook('an unusual rich text run');
      else {
        runs ??= [];
        run = '';
      }
    } else if (inSi && (name === 'rPr' || name === 'rPh') && !tag.closing) {
      next = skipElement(xml, tag);
    } else if (inSi && name !== 'phoneticPr') {
      throw new NotPlainWorkbook(`<${name}> in a shared string`);
    }
    tag = nextTag(xml, next);
  }
  return strings;
}
