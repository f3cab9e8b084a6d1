import { numberFormat } from '../../i18n/format';

/** A number as CSV and the clipboard carry it: the locale's decimal mark, no thousands separators. */
export function formatCsvNumber(value: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
