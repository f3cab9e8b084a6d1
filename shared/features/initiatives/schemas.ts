import { z } from 'zod';
import { isoDaySchema, refuseEndBeforeStart } from '../../domain/schemas';
import { INITIATIVE_IMPORT_KINDS } from '../../import/mapping/mapping-schema';

/** One list of kinds: the import mapping's (shared/import cannot depend on a feature folder). */
export const INITIATIVE_KINDS = INITIATIVE_IMPORT_KINDS;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const METHODOLOGY_THEMES = ['market-access', 'rnd', 'productive-integration', 'circular-economy', 'governance', 'training'] as const;
export type MethodologyTheme = (typeof METHODOLOGY_THEMES)[number];

export const EXCHANGE_KINDS = ['exchange', 'joint-project'] as const;
export const EXCHANGE_STATUSES = ['proposed', 'ongoing', 'done', 'cancelled'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

const text = (max = 2_000) => z.string().trim().max(max).nullable().optional();

/** The longest members, contacts and notes an initiative's profile takes (a merge keeps within them). */
export const INITIATIVE_TEXT_LIMITS = { members: 2_000, contacts: 2_000, notes: 10_000 } as const;
/** The longest name and route an initiative takes, in its profile and from an import. */
export const INITIATIVE_NAME_LIMITS = { name: 300, route: 200 } as const;
const isoDay = isoDaySchema;
const isoDate = isoDay.nullable().optional();
/** CNAE codes as strings with their leading zeros (a section letter, or 2–7 digits). */
export const cnaeCodeSchema = z
  .string()
  .trim()
  .regex(/^([A-U]|\d{2,7})$/, 'must be a CNAE code (a section letter or 2–7 digits)');

const initiativeObject = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(80)
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-" only'),
  name: z.string().trim().min(1, 'is required').max(INITIATIVE_NAME_LIMITS.name),
  kind: z.enum(INITIATIVE_KINDS),
  route: text(INITIATIVE_NAME_LIMITS.route),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code (ISO 3166)')
    .default('BR'),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  region: text(200),
  sectors: z.array(cnaeCodeSchema).max(200).default([]),
  maturity: text(100),
  managingBody: text(300),
  committee: text(),
  members: text(INITIATIVE_TEXT_LIMITS.members),
  contacts: text(INITIATIVE_TEXT_LIMITS.contacts),
  startedOn: isoDate,
  endedOn: isoDate,
  notes: text(INITIATIVE_TEXT_LIMITS.notes),
  source: z.string().trim().max(2_000).default(''),
  municipalities: z.array(z.number().int().min(1_000_000).max(9_999_999)).max(6_000).default([]),
});

/** An initiative as the planner enters it (its municipalities by code); it cannot end before it starts. */
export const initiativeInputSchema = initiativeObject.superRefine((i, ctx) => refuseEndBeforeStart(ctx, 'endedOn', i.startedOn, i.endedOn));
export type InitiativeInput = z.input<typeof initiativeInputSchema>;
export type InitiativeData = z.infer<typeof initiativeInputSchema>;

export const methodologyInputSchema = z.object({
  id: z.number().int().positive().optional(),
  title: z.string().trim().min(1, 'is required').max(300),
  theme: z.enum(METHODOLOGY_THEMES),
  source: z.string().trim().max(1_000).default(''),
  link: text(1_000),
  fileRef: text(1_000),
  notes: text(10_000),
  /** Codes of the initiatives that use it. */
  usedBy: z.array(z.string().trim().min(1)).max(500).default([]),
});
export type MethodologyInput = z.input<typeof methodologyInputSchema>;

export const exchangeInputSchema = z.object({
  id: z.number().int().positive().optional(),
  from: z.string().trim().min(1, 'is required'),
  to: z.string().trim().min(1, 'is required'),
  kind: z.enum(EXCHANGE_KINDS).default('exchange'),
  what: z.string().trim().min(1, 'is required').max(2_000),
  startedOn: isoDate,
  status: z.enum(EXCHANGE_STATUSES).default('proposed'),
  notes: text(10_000),
});
export type ExchangeInput = z.input<typeof exchangeInputSchema>;

export const eventInputSchema = z.object({
  initiative: z.string().trim().min(1),
  date: isoDay,
  title: z.string().trim().min(1, 'is required').max(300),
  notes: text(10_000),
});
export type EventInput = z.input<typeof eventInputSchema>;

export const linkInputSchema = z.object({
  from: z.string().trim().min(1),
  to: z.string().trim().min(1),
  relation: z.string().trim().max(200).default(''),
});
export type LinkInput = z.input<typeof linkInputSchema>;

export const initiativeFilterSchema = z
  .object({
    route: z.string().trim().min(1).optional(),
    state: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .optional(),
  })
  .default({});
export type InitiativeFilter = z.input<typeof initiativeFilterSchema>;

export const suggestionQuerySchema = z.object({
  code: z.string().trim().min(1),
  limit: z.number().int().min(1).max(100).default(10),
  /** Sector profiles from employment by IBGE sector in this year (the latest with data when absent). */
  year: z.number().int().min(1900).max(2200).optional(),
});
export type SuggestionQuery = z.input<typeof suggestionQuerySchema>;
