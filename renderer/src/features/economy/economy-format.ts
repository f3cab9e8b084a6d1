import { MISSING_REASON_TEXT, type MissingReason } from '../../../../shared/analysis/economy/types';
import { formatBrl, numberFormat } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { slug as foldSlug } from '../../../../shared/text/fold';
import type { Measure } from '../../../../shared/domain/types';

/**
 * Number formats of the diagnosis, in the UI language. Every formatter takes `number | null` and
 * returns null for a value that is missing or not finite: the caller then shows the empty value
 * with its reason — NaN or Infinity never reach the screen.
 */
const format = numberFormat;

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** Location quotients, densities and indices: always two decimals ("2,37", "1,00"). */
export function formatRatio(value: number | null | undefined, locale: Locale, digits = 2): string | null {
  return finite(value) ? format(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value) : null;
}

/** Jobs and other counts: whole numbers with the locale's grouping. */
export function formatCount(value: number | null | undefined, locale: Locale): string | null {
  return finite(value) ? format(locale, { maximumFractionDigits: 0 }).format(value) : null;
}

/** Changes in jobs (shift-share effects): signed whole numbers, "+719", "−331". */
export function formatSignedCount(value: number | null | undefined, locale: Locale): string | null {
  if (!finite(value)) return null;
  // −0.4 rounds to "-0": an effect that small is no change.
  const rounded = Math.round(value);
  return format(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(rounded === 0 ? 0 : rounded);
}

/** Value added and payroll are reais; jobs and establishments are counts. */
export function isMoney(measure: Measure): boolean {
  return measure === 'value_added' || measure === 'payroll';
}

/** A value of the measure shown: reais in the locale's currency format ("R$ 1.234.567"), else a count. */
export function formatAmount(value: number | null | undefined, measure: Measure, locale: Locale): string | null {
  if (!isMoney(measure)) return formatCount(value, locale);
  return finite(value) ? formatBrl(value, locale, { maximumFractionDigits: 0 }) : null;
}

/** A change of the measure (shift-share effects): signed, in reais for money ("+R$ 719"), else a count. */
export function formatSignedAmount(value: number | null | undefined, measure: Measure, locale: Locale): string | null {
  if (!isMoney(measure)) return formatSignedCount(value, locale);
  if (!finite(value)) return null;
  const rounded = Math.round(value);
  return formatBrl(rounded === 0 ? 0 : rounded, locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
}

/** A ratio as a percentage: 0.0298 → "2,98 %"-style text in the locale (signed for growth rates). */
export function formatPercent(value: number | null | undefined, locale: Locale, { signed = false, digits = 1 } = {}): string | null {
  if (!finite(value)) return null;
  return format(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

export const REASON_CODES = Object.keys(MISSING_REASON_TEXT) as MissingReason[];

function isReasonCode(code: string): code is MissingReason {
  return (REASON_CODES as string[]).includes(code);
}

const CODE_BY_TEXT = new Map(Object.entries(MISSING_REASON_TEXT).map(([code, text]) => [text, code as MissingReason]));

/**
 * The reason code of an empty value. LQ rows carry their code; shift-share and diversity rows carry
 * the engine's English text only, which maps back to its code here so the UI can translate it.
 */
export function reasonCode(row: { reasonCode?: string | null; reason: string | null }): MissingReason | null {
  if (row.reasonCode && isReasonCode(row.reasonCode)) return row.reasonCode;
  return row.reason ? (CODE_BY_TEXT.get(row.reason) ?? null) : null;
}

/** "betim", "sao-joao-del-rei": a file-name part without accents or spaces. */
export function slug(text: string): string {
  return foldSlug(text) || 'territorio';
}

/** The workbook's file name: "diagnostico-betim-2020.xlsx" (the stem in the UI language: "diagnosis-…" in English). */
export function workbookFileName(stem: string, territoryName: string, year: number): string {
  return `${stem}-${slug(territoryName)}-${year}.xlsx`;
}
