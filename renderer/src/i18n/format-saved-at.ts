import type { TFunction } from 'i18next';
import type { Locale } from './locales';
import { dateFormat, formatDateTime } from './format';

/** "Salvo às 14:05" today, "Salvo em 03/02/2026, 14:05" on another day. */
export function formatSavedAt(t: TFunction, iso: string, locale: Locale, now: Date = new Date()): string {
  const date = new Date(iso);
  if (date.toDateString() === now.toDateString()) {
    return t('workspace.savedAtTime', { time: dateFormat(locale, { timeStyle: 'short' }).format(date) });
  }
  return t('workspace.savedAtDate', { date: formatDateTime(date, locale) });
}
