import { formatCompact, formatCurrencyBRL, formatNumber, formatPercentPoints } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { WorkHealth } from '../../../../shared/features/works/types';

/** Colours of schedule health: one meaning everywhere (grid badge, Gantt bar, legend). */
export const HEALTH_COLORS: Record<WorkHealth, string> = {
  'on-schedule': '#2f9e44',
  late: '#e03131',
  paralysed: '#f08c00',
  completed: '#1971c2',
  'not-started': '#868e96',
  cancelled: '#495057',
};

export const money = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatCurrencyBRL(v, locale);
/** "R$ 6,9 mi": the symbol kept on the number's line (a narrow cell wrapped it, "R$ / 760K" at 1024 px). */
export const compactMoney = (v: number, locale: Locale): string => `R$\u00a0${formatCompact(v, locale)}`;
/** A progress percentage, one decimal always: a column read "25 %" beside "80,7 %". */
export const pct = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatPercentPoints(v, locale, 1, 1);
export const ratio = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, 2);
