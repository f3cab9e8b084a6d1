/**
 * The little of XML and of exceljs's reading rules that the plain-sheet reader (xlsx-plain.ts)
 * needs, written so that it reads exactly what exceljs reads: its text decoding (entities, line
 * ends), its double decoding of some strings, its date and percent rules. Anything outside that
 * throws NotPlainWorkbook, and the workbook is read by exceljs instead.
 */

/** The workbook uses something the plain reader does not read: exceljs reads it instead. */
export class NotPlainWorkbook extends Error {
  constructor(readonly reason: string) {
    super(`not a plain workbook: ${reason}`);
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data as a parser gives it: line ends normalized, entities and references decoded. */
export function xmlText(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  text = text.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new NotPlainWorkbook('a bare "&" in the XML');
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!(code >= 1 && code <= 0x10ffff)) throw new NotPlainWorkbook(`the entity &${name};`);
    return String.fromCodePoint(code);
  });
  return text;
}

/** An attribute value as a parser gives it (whitespace characters become spaces). */
function attrText(raw: string): string {
  return xmlText(raw.replace(/[\t\n\r]/g, ' '));
}

/**
 * The attributes of the start tag between `from` (just after its name) and `to` (its `>`), or the
 * one asked for. Returns undefined when absent.
 */
export function readAttribute(xml: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= to) return undefined;
    const key = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (xml.charCodeAt(q) === 0x20 || xml.charCodeAt(q) === 0x09 || xml.charCodeAt(q) === 0x0a || xml.charCodeAt(q) === 0x0d) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new NotPlainWorkbook('an unquoted attribute');
    const close = xml.indexOf(quote, q + 1);
    if (close < 0 || close > to) throw new NotPlainWorkbook('an unterminated attribute');
    if (key === name) return attrText(xml.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** exceljs's utils.xmlDecode, applied to some strings a second time after the parser's decoding. */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (c) => NAMED[c.slice(1, -1)] ?? c);
}

/** exceljs's TextXform: `_x000D_` escapes (upper-case hex only) in shared and rich text. */
export function unescapeX(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** exceljs's utils.isDateFmt. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** A number format that shows a percent (what both readers give as `{ percent }`). */
export function isPercentFormat(format: string | undefined): boolean {
  return typeof format === 'string' && format.includes('%');
}

/**
 * exceljs's utils.excelToDate (the argument coerced as its arithmetic does), not
 * values/date.ts's `excelSerialToIso`: the plain reader must give the very Date exceljs gives
 * (time of day kept, no 1900 leap-day correction), so that both readers read alike.
 */
export function excelToDate(value: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The built-in number formats exceljs knows by id (defaultnumformats.js, entries with a code). */
export const BUILT_IN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A1-style column letters (the start of a cell reference) as a 1-based number; 0 when malformed. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return 0;
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57) return 0;
  }
  return col;
}

/** The row number of an A1-style reference; 0 when malformed. */
export function rowOf(ref: string): number {
  const m = /^[A-Z]{1,3}([0-9]+)$/.exec(ref);
  return m ? parseInt(m[1] ?? '0', 10) : 0;
}
