import { dateFormat, formatCompact, formatCurrencyBRL, formatNumber } from '../../i18n/format';
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
export const compactMoney = (v: number, locale: Locale): string => `R$ ${formatCompact(v, locale)}`;
export const pct = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : `${formatNumber(v, locale, 1)} %`;
export const ratio = (v: number | null | undefined, locale: Locale): string =>
  v === null || v === undefined ? '–' : formatNumber(v, locale, 2);

/** An ISO date in the UI's short date (UTC: a civil date never shifts a day). */
export function shortDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '–';
  // Anything that is not an ISO date (a value being typed) is shown as it is: formatting an invalid date throws.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) return iso;
  return dateFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The UI's short date back to ISO: dd/mm/yyyy (pt-BR, es), mm/dd/yyyy (en) or ISO as typed. */
export function parseShortDate(text: string, locale: Locale): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3]!.length === 2 ? `20${m[3]}` : m[3])];
  const [day, month] = locale === 'en' ? [b, a] : [a, b];
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
