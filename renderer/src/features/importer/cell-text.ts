import { numberFormat } from '../../../../shared/text/locale-format';
import type { ImportIssue } from '../../../../shared/import/api';
import type { Locale } from '../../i18n/locales';

/** An issue's value as the review and its CSV show it: a number the engine read, in the UI language. */
export function issueValueText(issue: Pick<ImportIssue, 'value' | 'numeric'>, locale: Locale): string {
  return issue.value === undefined ? '' : sheetCellText(issue.value, issue.numeric === true, locale);
}

/**
 * A sheet cell's text as the wizard shows it: a number a workbook held (whose text the engine writes
 * "0.25") in the UI language, without grouping, every digit kept ("0,25", "1234,5", a code 3106200
 * as it is); any other text as the file has it (a CSV's "0.25" is what the file says).
 */
export function sheetCellText(text: string, numeric: boolean, locale: Locale): string {
  if (!numeric) return text;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21 || /e/i.test(text)) return text;
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: Math.min(decimals, 20) }).format(value);
}
