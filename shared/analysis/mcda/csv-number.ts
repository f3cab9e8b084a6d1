/**
 * Reads a number from a cell of a comma- or semicolon-separated file, accepting the pt-BR decimal
 * comma only where it cannot be misread:
 *
 * - `0.25`, `-3`, `1e3`: always (dot decimals; in a comma-separated file decimals are dots).
 * - `0,25` (quoted in a comma file): a decimal comma — unless it looks like an English thousands
 *   group (`1,234`), which is refused as ambiguous. In a semicolon file a comma is always decimal.
 * - `1.234,56` (pt-BR) and `1,234.56` (English): unambiguous, accepted.
 * - `1.234` in a semicolon file (pt-BR habit for thousands) is refused as ambiguous.
 * - A trailing `%` is dropped (25% reads as 25: weights may be typed as percentages).
 *
 * Empty → null (a missing value).
 */
export type CellNumber = { ok: true; value: number | null } | { ok: false; reason: string };

const PLAIN = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const DOT_THOUSANDS = /^[-+]?[1-9]\d{0,2}(\.\d{3})+$/;
const COMMA_DECIMAL = /^[-+]?\d+,\d+$/;
const COMMA_THOUSANDS = /^[-+]?[1-9]\d{0,2}(,\d{3})+$/;
const PT_BR = /^[-+]?\d{1,3}(\.\d{3})+,\d+$/;
const ENGLISH = /^[-+]?\d{1,3}(,\d{3})+\.\d+$/;

export function parseCellNumber(raw: string, delimiter: ',' | ';'): CellNumber {
  let text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (text.endsWith('%')) text = text.slice(0, -1).trim();
  if (PLAIN.test(text)) {
    if (delimiter === ';' && DOT_THOUSANDS.test(text)) {
      return {
        ok: false,
        reason: `"${raw.trim()}" is ambiguous (a thousands separator or a decimal point?); write it without grouping, e.g. ${text.replace(/\./g, '')} or ${text.replace('.', ',')}`,
      };
    }
    return finite(Number(text), raw);
  }
  if (COMMA_DECIMAL.test(text)) {
    if (delimiter === ',' && COMMA_THOUSANDS.test(text)) {
      return {
        ok: false,
        reason: `"${raw.trim()}" is ambiguous (a thousands separator or a decimal comma?); write ${text.replace(',', '.')} or ${text.replace(/,/g, '')}`,
      };
    }
    return finite(Number(text.replace(',', '.')), raw);
  }
  if (PT_BR.test(text)) return finite(Number(text.replace(/\./g, '').replace(',', '.')), raw);
  if (ENGLISH.test(text)) return finite(Number(text.replace(/,/g, '')), raw);
  return { ok: false, reason: `"${raw.trim()}" is not a number` };
}

function finite(value: number, raw: string): CellNumber {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `"${raw.trim()}" is not a finite number` };
}

/** The delimiter of a small CSV: semicolon when the first line has semicolons and no commas, else comma. */
export function detectDelimiter(text: string): ',' | ';' {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}
