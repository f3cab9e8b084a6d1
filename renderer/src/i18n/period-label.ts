import type { TFunction } from 'i18next';
import { monthLabel } from '../../../shared/text/month-label';
import type { Locale } from './locales';

/** A month key as the UI writes it: the workbooks write months the same way (shared/text/month-label.ts). */
export { monthLabel };

/**
 * A period key as the UI writes it. Periods are stored and exchanged as keys (2025, 2025-Q1,
 * 2025-04: what imports, the results framework and the workbooks take), and "Q" is English: a
 * quarter reads "1º trim. 2025", "Q1 2025" or "T1 2025", a month "abr. de 2025", "Apr 2025" or
 * "abr 2025"; a year, or any other text, as it is; no period (a header that names none) "?".
 */
export function periodLabel(key: string | null, locale: Locale, t: TFunction<'translation'>): string {
  if (key === null) return '?';
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('periods.quarter', { q: Number(quarter[2]), year: quarter[1] });
  return monthLabel(key, locale);
}

/**
 * A period key as a planner types it in this language: a quarter with T (trimestre) in pt-BR and
 * es, "2025-T1", with Q in en; a year or a month as stored. The field reads both spellings
 * (parsePeriod), so what it shows can be saved again as it is.
 */
export function periodInputText(key: string, t: TFunction<'translation'>): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  return quarter ? t('periods.quarterInput', { q: Number(quarter[2]), year: quarter[1] }) : key;
}
