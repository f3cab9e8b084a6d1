import { z } from 'zod';
import { isoDaySchema, localeSchema, MAX_MONEY } from '../../domain/schemas';
import { METHODS } from '../../analysis/mcda';
import { IBGE_SECTOR_CODES } from '../../domain/ibge-sectors';
import { checkCnpj, cnpjCharacters } from './cnpj';
import {
  ACTION_STATUSES,
  CRITERION_SOURCES,
  INCENTIVE_KINDS,
  LOT_STATUSES,
  PROSPECT_STAGES,
  SALES_WEIGHT_ORIGINS,
  TARGET_STATES,
} from './vocabulary';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
/**
 * Amounts, areas and job counts within what a district can hold (money as the works take it): a
 * 1e308 typed or pasted made the lot's value Infinity, the totals went blank and the workbook was
 * written with "Infinity" in a number cell, which Excel and LibreOffice refuse to open.
 */
export { MAX_MONEY };
export const MAX_AREA_M2 = 1e10;
export const MAX_JOBS = 10_000_000;
const money = z.number().finite().min(0).max(MAX_MONEY);
const area = z.number().finite().min(0).max(MAX_AREA_M2);
/** A lot has ground: one of 0 m² was taken, counted as an available lot and matched no company. */
const lotArea = z.number().finite().positive().max(MAX_AREA_M2);
const jobs = z.number().int().min(0).max(MAX_JOBS);
/** An ISO date that is a day of the calendar (2025-02-31 and 2025-13-45 were stored, then read as late or written as no date). */
const isoDate = isoDaySchema;
export const idSchema = z.number().int().positive();

/**
 * The CNPJ as its 14 characters (punctuation dropped, letters of the alphanumeric CNPJ in capitals),
 * refused when its check digits are wrong.
 */
export const cnpjSchema = z
  .string()
  .transform(cnpjCharacters)
  .refine((s) => checkCnpj(s).ok, {
    message: 'not a valid CNPJ (12 digits or capital letters and 2 correct check digits)',
    params: { reason: 'cnpj' },
  });

export const planInputSchema = z.object({
  siteId: idSchema,
  period: text(40).min(1),
  title: optionalText(300),
  goalJobs: jobs.nullable().optional(),
  goalInvestment: money.nullable().optional(),
  salesMethod: z.enum(METHODS).optional(),
  discountThreshold: z.number().min(0).max(100).nullable().optional(),
  discountPct: z.number().min(0).max(100).nullable().optional(),
  horizonYears: z.number().int().min(1).max(50).optional(),
  taxPerJobYear: money.nullable().optional(),
  illustrative: z.boolean().optional(),
  source: text(1000).optional(),
  notes: optionalText(4000),
});
export type PlanInput = z.input<typeof planInputSchema>;
export const planPatchSchema = planInputSchema.omit({ siteId: true }).partial();
export type PlanPatch = z.input<typeof planPatchSchema>;

/**
 * A sector the planner adds to a plan: one of the IBGE sectors the plan's proposals and its prospects'
 * CNAE codes are counted in (a code outside them, "29" or a typo, matched no prospect and no figure).
 */
export const targetInputSchema = z.object({
  classification: z.literal('ibge-setor'),
  // zod's enum takes a non-empty tuple; the IBGE sector codes are eight.
  sectorCode: z
    .string()
    .trim()
    .pipe(z.enum(IBGE_SECTOR_CODES as [string, ...string[]])),
  sectorName: text(300).min(1),
  rationale: text(2000).optional(),
});
export type TargetInput = z.input<typeof targetInputSchema>;
export const targetStateSchema = z.enum(TARGET_STATES);

/** The longest texts a lot and a prospect keep (the forms' limits, and the import's: shared/import/targets/text-limits.ts). */
export const PLAN_TEXT_LIMITS = {
  lotCode: 60,
  zoning: 200,
  pollutionClass: 60,
  infrastructure: 1000,
  notes: 4000,
  company: 300,
  nextAction: 500,
  contact: 500,
} as const;

