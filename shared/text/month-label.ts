import { dateFormat } from './locale-format';

/**
 * A month key (2025-04) as the UI and its workbooks write it: "abr. de 2025", "Apr 2025", "abr 2025";
 * any other text as it is.
 */
export function monthLabel(key: string, locale: string): string {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!month) return key;
  const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(first);
}
