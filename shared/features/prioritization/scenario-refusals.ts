import { ArranjoError, readRefusal, type ErrorParams, type NoValues, type Refusal, type RefusalVocabulary } from '../../errors';
import { refuseField } from '../../rpc/validate';

/**
 * Why a scenario cannot be ranked or analysed: `params.reason` of the ArranjoError, next to the
 * values its texts need. The English message stays for the CLI and logs; the UI translates by the reason.
 */
export const SCENARIO_REFUSALS = [
  /** The scenario has no criteria. */
  'no-criteria',
  /** Fewer than two alternatives left after the eligibility rules and the missing-value policy. */
  'too-few',
  /** Every weight is zero. */
  'zero-weights',
  /** Stakeholder analysis of a scenario without weight sets. */
  'no-weight-sets',
  /** A comparison of fewer than two scenarios. */
  'compare-two',
  /** Every criterion has the same value for every ranked alternative. */
  'all-constant',
  /** Entropy weights or sum normalization over a criterion with a negative value. */
  'negative-values',
  /** A missing-value policy that imputes, on a criterion no alternative has a value for. */
  'no-values',
] as const;
export type ScenarioRefusal = (typeof SCENARIO_REFUSALS)[number];

export type ScenarioRefusalValues = RefusalVocabulary<
  ScenarioRefusal,
  {
    'no-criteria': NoValues;
    'too-few': { ranked: number; excluded: number };
    'zero-weights': NoValues;
    'no-weight-sets': NoValues;
    'compare-two': NoValues;
    'all-constant': NoValues;
    /** `criterion`: its index in the scenario; `by`: what needs values of 0 or more. */
    'negative-values': { criterion: number; value: number; by: 'entropy' | 'sum' };
    /** `criterion`: its index in the scenario; `label`: its name. */
    'no-values': { criterion: number; label: string };
  }
>;

/** A scenario refusal as its params: a switch on `reason` narrows the values. */
export type ScenarioRefusalParams = Refusal<ScenarioRefusal, ScenarioRefusalValues>;

/** The scenario refusal an error's params name, or null (another kind of error). */
export function scenarioRefusal(params: Readonly<ErrorParams> | undefined): ScenarioRefusalParams | null {
  return readRefusal<ScenarioRefusal, ScenarioRefusalValues>(params, SCENARIO_REFUSALS);
}

/**
 * A PROMETHEE threshold of criterion `j` that its preference function refuses, as a refusal of that
 * field (`criteria.<j>.p`: left empty, or not above its bound), with the criterion's name in `label`,
 * so that the editor and the results say it in the user's language. Any other error: `invalid`, with
 * the engine's words.
 */
export function thresholdRefused(error: unknown, j: number, label: string): ArranjoError {
  const message = error instanceof Error ? error.message : String(error);
  const params = error instanceof ArranjoError ? error.params : {};
  const field = `criteria.${j}.${String(params.threshold)}`;
  const extra = { extra: { label } };
  switch (params.reason) {
    case 'required':
      return refuseField(field, 'required', {}, message, extra);
    case 'negative':
      return refuseField(field, 'negative', {}, message, extra);
    case 'number':
      return refuseField(field, 'number', {}, message, extra);
    case 'above':
      return refuseField(field, 'above', { min: Number(params.min) }, message, extra);
    default:
      return refuseField(`criteria.${j}.preference`, 'invalid', {}, message, extra);
  }
}
