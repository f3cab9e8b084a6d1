import { formatCurrencyBRL, formatNumber, formatPercentPoints } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export const num = (v: number | null | undefined, locale: Locale, digits = 2): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, digits);
export const brl = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatCurrencyBRL(v, locale);
/** A ratio (QL, density) with two decimals always, so a column of them lines up: "0,40", not "0,4". */
export const ratio = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, 2, 2);
/** A signed change in %, one decimal always: "+4,0%" beside "-1,5%" (es "+4,0 %"), as the rationale writes it. */
export const pct = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatPercentPoints(v * 100, locale, 1, 1, true);
/** A share in percentage points (a land discount of 50): "50%" (es "50 %"), '–' for none. */
export const percent = (v: number | null | undefined, locale: Locale, digits = 1): string =>
  v === null || v === undefined ? '–' : formatPercentPoints(v, locale, digits);
