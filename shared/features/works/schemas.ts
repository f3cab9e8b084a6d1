import { z } from 'zod';
import { isoDaySchema, MAX_MONEY, refuseEndBeforeStart } from '../../domain/schemas';
import { FUNDING_SOURCES, WORK_CATEGORIES, WORK_STATUSES } from './types';

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDateSchema = isoDaySchema;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const money = z.number().finite().min(0).max(MAX_MONEY);

/** The longest texts a work keeps (the form's limits, and the import's: shared/import/targets/text-limits.ts). */
export const WORK_TEXT_LIMITS = { code: 40, title: 300, agency: 200, contractor: 200, contractNumber: 100, notes: 4000 } as const;

const workObject = z.object({
  siteId: z.number().int().positive(),
  code: text(WORK_TEXT_LIMITS.code)
    .min(1)
    .regex(/^[A-Za-z0-9_.\-/]+$/, 'letters, digits, "_", ".", "/" or "-" only'),
  title: text(WORK_TEXT_LIMITS.title).min(1),
  category: z.enum(WORK_CATEGORIES),
  fundingSource: z.enum(FUNDING_SOURCES).nullable().optional(),
  agency: optionalText(WORK_TEXT_LIMITS.agency),
  contractor: optionalText(WORK_TEXT_LIMITS.contractor),
  contractNumber: optionalText(WORK_TEXT_LIMITS.contractNumber),
  contractValue: money.nullable().optional(),
  budgetPlanned: money,
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  actualStart: isoDateSchema.nullable().optional(),
  actualEnd: isoDateSchema.nullable().optional(),
  status: z.enum(WORK_STATUSES).default('planned'),
  paralysisReason: optionalText(1000),
  paralysisDate: isoDateSchema.nullable().optional(),
  restartDate: isoDateSchema.nullable().optional(),
  notes: optionalText(WORK_TEXT_LIMITS.notes),
  source: text(500).default(''),
  illustrative: z.boolean().default(false),
  needs: z.array(text(64).min(1)).max(20).optional(),
});

/** Dates in order: an end never before its start. */
function datesInOrder(w: Partial<z.infer<typeof workObject>>, ctx: z.RefinementCtx): void {
  refuseEndBeforeStart(
    ctx,
    'plannedEnd',
    w.plannedStart,
    w.plannedEnd,
    `the planned end ${w.plannedEnd} is before the planned start ${w.plannedStart}`,
  );
  refuseEndBeforeStart(
    ctx,
    'actualEnd',
    w.actualStart,
    w.actualEnd,
    `the actual end ${w.actualEnd} is before the actual start ${w.actualStart}`,
  );
  refuseEndBeforeStart(
    ctx,
    'restartDate',
    w.paralysisDate,
    w.restartDate,
    `the restart date ${w.restartDate} is before the paralysis ${w.paralysisDate}`,
  );
}

export const workInputSchema = workObject.superRefine(datesInOrder);
export type WorkInput = z.input<typeof workInputSchema>;
export type WorkInputParsed = z.output<typeof workInputSchema>;

export const workPatchSchema = workObject
  .omit({ status: true, source: true, illustrative: true })
  .extend({ status: z.enum(WORK_STATUSES), source: text(500), illustrative: z.boolean() })
  .partial()
  .strict();
export type WorkPatch = z.input<typeof workPatchSchema>;

export const measurementInputSchema = z
  .object({
    workId: z.number().int().positive(),
    date: isoDateSchema,
    physicalProgress: z.number().finite().min(0).max(100),
    committed: money,
    disbursed: money,
    correction: z.boolean().default(false),
  })
  .refine((m) => m.disbursed <= m.committed, {
    path: ['disbursed'],
    message: 'the disbursed amount is above the committed amount',
    params: { reason: 'above-other', other: 'committed' },
  });
export type MeasurementInput = z.input<typeof measurementInputSchema>;

export const scheduleSchema = z
  .array(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), plannedProgress: z.number().finite().min(0).max(100) }))
  .max(600);

export const milestoneInputSchema = z.object({
  workId: z.number().int().positive(),
  name: text(300).min(1),
  plannedDate: isoDateSchema,
  actualDate: isoDateSchema.nullable().default(null),
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;

export const riskInputSchema = z.object({
  workId: z.number().int().positive(),
  description: text(2000).min(1),
  probability: z.enum(['low', 'medium', 'high']),
  impact: z.enum(['low', 'medium', 'high']),
  mitigation: optionalText(2000).transform((v) => v ?? null),
  status: z.enum(['open', 'closed']).default('open'),
});
export type RiskInput = z.input<typeof riskInputSchema>;

export const documentInputSchema = z.object({
  workId: z.number().int().positive(),
  title: text(300).min(1),
  reference: text(1000),
  dated: isoDateSchema.nullable().default(null),
});
export type DocumentInput = z.input<typeof documentInputSchema>;

export const baselineNameSchema = text(120).min(1);

const recordId = z.number().int().positive();

/** What an S-curve covers: the portfolio, a district's works, one work, or the works listed (the grid as filtered). */
export const sCurveScopeSchema = z.object({
  statusDate: z.string().optional(),
  siteId: recordId.optional(),
  workId: recordId.optional(),
  workIds: z.array(recordId).max(100_000).optional(),
});
export const statusDateSchema = isoDateSchema.optional();
