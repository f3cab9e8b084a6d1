/**
 * The one cache of number and date formatters, for the engine (PDF and workbook text, messages)
 * and the renderer (renderer/src/i18n/format.ts builds its helpers on it). Constructing an
 * `Intl.NumberFormat` or `Intl.DateTimeFormat` costs far more than formatting with one, and grids,
 * charts and exports format per cell and per label; `npm run lint` refuses constructing them (or
 * `toLocaleString`, which constructs one per call) anywhere else.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The cached number formatter for a locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The cached date formatter for a locale and options. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Reais as currency, written "R$" in every language: Spanish would otherwise write the ISO code
 * ("800.000,00 BRL") beside labels and charts that say R$.
 */
export const BRL: Intl.NumberFormatOptions = { style: 'currency', currency: 'BRL', currencyDisplay: 'narrowSymbol' };

/** A count in messages meant for logs and the CLI ("12,000 cells"): English grouping. */
export const englishCount = (n: number): string => numberFormat('en').format(n);
