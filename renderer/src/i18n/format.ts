import type { Locale } from './locales';

import { dateFormat, formatBrl, formatPercentPoints, NUMERIC_DATE, numberFormat } from '../../../shared/text/locale-format';

/**
 * Number and date formatting in the chosen UI language, on the one cached formatter of the app
 * (shared/text/locale-format.ts: the grids and charts call these per cell and per label). Areas
 * take `numberFormat` and `dateFormat` from here; constructing an Intl formatter elsewhere is a
 * lint error.
 */
export { dateFormat, formatBrl, formatPercentPoints, numberFormat };

/**
 * An ISO date as the UI writes dates (see NUMERIC_DATE); '–' for none; any other text (a value being
 * typed, a day that does not exist) as it is.
 */
export function shortDate(iso: string | null | undefined, locale: Locale): string {
  return iso ? numericDate(iso, locale) : '–';
}

/** The UI's short date back to ISO: dd/mm/yyyy (pt-BR, es), mm/dd/yyyy (en) or ISO as typed. */
export function parseShortDate(text: string, locale: Locale): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? t : null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3]!.length === 2 ? `20${m[3]}` : m[3])];
  const [day, month] = locale === 'en' ? [b, a] : [a, b];
  const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A day that does not exist (31/02) is not a date.
  return isIsoDate(iso) ? iso : null;
}

/** What a DateField answers when its text is no date (it answers a date as YYYY-MM-DD, nothing as ''): a form keeps Save off. */
export function notADate(value: string): boolean {
  return value !== '' && !isIsoDate(value);
}

/** A real calendar day written YYYY-MM-DD (2025-02-31 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** An ISO date as typed in a date field of the UI language: 30/06/2025 (pt-BR, es), 06/30/2025 (en). */
export function numericDate(iso: string, locale: Locale): string {
  return isIsoDate(iso) ? dateFormat(locale, NUMERIC_DATE).format(new Date(`${iso}T00:00:00Z`)) : iso;
}

export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A number with at most `maximumFractionDigits` decimals, and at least `minimumFractionDigits` (a column of scores aligned). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return numberFormat(locale, { minimumFractionDigits, maximumFractionDigits }).format(value);
}

/** A number without thousands grouping ("1200", "1,2"): where a grouped "1.200" would read two ways. */
export function ungroupedNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/** "1,2 mi" style labels for chart axes, where full digits would crowd the axis. */
export function formatCompact(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatCurrencyBRL(value: number, locale: Locale): string {
  return formatBrl(value, locale);
}

/** A value with its unit: currency for R$, a percent sign for %, otherwise the unit after the number. */
export function formatWithUnit(value: number | null, unit: string, locale: Locale, missing = '–'): string {
  if (value === null || !Number.isFinite(value)) return missing;
  const trimmed = unit.trim();
  if (trimmed === 'R$' || trimmed === 'BRL') return formatCurrencyBRL(value, locale);
  if (trimmed === '%') return formatPercentPoints(value, locale);
  const digits = Number.isInteger(value) ? 0 : 2;
  const text = formatNumber(value, locale, digits);
  return trimmed ? `${text} ${trimmed}` : text;
}

/**
 * A file's size as a file manager shows it (1 KB = 1,024 bytes): whole kilobytes below a megabyte,
 * megabytes with one decimal above ("8,3 MB", not "8.528 KB" for the demo workspace).
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatInteger(Math.max(1, Math.ceil(kb)), locale)} KB`;
  return `${formatNumber(kb / 1024, locale, 1, 1)} MB`;
}

/** A moment (local time): the UI's date (see NUMERIC_DATE) and hours:minutes, "04/12/2026, 21:30". */
const DATE_TIME: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };

export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  // A stored text that is no moment (a workspace edited outside Arranjo) is shown as it is:
  // formatting an invalid date throws, and would take the grid or panel showing it down.
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '–';
  return dateFormat(locale, DATE_TIME).format(date);
}

/**
 * Mantine NumberInput separators, grouped, for amounts (money, counts) in the UI language: pt-BR and
 * es "1.380.000,5", en "1,380,000.5".
 */
export function groupedDecimalProps(locale: string): { decimalSeparator: string; thousandSeparator: string } {
  return locale === 'en' ? { decimalSeparator: '.', thousandSeparator: ',' } : { decimalSeparator: ',', thousandSeparator: '.' };
}
