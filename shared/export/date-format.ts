import type { Locale } from '../domain/locales';

/**
 * The Excel number format of a date cell in a workbook of this language, the day and month in the
 * order the UI writes them (i18n/format.ts): 31/07/2025 in Portuguese and Spanish, 07/31/2025 in
 * English. An English workbook written day first read 05/03/2025 as May 3 to its reader.
 */
export function workbookDateFormat(locale: Locale): string {
  return locale === 'en' ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}
