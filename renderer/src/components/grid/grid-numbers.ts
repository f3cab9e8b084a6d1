const cache = new Map<string, Intl.NumberFormat>();

/** A number as CSV and the clipboard carry it: the locale's decimal mark, no thousands separators. */
export function formatCsvNumber(value: number, locale: string): string {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 });
    cache.set(locale, format);
  }
  return format.format(value);
}
