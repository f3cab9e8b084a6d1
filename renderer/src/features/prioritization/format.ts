import { formatNumber as formatLocale, formatPercentPoints } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * Numbers in the UI language, never "-0" and never "NaN": a score of −1e−17 (two flows that cancel)
 * reads 0, and a value that is not a number reads "–". A column of scores gives the same
 * `minimumFractionDigits` as its maximum, as its workbook does (0.0000): 1,0000 over 0,2683 and
 * 0,0600, not 1 and 0,06.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  const tiny = Math.abs(value) < 0.5 * 10 ** -maximumFractionDigits;
  return formatLocale(tiny ? 0 : value, locale, maximumFractionDigits, minimumFractionDigits);
}

/** Percentage points as the language writes them ("27,8%", es "27,8 %"), with `formatNumber`'s guards. */
export function formatPercent(points: number, locale: Locale, maximumFractionDigits = 1): string {
  if (!Number.isFinite(points)) return '–';
  const tiny = Math.abs(points) < 0.5 * 10 ** -maximumFractionDigits;
  return formatPercentPoints(tiny ? 0 : points, locale, maximumFractionDigits);
}
