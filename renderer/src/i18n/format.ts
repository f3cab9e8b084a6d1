import type { Locale } from './locales';

import { dateFormat, numberFormat } from '../../../shared/text/locale-format';

/**
 * Number and date formatting in the chosen UI language, on the one cached formatter of the app
 * (shared/text/locale-format.ts: the grids and charts call these per cell and per label). Areas
 * take `numberFormat` and `dateFormat` from here; constructing an Intl formatter elsewhere is a
 * lint error.
 */
export { dateFormat, numberFormat };

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

/** Mantine NumberInput separators in the UI language (pt-BR and es: "24,67"; en: "24.67"). */
export function decimalProps(locale: string): { decimalSeparator: string; thousandSeparator?: string } {
  return locale === 'en' ? { decimalSeparator: '.' } : { decimalSeparator: ',' };
}
