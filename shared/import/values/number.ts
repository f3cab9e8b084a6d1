import { missingSymbol } from './missing';
import { cleanText } from './text';

/** Which character separates decimals: pt-BR "1.234,56" (comma) or en "1,234.56" (dot). */
export type DecimalStyle = 'comma' | 'dot';

export type NumberResult =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; footnote?: string; percent?: boolean }
  | { kind: 'missing'; symbol: string; reason: string }
  | { kind: 'invalid'; text: string };

const EMPTY: NumberResult = { kind: 'empty' };
const FOOTNOTE = /\s*(?:\((\d{1,2}|[a-zA-Z]|\*{1,3})\)|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\*{1,3}))$/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const INTEGER = /^-?\d{1,15}$/;
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+([.,]\d+)?$/;
/** A currency sign before the number ("R$ 1.234,56", "- R$ 12,50", "US$ 3.5"), read as no part of it. */
const CURRENCY = /^(R\$|US\$|\$)\s*/i;

/**
 * Spreadsheet float noise: "53280,339999998" is 53280.34 written by a program that summed binary
 * floats. Only values with 14+ significant digits whose decimals end in a run of five or more 9s
 * or 0s and then one to three digits are rounded, so a genuine 0.9999912, 12116891193.8 or
 * 57289803438.9999 stays as it is.
 */
export function cleanFloatNoise(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  if (!mayBeNoise(Math.abs(value))) return value;
  const text = String(Math.abs(value));
  // 14 significant digits and a point take at least 15 characters: most values stop here.
  if (text.length < 15 || text.includes('e')) return value;
  const point = text.indexOf('.');
  const int = text.slice(0, point);
  const frac = text.slice(point + 1);
  const significant = (int + frac).replace(/^0+/, '').length;
  if (significant < 14) return value;
  const noise = /^(\d*?)(9{5,}|0{5,})[1-9]\d{0,2}$/.exec(frac);
  if (!noise) return value;
  const keep = noise[1]?.length ?? 0;
  const rounded = Number(value.toFixed(keep));
  return Object.is(rounded, -0) ? 0 : rounded;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k); // exact up to 10^22

/**
 * Whether `x` (positive, finite, not whole) could be float noise, decided without writing it out.
 * Noise ends its decimals in a run of five or more 0s or 9s and one to three digits, after `keep`
 * decimals: x·10^keep is then within 1e-5 of a whole number, and below 10^11 (at most 17
 * significant digits, six of them after the point). One product by an exact power of ten errs by
 * at most 1.5 ulp, within the margin allowed here; so a value that no power of ten brings that
 * close to a whole number cannot be noise — nearly every measured value — and is returned as it
 * is, without the text conversion that would otherwise cost most of reading a large workbook.
 */
function mayBeNoise(x: number): boolean {
  for (const power of POWERS_OF_TEN) {
    const scaled = x * power;
    if (scaled >= 1e12) return false;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-5 + scaled * 4.5e-16) return true;
  }
  return false;
}

/** Reads the separators of a bare numeral ("1.234,56") as `style` says, or guesses pt-BR. */
function normalizeSeparators(body: string, style: DecimalStyle | 'auto'): string | null {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (GROUPED_SPACE.test(body)) return normalizeSeparators(body.replace(/ /g, ''), style);
  if (/[^\d.,]/.test(body) || body === '') return null;
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [int = '', frac = '', ...rest] = body.split(decimal);
    if (rest.length > 0 || frac === '' || frac.includes(group)) return null;
    const groupRe = group === '.' ? GROUPED_DOT : GROUPED_COMMA;
    if (!groupRe.test(int)) return null;
    return `${int.split(group).join('')}.${frac}`;
  }
  if (commas > 0) {
    if (commas > 1) return GROUPED_COMMA.test(body) ? body.replace(/,/g, '') : null;
    const [int = '', frac = ''] = body.split(',');
    if (int === '' && frac === '') return null;
    // "1,234" is a thousand in an en file; everywhere else a lone comma is the decimal separator.
    if (style === 'dot') return GROUPED_COMMA.test(body) ? int + frac : null;
    return `${int || '0'}.${frac || '0'}`;
  }
  if (dots > 1) return GROUPED_DOT.test(body) ? body.replace(/\./g, '') : null;
  if (dots === 1) {
    // "1.234" is a thousand in pt-BR; "1.5", "0.123" or "53280.34" can only be decimals.
    if (style !== 'dot' && GROUPED_DOT.test(body) && !body.startsWith('0')) return body.replace('.', '');
    const [int = '', frac = ''] = body.split('.');
    if (int === '' && frac === '') return null;
    return `${int || '0'}.${frac || '0'}`;
  }
  return body;
}

