import { isoDaySchema, localeSchema, refuseEndBeforeStart } from '../../domain/schemas';
import { z } from 'zod';
import { parsePeriod } from './periods';
import { ACTION_TYPES, DISAGGREGATIONS, indicatorCode, PERIOD_KINDS } from './types';

const id = z.number().int().positive();
const isoDate = isoDaySchema;
const count = z.number().int('must be a whole number').nonnegative('cannot be negative');
const text = (max: number) => z.string().trim().max(max);

/** The longest texts an action keeps, and its programme's name (the forms' limits, and the import's: shared/import/targets/text-limits.ts). */
export const ACTION_TEXT_LIMITS = { programme: 200, actionCode: 64, partner: 300, notes: 4000 } as const;

export const programmeInputSchema = z
  .object({
    id: id.optional(),
    name: text(ACTION_TEXT_LIMITS.programme).min(1, 'is required'),
    description: text(4000).default(''),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    ragGreen: z.number().min(0).max(10).default(0.9),
    ragAmber: z.number().min(0).max(10).default(0.6),
    illustrative: z.boolean().default(false),
    source: text(2000).default(''),
  })
  .refine((p) => p.ragAmber <= p.ragGreen, {
    message: 'the amber threshold cannot be above the green one',
    path: ['ragAmber'],
    params: { reason: 'above-other', other: 'ragGreen' },
  })
  .superRefine((p, ctx) => refuseEndBeforeStart(ctx, 'endDate', p.startDate, p.endDate));
export type ProgrammeInput = z.input<typeof programmeInputSchema>;

export const objectiveInputSchema = z.object({
  programmeId: id,
  id: id.optional(),
  code: text(40).min(1, 'is required'),
  title: text(500).min(1, 'is required'),
});
export type ObjectiveInput = z.input<typeof objectiveInputSchema>;

export const resultInputSchema = z.object({
  objectiveId: id,
  id: id.optional(),
  code: text(40).min(1, 'is required'),
  title: text(500).min(1, 'is required'),
});
export type ResultInput = z.input<typeof resultInputSchema>;

export const periodSchema = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p) !== null, { message: 'must be a period YYYY, YYYY-Qn or YYYY-MM', params: { reason: 'programme-period' } })
  .transform((p) => parsePeriod(p)?.key ?? p);

export const indicatorInputSchema = z.object({
  programmeId: id,
  id: id.optional(),
  resultId: id.nullable().default(null),
  code: text(64)
    .min(1, 'is required')
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-" only')
    .transform(indicatorCode),
  name: text(300).default(''),
  unit: text(40).default(''),
  direction: z.enum(['higher-better', 'lower-better']).default('higher-better'),
  baseline: z.number().default(0),
  periodKind: z.enum(PERIOD_KINDS).default('quarter'),
  cumulative: z.boolean().default(false),
  disaggregation: z.array(z.enum(DISAGGREGATIONS)).default([]),
});
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const targetsInputSchema = z.object({
  indicatorId: id,
  targets: z
    .array(
      z.object({
        period: periodSchema,
        baseline: z.number().default(0),
        target: z.number(),
        actual: z.number().nullable().default(null),
        /** A custom indicator's actual by sex (women, men), age group (youth, other) or territory (IBGE code). */
        parts: z
          .array(
            z.object({
              dimension: z.enum(DISAGGREGATIONS),
              part: z.string().trim().min(1, 'is required'),
              value: z.number().nonnegative('cannot be negative'),
            }),
          )
          .max(1000)
          .default([]),
      }),
    )
    .max(1000),
});
export type TargetsInput = z.input<typeof targetsInputSchema>;

export const actionInputSchema = z
  .object({
    programmeId: id,
    id: id.optional(),
    code: text(ACTION_TEXT_LIMITS.actionCode).min(1, 'is required'),
    type: z.enum(ACTION_TYPES),
    municipalityCode: z.number().int().min(1_000_000).max(9_999_999),
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
    partner: text(ACTION_TEXT_LIMITS.partner).default(''),
    participants: count.default(0),
    women: count.default(0),
    youth: count.default(0),
    enterprisesFormed: count.default(0),
    enterprisesLegalized: count.default(0),
    notes: text(ACTION_TEXT_LIMITS.notes).default(''),
    siteId: id.nullable().default(null),
    initiativeCode: text(80).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    for (const part of ['women', 'youth'] as const)
      if (a[part] > a.participants)
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `${part} cannot be more than the participants (${a.participants})`,
          params: { reason: 'above-participants', max: a.participants },
        });
    refuseEndBeforeStart(ctx, 'endDate', a.startDate, a.endDate);
  });
export type ActionInput = z.input<typeof actionInputSchema>;

export const monitorQuerySchema = z.object({
  programmeId: id,
  view: z.enum(['native', 'per-period', 'cumulative']).default('native'),
});
export type MonitorQuery = z.input<typeof monitorQuerySchema>;

export const drillQuerySchema = z.object({
  indicatorId: id,
  period: periodSchema,
  view: z.enum(['native', 'per-period', 'cumulative']).default('native'),
});
export type DrillQuery = z.input<typeof drillQuerySchema>;

export const workbookQuerySchema = z.object({
  programmeId: id,
  language: localeSchema.default('pt-BR'),
});
export type WorkbookQuery = z.input<typeof workbookQuerySchema>;
