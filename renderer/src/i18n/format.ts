import type { Locale } from './locales';

/**
 * Number and date formatting in the chosen UI language. Formatter objects are cached because the
 * grids and charts call these per cell and per label.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The one cached number formatter of the renderer: every area formats through it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The one cached date formatter of the renderer. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** "1,2 mi" style labels for chart axes, where full digits would crowd the axis. */
export function formatCompact(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatCurrencyBRL(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'BRL' }).format(value);
}

/** A value with its unit: currency for R$, a percent sign for %, otherwise the unit after the number. */
export function formatWithUnit(value: number | null, unit: string, locale: Locale, missing = '–'): string {
  if (value === null || !Number.isFinite(value)) return missing;
  const trimmed = unit.trim();
  if (trimmed === 'R$' || trimmed === 'BRL') return formatCurrencyBRL(value, locale);
  if (trimmed === '%') return `${formatNumber(value, locale, 1)} %`;
  const digits = Number.isInteger(value) ? 0 : 2;
  const text = formatNumber(value, locale, digits);
  return trimmed ? `${text} ${trimmed}` : text;
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return dateFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
