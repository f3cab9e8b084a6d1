import type { z } from 'zod';
import { isFieldRefusal, type FieldRefusal, type FieldRefusalParams, type FieldRefusalValues } from '../domain/field-refusals';
import { ArranjoError, type ErrorCode, type ErrorLocation, type ErrorParams } from '../errors';

/**
 * Checks an input that crossed a boundary (worker RPC, IPC, CLI). The error names the field, so
 * a grid can show it at the cell, and the reason with its values (`params.reason`: see
 * FIELD_REFUSALS), so the UI can say it in the user's language.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || what;
  const refusal: FieldRefusalParams = issue ? refusalOfIssue(issue) : { reason: 'invalid' };
  throw new ArranjoError('INVALID_INPUT', `${field}: ${issue?.message ?? 'invalid value'}`, { column: field }, { field, ...refusal });
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
      if (!issue.inclusive) return { reason: 'invalid' };
      return min === 0 ? { reason: 'negative' } : { reason: 'at-least', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'too-long', max };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too-many-items', max };
      return issue.inclusive ? { reason: 'at-most', max } : { reason: 'invalid' };
    }
    case 'invalid_value':
      return { reason: 'choice', options: issue.values.map(String).join(',') };
    case 'invalid_format':
      return { reason: 'format' };
    case 'custom': {
      const reason = customReason(issue);
      // A custom check names a reason without values (see the schemas); anything else is generic.
      return reason === 'code-chars' || reason === 'period-format' || reason === 'criterion-source' ? { reason } : { reason: 'invalid' };
    }
    default:
      return { reason: 'invalid' };
  }
}
