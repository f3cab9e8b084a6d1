import { readRefusal, type ErrorParams, type NoValues, type Refusal, type RefusalVocabulary } from '../errors';

/**
 * Why a value entered in a field is refused (a site, an indicator or its values, a territory set, a
 * scenario): `params.reason` of the ArranjoError, next to `params.field` and the values its texts
 * need. The message keeps the English words ("lotsTotal: cannot be negative") for the CLI and logs;
 * the UI translates by the reason.
 */
export const FIELD_REFUSALS = [
  /** Empty where a value is needed. */
  'required',
  /** Not a number (text where a number is due, NaN, Infinity). */
  'number',
  'whole-number',
  'negative',
  /** Below the minimum `min` (inclusive). */
  'at-least',
  /** Above the maximum `max` (inclusive). */
  'at-most',
  /** Not above `min` (exclusive: a positive amount, a chosen item's id). */
  'above',
  /** Not below `max` (exclusive). */
  'below',
  /** Text shorter than `min` characters (longer than one: shorter than one is `required`). */
  'too-short',
  /** Text longer than `max` characters. */
  'too-long',
  /** A list with fewer than `min` items. */
  'too-few-items',
  /** A list with more than `max` items. */
  'too-many-items',
  /** Not one of the allowed values (`options`, comma-separated). */
  'choice',
  /** A text in the wrong form (a pattern without a reason of its own). */
  'format',
  /** An indicator code with characters other than letters, digits, "_", "." and "-". */
  'code-chars',
  /** A period that is not a year (2024, 2024-S1, 2024-03). */
  'period-format',
  /** A scenario criterion source the engine cannot read. */
  'criterion-source',
  /** A minimum above the maximum (an indicator's scale, a criterion's eligibility thresholds). */
  'min-above-max',
  /** An indicator unit outside the list of known units. */
  'unknown-unit',
  /** A built-in indicator's unit or scale cannot change, nor can it be deleted. */
  'built-in',
  /** An indicator that still has `count` values cannot be deleted. */
  'has-values',
  /** A district that still has works, attraction plans, lots, prospects or programme actions (how many of each) cannot be deleted. */
  'site-in-use',
  /** A name or code `value` already used by another item of the same kind (or a scenario alternative, named by `value`, listed twice). */
  'duplicate',
  /** `value` is not an IBGE municipality code (`count` codes, the first few listed in `value`). */
  'not-a-municipality',
  /** `value` names something that does not exist (an indicator, a site). */
  'not-found',
  /** A scenario's pairwise comparison matrix is missing (AHP weights). */
  'ahp-matrix-missing',
  /** `count` weights for `criteria` criteria. */
  'weights-count',
  /** A `size` × `size` pairwise matrix for `criteria` criteria. */
  'matrix-size',
  /** A set of weights (a stakeholder's) that are all zero: nothing to rank by. */
  'zero-weights',
  /** A frozen scenario's alternatives and criterion sources are fixed. */
  'frozen',
  /** A custom territory holding the municipalities of the initiative named `value`: deleted only with it. */
  'initiative-owned',
  /** A cumulative physical progress (`value` %) below the `previous` % measured on `date` (ISO), not flagged as a correction. */
  'progress-below-previous',
  /** A cumulative physical progress (`value` %) above the `next` % measured later, on `date` (ISO), which is no correction. */
  'progress-above-next',
  /** An end date (ISO) before its `start` (ISO): a work's planned or actual end, a restart before the paralysis. */
  'before-start',
  /** A part of an action's participants (women, youth) above the `max` participants it had. */
  'above-participants',
  /** A CNPJ that is not 12 digits or capital letters and 2 right check digits. */
  'cnpj',
  /** A programme period that is not a year, a quarter or a month (2025, 2025-Q1 or 2025-T1, 2025-03). */
  'programme-period',
  /** A YYYY-MM-DD that is no day of the calendar (2025-02-30). */
  'not-a-date',
  /** A value above that of the `other` field, which bounds it (disbursed above committed, the amber threshold above the green). */
  'above-other',
  /** A sector already in the plan (`value`: its code). */
  'in-plan',
  /** The site already has a plan for the period `value`. */
  'plan-exists',
  /** A CNPJ already of another prospect of the district (`value`: that company). */
  'prospect-exists',
  /** A lot sold a second time. */
  'sold-twice',
  /** A lot another prospect of the district already holds (`value`: that company). */
  'lot-taken',
  /** A site without a municipality (`value`: its code): its economy cannot be diagnosed. */
  'no-municipality',
  /** No jobs by IBGE sector in the workspace: nothing to propose target sectors from. */
  'no-sector-jobs',
  /** A code that is no CNAE 2.x division, group, class or subclass (`value`: as typed). */
  'not-cnae',
  /** A programme period outside the programme's dates (`start`, `end`: ISO, '' for open). */
  'outside-programme',
  /** A target on the wrong side of its baseline for the indicator's direction (`direction`: higher-better | lower-better). */
  'target-direction',
  /** A period's actual broken down into parts without the actual itself (`period`: its key). */
  'parts-without-actual',
  /** A period's parts by one `dimension` (sex, age, territory) adding up to `sum`, not to its `actual`. */
  'parts-sum',
  /** An initiative other records point at (`count`: a programme's actions), so it cannot be deleted. */
  'initiative-in-use',
  /**
   * New programme dates that would leave `count` of its targets or actions outside them (`first`: the
   * earliest such target's period key or action's start day).
   */
  'leaves-outside',
  /**
   * A work's new start that would leave `count` of its measurements with progress before it (`first`:
   * the earliest such measurement's day).
   */
  'measured-before',
  /** Anything else: the engine's English words say what. */
  'invalid',
] as const;
export type FieldRefusal = (typeof FIELD_REFUSALS)[number];

