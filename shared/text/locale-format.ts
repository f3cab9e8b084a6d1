/**
 * The one cache of number and date formatters, for the engine (PDF and workbook text, messages)
 * and the renderer (renderer/src/i18n/format.ts builds its helpers on it). Constructing an
 * `Intl.NumberFormat` or `Intl.DateTimeFormat` costs far more than formatting with one, and grids,
 * charts and exports format per cell and per label; `npm run lint` refuses constructing them (or
 * `toLocaleString`, which constructs one per call) anywhere else.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Spanish groups every number of four digits or more ("4.542"), as Chile and Colombia, for whom the UI's
 * Spanish is written, do: CLDR's generic "es" follows Spain's rule and leaves four digits bare, so a
 * column read "4542" under "18.313" and a shift-share total "-1003" beside "+1.898".
 */
function withLocaleGrouping(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  return locale === 'es' && options.useGrouping === undefined && options.notation !== 'compact'
    ? { ...options, useGrouping: 'always' }
    : options;
}

/** The cached number formatter for a locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, withLocaleGrouping(locale, options));
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Percentage points (80.7 for 80.7 %) as the language writes a percentage: "80,7%" in pt-BR, "80.7%" in
 * en, "80,7 %" in es (CLDR's rules, as the economy's Intl percentages already wrote them). Every
 * percentage shown or exported goes through here or through Intl's percent style, so one screen does
 * not write "80,7%" beside another's "80,7 %".
 */
export function formatPercentPoints(
  points: number,
  locale: string,
  maximumFractionDigits = 1,
  minimumFractionDigits = 0,
  signed = false,
): string {
  const signDisplay = signed ? 'always' : 'auto';
  return numberFormat(locale, { style: 'unit', unit: 'percent', minimumFractionDigits, maximumFractionDigits, signDisplay }).format(points);
}

/**
 * The UI's dates: 30/06/2025 (pt-BR, es), 06/30/2025 (en), as its date fields take them. The year in
 * full: the languages' own short style writes "30/6/25" in es and "6/30/25" in en, which blurs the
 * decades planning data spans and differs from the fields. UTC: a civil date never shifts a day.
 * The plan's PDF writes its date so too (its footer read "1/1/2026" beside the screen's 01/01/2026).
 */
export const NUMERIC_DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };

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

/**
 * Reais in a language's digits, the symbol before the number as Brazil and Spanish America write it
 * ("R$ 800.000,00"): Spanish's rule (Spain's) put it after ("800.000,00 R$") beside the works' and
 * charts' "R$ 6,9 M".
 */
export function formatBrl(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const parts = numberFormat(locale, { ...BRL, ...options }).formatToParts(value);
  const symbol = parts.findIndex((p) => p.type === 'currency');
  if (symbol < parts.findIndex((p) => p.type === 'integer' || p.type === 'nan' || p.type === 'infinity'))
    return parts.map((p) => p.value).join('');
  const number = parts.filter((p) => p.type !== 'currency' && p.type !== 'literal').map((p) => p.value);
  return `R$\u00a0${number.join('')}`;
}

/** A count in messages meant for logs and the CLI ("12,000 cells"): English grouping. */
export const englishCount = (n: number): string => numberFormat('en').format(n);
