import { dayNumber } from '../analysis/works/earned-value';
import type { Locale } from '../domain/locales';

/**
 * The Excel number format of a date cell in a workbook of this language, the day and month in the
 * order the UI writes them (i18n/format.ts): 31/07/2025 in Portuguese and Spanish, 07/31/2025 in
 * English. An English workbook written day first read 05/03/2025 as May 3 to its reader.
 */
export function workbookDateFormat(locale: Locale): string {
  return locale === 'en' ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}

/**
 * An ISO day ("2025-07-31") as the value of an Excel date cell: its UTC midnight, which exceljs writes
 * as that day's serial whatever the machine's zone (a local midnight written from Brazil or Japan
 * would land a day off for some readers). Null for anything that is not a calendar day.
 */
export function excelDay(value: unknown): Date | null {
  if (typeof value !== 'string' || !Number.isFinite(dayNumber(value))) return null;
  return new Date(`${value}T00:00:00.000Z`);
}
