import { z } from 'zod';
import { idSchema, stateCodeSchema } from '../../domain/schemas';
import { economyMeetingSpecSchema } from '../economy';
import { COMPARE_MAX_SUBJECTS, MEETING_VIEW_KINDS, SUBJECT_KINDS } from './types';

const direction = z.enum(['higher-better', 'lower-better', 'neutral']);
const name = z.string().trim().min(1, 'is required').max(200);
/** A number: text where a number is due is refused as "must be a number" (params.reason 'number'). */
const number = z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a number' : undefined) }).finite('must be a number');

export const indicatorInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(40)
    .refine((code) => /^[A-Za-z0-9_.-]+$/.test(code), {
      message: 'may only hold letters, digits, "_", "." and "-"',
      params: { reason: 'code-chars' },
    }),
  name: z.object({ pt: name, en: name, es: name }),
  unit: z.string().trim().max(30),
  direction,
  category: z.string().trim().min(1, 'is required').max(60),
  description: z.string().trim().max(4_000).optional(),
  source: z.string().trim().max(2_000).optional(),
  valueMin: number.nullable().optional(),
  valueMax: number.nullable().optional(),
  wholeNumbers: z.boolean().optional(),
});

export const indicatorValueQuerySchema = z.object({
  subjectKind: z.enum(['municipality', 'state', 'site']),
  subjectCode: z.string().max(20).optional(),
  indicatorCode: z.string().max(40).optional(),
  category: z.string().max(60).optional(),
});

export const indicatorValueEditSchema = z.object({
  indicatorCode: z.string().trim().min(1, 'is required').max(40),
  subjectKind: z.enum(['municipality', 'site']),
  subjectCode: z.string().trim().min(1, 'is required').max(20),
  period: z
    .string()
    .trim()
    .refine((period) => /^\d{4}([-/][0-9A-Za-z]{1,4})?$/.test(period), {
      message: 'must be a year such as 2024 (or 2024-S1, 2024-03)',
      params: { reason: 'period-format' },
    }),
  value: number.nullable(),
});
export const indicatorValueEditsSchema = z.array(indicatorValueEditSchema).min(1).max(50_000);

export const subjectRefSchema = z.object({ kind: z.enum(SUBJECT_KINDS), id: z.number().int().positive() });
export const compareQuerySchema = z.object({ subjects: z.array(subjectRefSchema).min(1).max(COMPARE_MAX_SUBJECTS) });

export const territorySetInputSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1, 'is required').max(120),
  description: z.string().trim().max(2_000).optional(),
  members: z.array(z.number().int().min(1_000_000).max(9_999_999)).min(1, 'needs at least one municipality').max(6_000),
});

export const gridViewInputSchema = z.object({
  gridId: z.string().trim().min(1).max(80),
  name: z.string().trim().min(1, 'is required').max(120),
  // Display state of the grid (column state, filter model…): any JSON object, kept as written.
  state: z.record(z.string(), z.unknown()),
});

export const meetingSequenceInputSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1, 'is required').max(120),
  views: z
    .array(
      z
        .object({ kind: z.enum(MEETING_VIEW_KINDS), title: z.string().trim().max(300), spec: z.record(z.string(), z.unknown()) })
        // A diagnosis chart is redrawn from its spec alone: one that could not be is refused, not kept.
        .superRefine((view, ctx) => {
          if (view.kind !== 'economy') return;
          const parsed = economyMeetingSpecSchema.safeParse(view.spec);
          for (const issue of parsed.error?.issues ?? [])
            ctx.addIssue({ code: 'custom', path: ['spec', ...issue.path], message: issue.message });
        }),
    )
    .max(200),
});

export const metricIdSchema = z.string().min(1).max(200);

export const municipalityTableQuerySchema = z.object({
  stateCode: stateCodeSchema,
  regionCode: z.number().int().positive().optional(),
  setId: z.number().int().positive().optional(),
});
export const indicatorCodeSchema = z.string().min(1).max(40);
export const gridIdSchema = z.string().min(1).max(80);
/** A paste of site edits: each patch is checked field by field by the site service. */
export const siteEditsSchema = z.array(z.object({ id: idSchema, patch: z.record(z.string(), z.unknown()) })).max(100_000);
