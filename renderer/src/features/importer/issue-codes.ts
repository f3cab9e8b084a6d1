import type { TFunction } from 'i18next';
import { IMPORT_ISSUE_CODES, isImportIssueCode, type ImportIssueCode } from '../../../../shared/domain/import-codes';
import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../../../shared/domain/types';
import type { ImportIssue } from '../../../../shared/import/api';
import type { Locale } from '../../i18n/locales';
import { formatNumber, isIsoDate, numericDate, ungroupedNumber } from '../../i18n/format';
import { monthLabel } from '../../i18n/period-label';

const isMeasure = (m: string): m is Measure => (MEASURES as readonly string[]).includes(m);
const isClassification = (c: string): c is Classification => (CLASSIFICATIONS as readonly string[]).includes(c);

/** The engine's row-problem codes (shared/domain/import-codes.ts); the UI names each in the user's language. */
export const ISSUE_CODES = IMPORT_ISSUE_CODES;
export type IssueCode = ImportIssueCode;
export const isIssueCode = isImportIssueCode;

/**
 * "not-a-number" → "Não é um número". The key is typed by the code list, so a code without a text in
 * the locale files fails the type check; a code this version does not know is shown as it is.
 */
export function issueCodeLabel(t: TFunction<'importer'>, code: string): string {
  return isIssueCode(code) ? t(`issueCodes.${code}`) : code;
}

/** Codes whose message needs the engine's params (the others need only the cell's value, or nothing). */
export const NEEDS_PARAMS: readonly IssueCode[] = [
  'unknown-territory',
  'ambiguous-territory',
  'ambiguous-site',
  'unknown-sector',
  'duplicate-key',
  'rows-combined',
  'identical-row',
  'cells-past-header',
  'total-mismatch',
  'sector-skipped',
  'sector-mapped',
  'mixed-levels',
  'stored-level',
  'territory-name-mismatch',
  'state-mismatch',
  'initiative-text-too-long',
  'field-too-long',
  'initiative-members-removed',
  'initiative-named-as-municipality',
  'initiative-near-duplicate',
  'progress-decreased',
  'measured-before-start',
  'start-after-measured',
  'progress-fraction',
  'ambiguous-decimal',
  'mixed-decimal',
  'above-max',
  'committed-above-budget',
  'progress-on-unstarted-work',
];

/**
 * A row problem's message in the user's language, from its code and params. Every code has a text in
 * every language (test/unit/renderer/import-messages.test.ts); only a code this version does not know,
 * or one whose params an older engine did not give, keeps the engine's English detail.
 */
export function issueMessage(t: TFunction<'importer'>, issue: ImportIssue, locale: Locale): string {
  const { code, params = {} } = issue;
  if (!isIssueCode(code) || (NEEDS_PARAMS.includes(code) && issue.params === undefined)) return issue.message;
  const num = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumber(v, locale) : String(v ?? ''));
  const measure =
    typeof params.measure === 'string' && isMeasure(params.measure) ? t(`measures.${params.measure}`).toLocaleLowerCase(locale) : '';
  const classificationName = (c: string): string => (isClassification(c) ? t(`classifications.${c}`) : c);
  const classification = typeof params.classification === 'string' ? classificationName(params.classification) : '';
  const how = params.how === 'sum' || params.how === 'mean' || params.how === 'last' ? t(`issueMessages.how.${params.how}`) : '';
  // A repeated key of another import than employment's (a site, a work, an indicator's value) names
  // only the row that gave it first: its own text, not employment's sector and measure.
  const key = code === 'duplicate-key' && params.measure === undefined ? 'duplicateRow' : code;
  const text = t(`issueMessages.${key}`, {
    value: issue.value ?? '',
    rows: num(params.rows),
    count: typeof params.count === 'number' ? params.count : 0,
    measure,
    classification,
    how,
    territory: String(params.territory ?? ''),
    sector: String(params.sector ?? ''),
    year: String(params.year ?? ''),
    first: num(params.first),
    total: num(params.total),
    sum: num(params.sum),
    codes: String(params.codes ?? ''),
    dot: String(params.dot ?? ''),
    comma: String(params.comma ?? ''),
    // Without grouping: «1.200» read as 1200 or as 1,2, never as a "1.200" that reads both ways again.
    read: typeof params.read === 'number' ? ungroupedNumber(params.read, locale) : '',
    // Up to four decimals: a fraction such as 0.455 (progress-fraction) is not rounded to "0,46".
    progress: typeof params.progress === 'number' ? formatNumber(params.progress, locale, 4) : '',
    previous: num(params.previous),
    max: num(params.max),
    percent: num(params.percent),
    date: typeof params.date === 'string' ? issueDate(params.date, locale) : '',
    levels: typeof params.levels === 'string' ? params.levels.split(', ').map(classificationName).join(', ') : '',
    file: String(params.file ?? ''),
    length: num(params.length),
    other: String(params.other ?? ''),
    otherRow: num(params.otherRow),
    cells: num(params.cells),
    columns: num(params.columns),
    separator: params.separator === '\t' ? 'TAB' : String(params.separator ?? ''),
    interpolation: { escapeValue: false },
  });
  const options = typeof params.options === 'string' ? params.options : '';
  return options ? `${text} ${t('issueMessages.didYouMean', { options, interpolation: { escapeValue: false } })}` : text;
}

/** A date an issue names (a measurement's day, a schedule's month) as the locale writes it. */
function issueDate(text: string, locale: Locale): string {
  return isIsoDate(text) ? numericDate(text, locale) : monthLabel(text, locale);
}
