import { formatCurrencyBRL, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export const num = (v: number | null | undefined, locale: Locale, digits = 2): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, digits);
export const brl = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatCurrencyBRL(v, locale);
/** A ratio (QL, density) with two decimals always, so a column of them lines up: "0,40", not "0,4". */
export const ratio = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, 2, 2);
/** A signed change in %, one decimal always: "+4,0%" beside "-1,5%", as the rationale writes it. */
export const pct = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : `${v >= 0 ? '+' : ''}${formatNumber(v * 100, locale, 1, 1)}%`;
