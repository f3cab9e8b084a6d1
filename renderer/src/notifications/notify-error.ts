import i18next from 'i18next';
import { fieldRefusal, type FieldRefusalParams } from '../../../shared/domain/field-refusals';
import { BACKUP_ADVICE } from '../../../shared/errors';
import { formatNumber, shortDate, ungroupedNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { periodLabel } from '../i18n/period-label';
import { toEngineError, type EngineErrorLike } from '../lib/engine-error';
import { notify, type NotificationText } from './store';

/**
 * Where the UI names the fields the engine refuses: the few errors name in their own words first (a
 * measurement's progress), a district's, then those of the import layouts of works, measurements,
 * attraction plans, programmes and initiatives (the forms' fields bear the same names), then an
 * initiative's governance. The loaded language's texts hold them all.
 */
const FIELD_LABELS = [
  'errors.fields',
  'sites.fields',
  'importer:workFields',
  'importer:measurementFields',
  'importer:planFields',
  'importer:programmeFields',
  'importer:initiativeFields',
  'initiatives:profile.fields',
] as const;

/** A key built at run time (checked with `exists` first): i18next's typed `t` takes literal keys only. */
const anyKey = (key: string): string => (i18next.t as (key: string) => string)(key);

/**
 * The translated label of a field the engine names ("lotsTotal" → "Lotes (total)", "budgetPlanned" →
 * "Orçamento previsto (R$)"); for a path ("targets.0.period") its last name. A field no table names
 * stays as the engine wrote it.
 */
export function fieldLabel(field: string): string {
  const name =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field;
  for (const table of FIELD_LABELS) {
    const key = `${table}.${name}`;
    if (i18next.exists(key)) return anyKey(key);
  }
  return field;
}

/** A period key (2025-Q1) as the UI writes it ("1º trim. 2025"). */
const periodText = (key: string): string => periodLabel(key, i18next.language as Locale, i18next.t);

/** The engine's own words for a refusal: its message without the leading "field: ". */
function engineReason(message: string): string {
  return message.includes(': ') ? message.slice(message.indexOf(': ') + 2) : message;
}

/**
 * A bound of a refused number as the UI language writes numbers: 10.000.000.000.000 in pt-BR (it read
 * 10000000000000), 0,5 for a half; below 10 000 without grouping, so a year stays 2200, not "2.200".
 */
const bound = (n: number): string => {
  const locale = i18next.language as Locale;
  return Math.abs(n) >= 10_000 ? formatNumber(n, locale, 6) : ungroupedNumber(n, locale);
};

/**
 * A field refusal in the app's general words, with the values its reason carries. Every reason has
 * a text: the switch is exhaustive, so a reason added to FIELD_REFUSALS fails the type check until
 * it is given one. `invalid` (a refusal with no reason of its own) keeps the engine's words as a detail.
 */
export function fieldRefusalText(r: FieldRefusalParams, engineMessage: string): string {
  switch (r.reason) {
    case 'required':
      return i18next.t('errors.validation.required');
    case 'number':
      return i18next.t('errors.validation.number');
    case 'whole-number':
      return i18next.t('errors.validation.wholeNumber');
    case 'negative':
      return i18next.t('errors.validation.negative');
    case 'at-least':
      return i18next.t('errors.validation.atLeast', { min: bound(r.min) });
    case 'at-most':
      return i18next.t('errors.validation.atMost', { max: bound(r.max) });
    case 'above':
      return i18next.t('errors.validation.above', { min: bound(r.min) });
    case 'below':
      return i18next.t('errors.validation.below', { max: bound(r.max) });
    case 'too-short':
      return i18next.t('errors.validation.tooShort', { min: r.min });
    case 'too-long':
      return i18next.t('errors.validation.tooLong', { max: r.max });
    case 'too-few-items':
      return i18next.t('errors.validation.tooFewItems', { count: r.min });
    case 'too-many-items':
      return i18next.t('errors.validation.tooManyItems', { count: r.max });
    case 'choice':
      return i18next.t('errors.validation.choice', { options: r.options.split(',').join(', ') });
    case 'format':
      return i18next.t('errors.validation.format');
    case 'code-chars':
      return i18next.t('errors.validation.codeChars');
    case 'period-format':
      return i18next.t('errors.validation.periodFormat');
    case 'criterion-source':
      return i18next.t('errors.validation.criterionSource');
    case 'min-above-max':
      return i18next.t('errors.validation.minAboveMax', { min: r.min, max: r.max });
    case 'unknown-unit':
      return i18next.t('errors.validation.unknownUnit', { value: r.value });
    case 'built-in':
      return i18next.t('errors.validation.builtIn');
    case 'has-values':
      return i18next.t('errors.validation.hasValues', { count: r.count });
    case 'site-in-use': {
      const held = (['works', 'plans', 'lots', 'prospects', 'actions'] as const).filter((k) => r[k] > 0);
      const items = new Intl.ListFormat(i18next.language, { type: 'conjunction' }).format(
        held.map((k) => i18next.t(`errors.validation.siteHolds.${k}`, { count: r[k] })),
      );
      return i18next.t('errors.validation.siteInUse', { items });
    }
    case 'duplicate':
      return i18next.t('errors.validation.duplicate');
    case 'not-a-municipality':
      return i18next.t('errors.validation.municipality');
    case 'not-found':
      return i18next.t('errors.validation.notFound', { value: r.value });
    case 'ahp-matrix-missing':
      return i18next.t('errors.validation.ahpMatrixMissing');
    case 'weights-count':
      return i18next.t('errors.validation.weightsCount', { count: r.count, criteria: r.criteria });
    case 'matrix-size':
      return i18next.t('errors.validation.matrixSize', { size: r.size, criteria: r.criteria });
    case 'zero-weights':
      return i18next.t('errors.validation.zeroWeights');
    case 'frozen':
      return i18next.t('errors.validation.frozen');
    case 'initiative-owned':
      return i18next.t('errors.validation.initiativeOwned', { name: r.value });
    case 'progress-below-previous':
      return i18next.t('errors.validation.progressBelowPrevious', {
        value: formatNumber(r.value, i18next.language as Locale, 1),
        previous: formatNumber(r.previous, i18next.language as Locale, 1),
        date: shortDate(r.date, i18next.language as Locale),
      });
    case 'progress-above-next':
      return i18next.t('errors.validation.progressAboveNext', {
        value: formatNumber(r.value, i18next.language as Locale, 1),
        next: formatNumber(r.next, i18next.language as Locale, 1),
        date: shortDate(r.date, i18next.language as Locale),
      });
    case 'before-start':
      return i18next.t('errors.validation.beforeStart', {
        start: shortDate(r.start, i18next.language as Locale),
      });
    case 'above-participants':
      return i18next.t('errors.validation.aboveParticipants', { count: r.max });
    case 'cnpj':
      return i18next.t('errors.validation.cnpj');
    case 'programme-period':
      return i18next.t('errors.validation.programmePeriod');
    case 'not-a-date':
      return i18next.t('errors.validation.notADate');
    case 'above-other':
      return i18next.t('errors.validation.aboveOther', { other: fieldLabel(r.other) });
    case 'in-plan':
      return i18next.t('errors.validation.inPlan', { value: r.value });
    case 'plan-exists':
      return i18next.t('errors.validation.planExists', { value: r.value });
    case 'prospect-exists':
      return i18next.t('errors.validation.prospectExists', { value: r.value });
    case 'sold-twice':
      return i18next.t('errors.validation.soldTwice');
    case 'lot-taken':
      return i18next.t('errors.validation.lotTaken', { value: r.value });
    case 'no-municipality':
      return i18next.t('errors.validation.noMunicipality', { value: r.value });
    case 'no-sector-jobs':
      return i18next.t('errors.validation.noSectorJobs');
    case 'not-cnae':
      return i18next.t('errors.validation.notCnae', { value: r.value });
    case 'outside-programme':
      return i18next.t('errors.validation.outsideProgramme', {
        start: r.start ? shortDate(r.start, i18next.language as Locale) : '…',
        end: r.end ? shortDate(r.end, i18next.language as Locale) : '…',
      });
    case 'target-direction':
      return i18next.t(r.direction === 'lower-better' ? 'errors.validation.targetAboveBaseline' : 'errors.validation.targetBelowBaseline');
    case 'parts-without-actual':
      return i18next.t('errors.validation.partsWithoutActual', { period: periodText(r.period) });
    case 'parts-sum':
      return i18next.t('errors.validation.partsSum', {
        period: periodText(r.period),
        dimension: i18next.t(`errors.dimensions.${r.dimension === 'sex' || r.dimension === 'age' ? r.dimension : 'territory'}`),
        sum: formatNumber(r.sum, i18next.language as Locale),
        actual: formatNumber(r.actual, i18next.language as Locale),
      });
    case 'initiative-in-use':
      return i18next.t('errors.validation.initiativeInUse', { count: r.count });
    case 'leaves-outside':
      return i18next.t('errors.validation.leavesOutside', {
        count: r.count,
        first: /^\d{4}-\d{2}-\d{2}$/.test(r.first) ? shortDate(r.first, i18next.language as Locale) : periodText(r.first),
      });
    case 'measured-before':
      return i18next.t('errors.validation.measuredBefore', { count: r.count, first: shortDate(r.first, i18next.language as Locale) });
    case 'invalid':
      return i18next.t('errors.validation.invalid', { detail: engineReason(engineMessage) });
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}

/**
 * Why a field's value was refused, without the field: translated by `params.reason` (see
 * FIELD_REFUSALS); an error without a field reason keeps the engine's own words (the part of its
 * message after "field: ").
 */
export function fieldReasonText(error: EngineErrorLike): string {
  const refusal = fieldRefusal(error.params);
  return refusal ? fieldRefusalText(refusal, error.message) : engineReason(error.message);
}

/** "Arquivo: x.arranjo · Linha 12 · Coluna Ano" — where the problem is, translated. */
export function describeLocationText(error: EngineErrorLike): string | null {
  const { file, sheet, row, column } = error.location;
  const parts: string[] = [];
  if (file) parts.push(i18next.t('errors.location.file', { file }));
  if (sheet) parts.push(i18next.t('errors.location.sheet', { sheet }));
  if (row !== undefined) parts.push(i18next.t('errors.location.row', { row }));
  // A refused field is named, translated, by the message ("Setor IBGE: …"): not again as its code ("Coluna: sectorCode").
  const refusedField = (error.code === 'INVALID_INPUT' || error.code === 'CONSTRAINT') && typeof error.params.field === 'string';
  if (column && error.code !== 'INVALID_INPUT' && !refusedField) parts.push(i18next.t('errors.location.column', { column }));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The desktop keeps the previous version of a workspace as `.bak` beside it; the browser's store keeps none. */
const onDesktop = (): boolean => typeof window !== 'undefined' && window.arranjo?.platform === 'electron';

/** The reasons a file could not be read or written that have a text of their own (errors.fileAccess). */
const FILE_ACCESS_REASONS = ['quota', 'ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'ENAMETOOLONG'] as const;
const isFileAccessReason = (reason: unknown): reason is (typeof FILE_ACCESS_REASONS)[number] =>
  (FILE_ACCESS_REASONS as readonly unknown[]).includes(reason);

/**
 * The user-facing text of an engine error: translated by its code, with the field or file it is
 * about. The engine's own (English) message stays available as a detail line for errors that are
 * not refusals of a value.
 */
export function translateError(error: unknown): { title: string; message: string; details: string[]; raw: EngineErrorLike } {
  const e = toEngineError(error);
  const file = e.location.file ?? '';
  const title = i18next.t(`errors.title.${e.code}`);
  let message: string;
  if (e.code === 'INVALID_INPUT' || e.code === 'CONSTRAINT') {
    const field = typeof e.params.field === 'string' ? e.params.field : (e.location.column ?? '');
    const reason = fieldReasonText(e);
    message = field ? i18next.t('errors.fieldProblem', { field: fieldLabel(field), reason }) : reason;
  } else if (e.code === 'CORRUPT_WORKSPACE' && e.params.reason === 'json') {
    // Stored JSON its readers cannot read: the engine names the table and column (shared/db/json-check.ts).
    message = i18next.t(onDesktop() ? 'errors.unreadableData' : 'errors.inBrowser.unreadableData', { ...e.params, file });
  } else if (e.code === 'CORRUPT_WORKSPACE' && !onDesktop()) {
    message = i18next.t('errors.inBrowser.corruptWorkspace', { file });
  } else if (e.code === 'NOT_SQLITE' && (e.params.reason === 'gzip' || e.params.reason === 'zip')) {
    message = i18next.t(e.params.reason === 'gzip' ? 'errors.packedGzip' : 'errors.packedZip', { file });
  } else if (e.code === 'FILE_ACCESS' && isFileAccessReason(e.params.reason)) {
    // Why the file could not be read or written, when the shell says (a full disk, the browser's quota…):
    // the generic text ("check that it exists, that the folder allows writing…") sent the planner looking.
    message = i18next.t(`errors.fileAccess.${e.params.reason}`, { file });
  } else if (e.code === 'WORKSPACE_CHANGED' && e.params.reason === 'other-tab') {
    // The browser's store: the other writer is a tab of this app, not a program.
    message = i18next.t('errors.changedInOtherTab', { file });
  } else {
    message = i18next.t(`errors.message.${e.code}`, { ...e.params, file });
  }
  const details: string[] = [];
  const where = describeLocationText(e);
  if (where) details.push(where);
  // A refusal is worded whole by its reason (one without a reason of its own quotes the engine in its
  // message): the engine's English is kept as a detail only for other errors (a file, a disk, a bug).
  // The browser has no .bak: the engine's advice to open it goes (the message says what to do instead).
  const engineText = e.code === 'CORRUPT_WORKSPACE' && !onDesktop() ? e.message.replace(` ${BACKUP_ADVICE}`, '') : e.message;
  if (engineText && engineText !== message && !isRefusal(e)) details.push(i18next.t('errors.engineSays', { message: engineText }));
  return { title, message, details, raw: e };
}

/**
 * A refusal of one of a form's own fields, worded for the field (`reason`, without its label: the
 * field shows that), or null when the error is about something else (the form then notifies it).
 * The engine names the field by the input's key; a path's last name ("targets.0.period") counts.
 */
export function formFieldRefusal<F extends string>(error: unknown, fields: readonly F[]): { field: F; reason: string } | null {
  const e = toEngineError(error);
  if (!isRefusal(e) || typeof e.params.field !== 'string') return null;
  const name = e.params.field.split('.').pop();
  const field = fields.find((f) => f === name);
  return field === undefined ? null : { field, reason: fieldReasonText(e) };
}

/**
 * Whether an error refuses a value (a field out of range, a rule the data breaks): an edit corrects
 * it, so its notification goes once an edit saves. Other errors (a file, a save) stay until closed.
 */
export function isRefusal(error: unknown): boolean {
  const { code } = toEngineError(error);
  return code === 'INVALID_INPUT' || code === 'CONSTRAINT';
}

/**
 * An error as a notification, worded at each render: in the language in use, also after a switch
 * (give `context` as a function, `(lng) => t('…', { lng })`, for it to follow too).
 */
export function notifyError(error: unknown, context?: NotificationText): void {
  const words = errorWords(error);
  notify({
    kind: 'error',
    refusal: isRefusal(error),
    title: (lng) => {
      const { title } = words(lng);
      const before = context === undefined ? '' : context(lng);
      return before ? `${before}: ${title}` : title;
    },
    message: (lng) => words(lng).message,
    details: (lng) => words(lng).details,
  });
}

/**
 * `translateError(error)` worded once per language: a notification card asks for its title, message
 * and details at each render, and would otherwise translate the same error three times.
 */
export function errorWords(error: unknown): (lng: string) => ReturnType<typeof translateError> {
  let cached: { lng: string; words: ReturnType<typeof translateError> } | null = null;
  return (lng) => {
    if (cached?.lng !== lng) cached = { lng, words: translateError(error) };
    return cached.words;
  };
}