/**
 * The value of a plain integer's text ("4856025", "-12": a minus, then 1 to 15 digits), or null:
 * `parseNumberText`'s common case, checked character by character (no regular expression run).
 */
export function plainInteger(raw: string): number | null {
  const length = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (length - i < 1 || length - i > 15) return null;
  for (; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(raw) || 0;
}

/**
 * Parses a number as agencies write it: pt-BR or en separators, a sign, "R$", a trailing "%"
 * (kept in percentage points), a footnote marker ("548.952(1)", "548.952¹", "12*"), spaces as
 * thousands separators, and IBGE's missing-value symbols. Never throws.
 */
export function parseNumberText(raw: string, style: DecimalStyle | 'auto' = 'auto'): NumberResult {
  // The common case first, without allocations: a plain integer such as "4856025".
  const integer = plainInteger(raw);
  if (integer !== null) return { kind: 'number', value: integer };
  let text = cleanText(raw);
  if (text === '') return EMPTY;
  if (INTEGER.test(text)) return { kind: 'number', value: Number(text) || 0 };
  const missing = missingSymbol(text);
  if (missing) return { kind: 'missing', ...missing };
  if (text.length > 64) return { kind: 'invalid', text };
  let footnote: string | undefined;
  const note = FOOTNOTE.exec(text);
  if (note && note.index > 0) {
    footnote = note[1] ?? (note[2] ? [...note[2]].map((c) => String(SUPERSCRIPT.indexOf(c))).join('') : note[3]);
    text = text.slice(0, note.index);
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trimEnd();
  }
  let sign = 1;
  text = text.replace(CURRENCY, '');
  const signMatch = /^([-+−])\s*/.exec(text);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -1;
    text = text.slice(signMatch[0].length);
  }
  text = text.replace(CURRENCY, '');
  const normalized = normalizeSeparators(text, style);
  if (normalized === null || !/^\d*\.?\d+$|^\d+\.$/.test(normalized)) return { kind: 'invalid', text: cleanText(raw) };
  const value = sign * Number(normalized);
  if (!Number.isFinite(value)) return { kind: 'invalid', text: cleanText(raw) };
  const result: NumberResult = { kind: 'number', value: Object.is(value, -0) ? 0 : cleanFloatNoise(value) };
  if (footnote !== undefined) result.footnote = footnote;
  if (percent) result.percent = true;
  return result;
}

/**
 * Which decimal separator a column uses, from its values: a value with both separators, a comma
 * with other than three decimals, or several dots settle it; "1.234" alone does not.
 */
export function detectDecimalStyle(samples: Iterable<string>): DecimalStyle | null {
  return decimalEvidence(samples).style;
}

/**
 * What the numerals say of the decimal separator, one by one: how many show a decimal comma and a
 * decimal dot, the first of each, and the style most of them show (comma on a tie; null when none
 * settles it). A column with both is written in two conventions, and its two-way numerals
 * ("1,234") are read by the majority's.
 */
export function decimalEvidence(samples: Iterable<string>): {
  style: DecimalStyle | null;
  comma: number;
  dot: number;
  firstComma: string | null;
  firstDot: string | null;
} {
  let comma = 0;
  let dot = 0;
  let firstComma: string | null = null;
  let firstDot: string | null = null;
  for (const raw of samples) {
    // Money says its separator as any number does: "R$ 2.500.000,00" is pt-BR (it was left out, and
    // "1.800" m² beside it in an empresas file was read as 1.8 "since nothing else in the file shows").
    const text = cleanText(raw)
      .replace(CURRENCY, '')
      .replace(/^[-+−]\s*|%$/g, '')
      .replace(CURRENCY, '');
    if (!/^[\d.,]+$/.test(text)) continue;
    const says = separatorOf(text);
    if (says === 'comma') {
      comma++;
      firstComma ??= cleanText(raw);
    } else if (says === 'dot') {
      dot++;
      firstDot ??= cleanText(raw);
    }
  }
  const style = comma === 0 && dot === 0 ? null : comma >= dot ? 'comma' : 'dot';
  return { style, comma, dot, firstComma, firstDot };
}

/** The decimal separator one numeral (digits, dots, commas) shows, or null when it reads both ways or has none. */
function separatorOf(text: string): DecimalStyle | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? 'comma' : 'dot';
  if (lastComma >= 0) {
    if (text.split(',').length > 2) return 'dot';
    return text.length - lastComma - 1 !== 3 ? 'comma' : null;
  }
  if (lastDot >= 0) {
    if (text.split('.').length > 2) return 'comma';
    return text.length - lastDot - 1 !== 3 || text.startsWith('0') ? 'dot' : null;
  }
  return null;
}
