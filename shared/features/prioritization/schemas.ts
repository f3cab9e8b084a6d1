import { z } from 'zod';
import { MISSING_POLICIES } from '../../analysis/mcda/missing';
import { OBJECTIVE_WEIGHTINGS } from '../../analysis/mcda/objective-weights';
import { METHODS, NORMALIZATIONS, PREFERENCE_FUNCTIONS } from '../../analysis/mcda/types';
import { CRITERION_SOURCE_SYNTAX, parseCriterionSource } from '../../domain/metric-id';
import { SUBJECT_KINDS, WEIGHT_ORIGINS } from './types';
import { LOCALES } from '../../domain/locales';

const finite = z.number().finite('must be a number');
const optionalNumber = finite.nullable().default(null);

/** The longest scenario name (a copy's "(2)" is fitted within it). */
export const SCENARIO_NAME_MAX = 200;

const pairwise = z.array(z.array(finite).max(15)).min(2).max(15);

export const alternativeRefSchema = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  code: z.string().trim().min(1).max(20),
});

export const criterionSchema = z.strictObject({
  source: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(100)
    .refine((s) => parseCriterionSource(s) !== null, {
      message: `is not a criterion source (${CRITERION_SOURCE_SYNTAX})`,
      params: { reason: 'criterion-source' },
    }),
  label: z.string().trim().min(1, 'is required').max(200),
  direction: z.enum(['benefit', 'cost']),
  weight: finite.nonnegative('cannot be negative'),
  preference: z.enum(PREFERENCE_FUNCTIONS).default('usual'),
  q: optionalNumber,
  p: optionalNumber,
  s: optionalNumber,
  min: optionalNumber,
  max: optionalNumber,
});

export const weightSetSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  weights: z.array(finite.nonnegative('cannot be negative')).max(100),
  ahpMatrix: pairwise.nullable().default(null),
});

/**
 * A scenario as the editor sends it; omitted fields take their defaults. Every object here is
 * strict: a field under another name (`vikorv`, `options.v`, a criterion's `pref`) is refused with
 * its name, not dropped so that the default applies unseen.
 */
export const scenarioInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(SCENARIO_NAME_MAX),
  description: z.string().max(10_000).default(''),
  method: z.enum(METHODS).default('topsis'),
  vikorV: finite.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(0.5),
  normalization: z.enum(NORMALIZATIONS).nullable().default(null),
  topN: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(5),
  missingPolicy: z.enum(MISSING_POLICIES).default('exclude'),
  weightOrigin: z.enum(WEIGHT_ORIGINS).default('direct'),
  ahpMatrix: pairwise.nullable().default(null),
  /** Omitted: every site of the workspace. */
  alternatives: z.array(alternativeRefSchema).max(10_000).optional(),
  criteria: z.array(criterionSchema).max(100).default([]),
  weightSets: z.array(weightSetSchema).max(50).default([]),
});
export type ScenarioInput = z.input<typeof scenarioInputSchema>;

/** A change: any field of the definition, replaced as a whole. */
export const scenarioPatchSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(SCENARIO_NAME_MAX),
    description: z.string().max(10_000),
    method: z.enum(METHODS),
    vikorV: finite.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    normalization: z.enum(NORMALIZATIONS).nullable(),
    topN: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000),
    missingPolicy: z.enum(MISSING_POLICIES),
    weightOrigin: z.enum(WEIGHT_ORIGINS),
    ahpMatrix: pairwise.nullable(),
    alternatives: z.array(alternativeRefSchema).max(10_000),
    criteria: z.array(criterionSchema).max(100),
    weightSets: z.array(weightSetSchema).max(50),
  })
  .partial()
  .strict();
export type ScenarioPatch = z.input<typeof scenarioPatchSchema>;

export const sensitivityOptionsSchema = z.strictObject({
  draws: z.number().int('must be a whole number').min(1).max(1_000_000).default(10_000),
  seed: z
    .number()
    .int('must be a whole number')
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  spread: finite.min(0, 'must be between 0% and 100%').max(1, 'must be between 0% and 100%').default(0.2),
  sampling: z.enum(['perturbation', 'dirichlet']).default('perturbation'),
});
export type SensitivityInput = z.input<typeof sensitivityOptionsSchema>;

export const objectiveMethodSchema = z.enum(OBJECTIVE_WEIGHTINGS);
export const consensusMethodSchema = z.enum(['borda', 'copeland']);
export const pairwiseSchema = pairwise;
export const scenarioIdSchema = z.number().int().positive();
/** The scenarios to compare side by side. */
export const scenarioIdsSchema = z.array(scenarioIdSchema).max(20);
export const exportLocaleSchema = z.enum(LOCALES);
