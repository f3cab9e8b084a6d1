import { formatCurrencyBRL, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export const num = (v: number | null | undefined, locale: Locale, digits = 2): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, digits);
export const brl = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatCurrencyBRL(v, locale);
export const pct = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : `${v >= 0 ? '+' : ''}${formatNumber(v * 100, locale, 1)}%`;
