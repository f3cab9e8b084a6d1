/**
 * The one CSV cell writer: every CSV Arranjo writes (CLI output, the import-issues list) goes
 * through it, so no text cell reaches Excel or Calc as a formula.
 *
 * OWASP's CSV injection guidance: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with a single quote, which spreadsheets read as "this is text". `+` and `-`
 * are left alone when the whole cell is a number ("-3.5", "-1.234,56", "+12"), so negative values
 * exported as text still read as numbers. Numbers (JS numbers) are never touched.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain or locale-formatted number, optionally signed, with an exponent or a percent sign. */
const NUMBER_TEXT = /^[+-]?(\d[\d.,\s\u00a0]*)(e[+-]?\d+)?%?$/i;

/** Whether spreadsheets would read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (!FORMULA_START.test(text)) return false;
  if ((text[0] === '-' || text[0] === '+') && NUMBER_TEXT.test(text)) return false;
  return true;
}

/**
 * Text neutralised against formula injection (a leading `'`), not yet quoted. Text that already
 * starts with quotes before a formula ("'=1") gets one more, so `unneutraliseFormula` gives every
 * text back exactly: an export re-imported keeps a company literally named "=HYPERLINK(…)".
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text.replace(/^'+/, '')) ? `'${text}` : text;
}

/**
 * What `neutraliseFormula` was given: a CSV cell read back loses the one `'` it put before a
 * formula (or before quotes leading to one); any other text, a lone "'abc" included, is as it was.
 */
export function unneutraliseFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.replace(/^'+/, '')) ? text.slice(1) : text;
}

/** One cell, neutralised and quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: CsvValue, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV lines joined by `newline` (no trailing line break). */
export function csvLines(rows: readonly (readonly CsvValue[])[], delimiter: string, newline = '\n'): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join(newline);
}
