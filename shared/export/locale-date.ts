import type { Locale } from '../domain/locales';
import { dateFormat } from '../text/locale-format';

/**
 * An ISO timestamp as a reader of the workbook writes it ("3 de dezembro de 2026, 02:53"), in the
 * machine's time zone, instead of "2026-12-03T02:53:09.000Z". Text that is not a date is kept.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