export const lotInputSchema = z.object({
  code: text(PLAN_TEXT_LIMITS.lotCode).min(1),
  areaM2: lotArea,
  pricePerM2: money.nullable().optional(),
  status: z.enum(LOT_STATUSES).optional(),
  zoning: optionalText(PLAN_TEXT_LIMITS.zoning),
  pollutionClass: optionalText(PLAN_TEXT_LIMITS.pollutionClass),
  infrastructure: optionalText(PLAN_TEXT_LIMITS.infrastructure),
  notes: optionalText(PLAN_TEXT_LIMITS.notes),
  illustrative: z.boolean().optional(),
});
export type LotInput = z.input<typeof lotInputSchema>;
export const lotPatchSchema = lotInputSchema.partial();
export type LotPatch = z.input<typeof lotPatchSchema>;

export const prospectInputSchema = z.object({
  company: text(PLAN_TEXT_LIMITS.company).min(1),
  cnpj: cnpjSchema.nullable().optional(),
  cnae: optionalText(20),
  investment: money.nullable().optional(),
  jobs: jobs.nullable().optional(),
  areaNeededM2: area.nullable().optional(),
  stage: z.enum(PROSPECT_STAGES).optional(),
  nextAction: optionalText(PLAN_TEXT_LIMITS.nextAction),
  nextActionDate: isoDate.nullable().optional(),
  contact: optionalText(PLAN_TEXT_LIMITS.contact),
  notes: optionalText(PLAN_TEXT_LIMITS.notes),
  lotId: idSchema.nullable().optional(),
  illustrative: z.boolean().optional(),
});
export type ProspectInput = z.input<typeof prospectInputSchema>;
export const prospectPatchSchema = prospectInputSchema.partial();
export type ProspectPatch = z.input<typeof prospectPatchSchema>;
export const stageSchema = z.enum(PROSPECT_STAGES);

export const incentiveInputSchema = z.object({
  kind: z.enum(INCENTIVE_KINDS),
  name: text(300).min(1),
  discountPct: z.number().min(0).max(100).nullable().optional(),
  annualAmount: money.nullable().optional(),
  years: z.number().int().min(0).max(50).nullable().optional(),
  notes: optionalText(2000),
});
export type IncentiveInput = z.input<typeof incentiveInputSchema>;

export const criterionInputSchema = z.object({
  name: text(200).min(1),
  source: z.enum(CRITERION_SOURCES),
  direction: z.enum(['benefit', 'cost']),
  weight: z.number().finite().min(0),
});
export type CriterionInput = z.input<typeof criterionInputSchema>;
/** The criteria edited as a whole (weights from the editor or AHP), in order. */
export const criteriaSchema = z.array(criterionInputSchema.extend({ id: idSchema.optional() })).max(30);
export type CriteriaInput = z.input<typeof criteriaSchema>;

/** How the weights were set: typed, or from an AHP pairwise matrix (positive judgements, n × n in the criteria's order). */
export const salesWeightingSchema = z.object({
  origin: z.enum(SALES_WEIGHT_ORIGINS),
  ahpMatrix: z
    .array(z.array(z.number().finite().positive('AHP judgements are positive')).max(30))
    .max(30)
    .refine((m) => m.every((row) => row.length === m.length), {
      message: 'the AHP matrix must be square (one row and one column per criterion)',
    })
    .nullable(),
});
export type SalesWeighting = z.input<typeof salesWeightingSchema>;

export const actionInputSchema = z.object({
  title: text(500).min(1),
  owner: optionalText(200),
  dueDate: isoDate.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  notes: optionalText(2000),
});
export type ActionInput = z.input<typeof actionInputSchema>;

export const proposalOptionsSchema = z.object({
  locale: localeSchema.default('pt-BR'),
  year: z.number().int().min(1900).max(2200).optional(),
  fromYear: z.number().int().min(1900).max(2200).optional(),
  limit: z.number().int().min(1).max(30).optional(),
});
export type ProposalOptions = z.input<typeof proposalOptionsSchema>;
