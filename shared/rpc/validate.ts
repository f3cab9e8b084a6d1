import type { z } from 'zod';
import { isFieldRefusal, type FieldRefusal, type FieldRefusalParams, type FieldRefusalValues } from '../domain/field-refusals';
import { ArranjoError, type ErrorCode, type ErrorLocation, type ErrorParams } from '../errors';
import { englishCount } from '../text/locale-format';

/**
 * Checks an input that crossed a boundary (worker RPC, IPC, CLI). The error names the field, so
 * a grid can show it at the cell, and the reason with its values (`params.reason`: see
 * FIELD_REFUSALS), so the UI can say it in the user's language.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  // With the refused value in each issue (zod 4 leaves it out unless asked): "must be a number, not the
  // text "x"" rather than "is required" for a value that is there but of the wrong kind.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || what;
  const refusal: FieldRefusalParams = issue ? refusalOfIssue(issue) : { reason: 'invalid' };
  // The schemas' own words ("must be a number") stay; zod's defaults ("Invalid input: …") are redone.
  const text = !issue ? 'is not valid' : ZOD_WORDING.test(issue.message) ? plainWords(issue, refusal) : issue.message;
  throw new ArranjoError('INVALID_INPUT', `${field}: ${text}`, { column: field }, { field, ...refusal });
}

/** How zod's default English messages begin (zod/v4/locales/en). */
const ZOD_WORDING = /^(?:Invalid|Too (?:small|big)|Unrecognized key|Expected )/;

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
};

/** What a value is, for "found …". */
function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a value that is not a finite number';
  return KINDS[typeof value] ?? typeof value;
}

/**
 * The refusal in plain English for the CLI and logs, from the issue's structure: zod's own wording
 * ("Invalid input: expected number, received undefined") speaks of its types, not of the value.
 */
function plainWords(issue: z.core.$ZodIssue, refusal: FieldRefusalParams): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      if (refusal.reason === 'required') return 'is required';
      const small = issue.code === 'too_small';
      const bound = englishCount(Number(small ? issue.minimum : issue.maximum));
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' || issue.origin === 'set' ? 'items' : null;
      const limit = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'less than';
      return unit ? `must have ${limit} ${bound} ${unit}` : `must be ${limit} ${bound}`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'custom':
      return issue.message;
    case 'invalid_union': {
      // A discriminated union names the values its key accepts.
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) && options.length > 0 ? `must be one of: ${options.map(String).join(', ')}` : 'is not valid here';
    }
    default:
      return 'is not valid here';
  }
}

/**
 * A refused field value: "field: reason in English" as the message (the CLI prints it), and in
 * `params` the field, the reason and its values (plus `extra`: where in a batch, for instance).
 */
export function refuseField<K extends FieldRefusal>(
  field: string,
  reason: K,
  values: FieldRefusalValues[K],
  text: string,
  options: { code?: ErrorCode; location?: ErrorLocation; extra?: ErrorParams } = {},
): ArranjoError {
  const { code = 'INVALID_INPUT', location = { column: field }, extra = {} } = options;
  return new ArranjoError(code, `${field}: ${text}`, location, { ...extra, field, reason, ...values });
}

/** The schemas' custom checks name their reason in the issue's params (`{ params: { reason } }`). */
function customReason(issue: z.core.$ZodIssue): FieldRefusal | null {
  const reason = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined)?.reason : undefined;
  return isFieldRefusal(reason) ? reason : null;
}

/** Why zod refused a value, from the structure of its issue (never from its wording). */
function refusalOfIssue(issue: z.core.$ZodIssue): FieldRefusalParams {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { reason: 'whole-number' };
      return issue.expected === 'number' ? { reason: 'number' } : { reason: 'invalid' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { reason: 'required' } : { reason: 'too-short', min };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too-few-items', min };
      // An exclusive minimum (zod's positive()): said with its bound, not in zod's English ("must be more than 0").
      if (!issue.inclusive) return { reason: 'above', min };
      return min === 0 ? { reason: 'negative' } : { reason: 'at-least', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'too-long', max };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too-many-items', max };
      return issue.inclusive ? { reason: 'at-most', max } : { reason: 'below', max };
    }
    case 'invalid_value':
      return { reason: 'choice', options: issue.values.map(String).join(',') };
    case 'invalid_format':
      return { reason: 'format' };
    case 'custom': {
      const reason = customReason(issue);
      const start = (issue.params as Record<string, unknown> | undefined)?.start;
      if (reason === 'before-start' && typeof start === 'string') return { reason, start };
      const max = (issue.params as Record<string, unknown> | undefined)?.max;
      if (reason === 'above-participants' && typeof max === 'number') return { reason, max };
      const other = (issue.params as Record<string, unknown> | undefined)?.other;
      if (reason === 'above-other' && typeof other === 'string') return { reason, other };
      // A custom check names a reason without values (see the schemas); anything else is generic.
      return reason === 'code-chars' ||
        reason === 'period-format' ||
        reason === 'criterion-source' ||
        reason === 'cnpj' ||
        reason === 'programme-period' ||
        reason === 'not-a-date'
        ? { reason }
        : { reason: 'invalid' };
    }
    default:
      return { reason: 'invalid' };
  }
}