export type FieldRefusalValues = RefusalVocabulary<
  FieldRefusal,
  {
    required: NoValues;
    number: NoValues;
    'whole-number': NoValues;
    negative: NoValues;
    'at-least': { min: number };
    'at-most': { max: number };
    above: { min: number };
    below: { max: number };
    'too-short': { min: number };
    'too-long': { max: number };
    'too-few-items': { min: number };
    'too-many-items': { max: number };
    choice: { options: string };
    format: NoValues;
    'code-chars': NoValues;
    'period-format': NoValues;
    'criterion-source': NoValues;
    'min-above-max': { min: number; max: number };
    'unknown-unit': { value: string };
    'built-in': NoValues;
    'has-values': { count: number };
    'site-in-use': { works: number; plans: number; lots: number; prospects: number; actions: number };
    duplicate: { value: string };
    'not-a-municipality': { value: string; count: number };
    'not-found': { value: string };
    'ahp-matrix-missing': NoValues;
    'weights-count': { count: number; criteria: number };
    'matrix-size': { size: number; criteria: number };
    'zero-weights': NoValues;
    frozen: NoValues;
    'initiative-owned': { value: string };
    'progress-below-previous': { value: number; previous: number; date: string };
    'progress-above-next': { value: number; next: number; date: string };
    'before-start': { start: string };
    'above-participants': { max: number };
    cnpj: NoValues;
    'programme-period': NoValues;
    'not-a-date': NoValues;
    'above-other': { other: string };
    'in-plan': { value: string };
    'plan-exists': { value: string };
    'prospect-exists': { value: string };
    'sold-twice': NoValues;
    'lot-taken': { value: string };
    'no-municipality': { value: string };
    'no-sector-jobs': NoValues;
    'not-cnae': { value: string };
    'outside-programme': { start: string; end: string };
    'target-direction': { direction: string };
    'parts-without-actual': { period: string };
    'parts-sum': { period: string; dimension: string; sum: number; actual: number };
    'initiative-in-use': { count: number };
    'leaves-outside': { count: number; first: string };
    'measured-before': { count: number; first: string };
    invalid: NoValues;
  }
>;

/** A field refusal as its params: a switch on `reason` narrows the values. */
export type FieldRefusalParams = Refusal<FieldRefusal, FieldRefusalValues>;

/** The field refusal an error's params name, or null (another kind of error). */
export function fieldRefusal(params: Readonly<ErrorParams> | undefined): FieldRefusalParams | null {
  return readRefusal<FieldRefusal, FieldRefusalValues>(params, FIELD_REFUSALS);
}

export function isFieldRefusal(reason: unknown): reason is FieldRefusal {
  return typeof reason === 'string' && (FIELD_REFUSALS as readonly string[]).includes(reason);
}
