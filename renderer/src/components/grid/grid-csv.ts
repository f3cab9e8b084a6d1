import { neutraliseFormula } from '../../../../shared/text/csv-cell';
import type { Locale } from '../../i18n/locales';
import { formatCsvNumber } from './grid-numbers';

/**
 * Numbers in CSV follow the user's locale (decimal comma for pt-BR/es, no thousands separators) and
 * the column separator is ";" there, which is what a spreadsheet in that locale reads back as numbers.
 */
export function csvSeparator(locale: Locale): string {
  return locale === 'en' ? ',' : ';';
}

/**
 * One cell of the grid's CSV export: numbers in the locale, labels as shown (`formatted`, for
 * columns with a formatter), and text neutralised against formula injection as every CSV Arranjo
 * writes (shared/text/csv-cell.ts): a site or indicator named "=HYPERLINK(…)" stays text in Excel.
 */
export function csvExportText(value: unknown, locale: Locale, formatted?: (value: unknown) => string): string {
  if (typeof value === 'number') return formatCsvNumber(value, locale);
  if (value === null || value === undefined) return '';
  let text: string;
  if (formatted) text = formatted(value);
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  else text = JSON.stringify(value) ?? '';
  return neutraliseFormula(text);
}
