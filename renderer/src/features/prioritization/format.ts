import { formatNumber as formatLocale } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * Numbers in the UI language, never "-0" and never "NaN": a score of −1e−17 (two flows that cancel)
 * reads 0, and a value that is not a number reads "–".
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '–';
  const tiny = Math.abs(value) < 0.5 * 10 ** -maximumFractionDigits;
  return formatLocale(tiny ? 0 : value, locale, maximumFractionDigits);
}
