import { z } from 'zod';
import { CLASSIFICATIONS, MEASURES, SITE_KINDS } from '../../domain/types';
import { PLAN_FIELDS } from './plan-fields';

export const IMPORT_TARGETS = [
  'employment',
  'indicator-values',
  'population',
  'sites',
  'works',
  'measurements',
  'lots',
  'prospects',
  'initiatives',
  'programme-actions',
  'programme-targets',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** The targets whose rows become values: a number per territory, sector or indicator and period. */
const VALUE_TARGETS: readonly string[] = ['employment', 'indicator-values', 'population'] satisfies readonly ImportTarget[];

/**
 * Whether an import's counts count values (employment, indicators, population) or records (a work,
 * a lot, a company, an action…), as the wizard's and the command line's sentences name them.
 */
export function countsValues(target: string): boolean {
  return VALUE_TARGETS.includes(target);
}

/** Site fields a column can fill (the site's municipality comes from the `territory` role). */
export const SITE_FIELDS = [
  'code',
  'name',
  'kind',
  'managingBody',
  'areaHa',
  'lotsTotal',
  'lotsOccupied',
  'lotsAvailable',
  'firms',
  'jobs',
  'status',
  'lat',
  'lon',
  'locationNote',
  'notes',
  'source',
] as const;
export type SiteField = (typeof SITE_FIELDS)[number];

/** What every imported or entered work needs (the import refuses a mapping without them; the work form asks for them). */
export const WORK_REQUIRED_FIELDS = ['siteCode', 'code', 'title', 'category', 'budgetPlanned', 'plannedStart', 'plannedEnd'] as const;
/** Work fields a column can fill (`arranjo-obras`; the district comes from `siteCode`): the required ones first. */
export const WORK_IMPORT_FIELDS = [
  ...WORK_REQUIRED_FIELDS,
  'actualStart',
  'actualEnd',
  'status',
  'fundingSource',
  'agency',
  'contractor',
  'contractNumber',
  'contractValue',
  'needs',
  'notes',
  // A planned schedule of existing works (arranjo-cronograma): one row per work × month, cumulative planned %.
  'scheduleMonth',
  'plannedProgress',
] as const;
export type WorkImportField = (typeof WORK_IMPORT_FIELDS)[number];

/** What every measurement row needs (a long sheet; a wide one gives dates and values by its period columns). */
export const MEASUREMENT_REQUIRED_FIELDS = ['workCode', 'date', 'physicalProgress', 'committed', 'disbursed'] as const;
/** Measurement fields a column can fill (`arranjo-medicoes`: one row per work and date, cumulative). */
export const MEASUREMENT_IMPORT_FIELDS = [...MEASUREMENT_REQUIRED_FIELDS, 'correction'] as const;
export type MeasurementImportField = (typeof MEASUREMENT_IMPORT_FIELDS)[number];
/** Initiative fields a column can fill (one row per initiative × municipality; the municipality is the `territory`). */
export const INITIATIVE_FIELDS = ['code', 'name', 'route', 'kind', 'sectors', 'notes'] as const;
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];
export const INITIATIVE_IMPORT_KINDS = ['rotas-polo', 'cepal-initiative', 'apl', 'community-arrangement'] as const;

/** Fields of programme actions and targets (arranjo-acoes, arranjo-metas; the territory is the `territory` role). */
export const PROGRAMME_FIELDS = [
  'programme',
  'actionCode',
  'actionType',
  'startDate',
  'endDate',
  'participants',
  'women',
  'youth',
  'enterprisesFormed',
  'enterprisesLegalized',
  'partner',
  'notes',
  'siteCode',
  'initiativeCode',
  // Attendance lists: one row per participant, counted into its action.
  'participantSex',
  'participantAge',
  'indicator',
  'period',
  'baseline',
  'target',
  'actual',
  // The parts of a custom indicator's actual (arranjo-metas actual_women, actual_men, actual_youth, actual_other).
  'actualWomen',
  'actualMen',
  'actualYouth',
  'actualOther',
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

/** What a programme action cannot be read without, beside its programme and territory. */
export const ACTION_REQUIRED_FIELDS = ['actionCode', 'actionType', 'startDate'] as const satisfies readonly ProgrammeField[];

/**
 * What the cells of a `period-value` column hold: a measurement's cumulative physical % or money
 * (works, `measurements`), or a programme indicator's target or actual (`programme-targets`).
 */
export const PERIOD_VALUE_FIELDS = ['physicalProgress', 'committed', 'disbursed', 'target', 'actual', 'plannedProgress'] as const;
export type PeriodValueField = (typeof PERIOD_VALUE_FIELDS)[number];

export const indicatorCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-" only');

const year = z.number().int().min(1900).max(2200);

/**
 * What one column means. Long layouts name the key in a column (`year`, `sector`, `indicator`)
 * and the number in `measure` or `value`; wide layouts carry the key in the column itself
 * (`sector-value` for one column per sector, `year-value` per year, `indicator-value` per
 * indicator) and are unpivoted.
 */
export const columnRoleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('ignore') }),
  /** A territory: IBGE code (7, 6 or 5 digits with the state), a RAIS label, or a name. */
  z.object({ role: z.literal('territory') }),
  /** The territory's name beside its code: checked against the workspace, or matched when no code. */
  z.object({ role: z.literal('territory-name') }),
  /** The state (code, abbreviation or name): completes 5-digit codes and disambiguates names. */
  z.object({ role: z.literal('state') }),
  z.object({ role: z.literal('year') }),
  z.object({ role: z.literal('classification') }),
  z.object({ role: z.literal('sector') }),
  z.object({ role: z.literal('measure'), measure: z.enum(MEASURES) }),
  z.object({ role: z.literal('sector-value'), sectorCode: z.string().trim().min(1).max(20) }),
  /**
   * One column per year; `indicator` puts a column into a series of its own instead of the
   * target's (the tidy population table's POP22 is the TCU preview, not the Census count).
   */
  z.object({ role: z.literal('year-value'), year, indicator: indicatorCodeSchema.optional() }),
  z.object({ role: z.literal('indicator') }),
  z.object({ role: z.literal('value') }),
  z.object({ role: z.literal('indicator-value'), indicator: indicatorCodeSchema }),
  z.object({ role: z.literal('site-field'), field: z.enum(SITE_FIELDS) }),
  z.object({ role: z.literal('work-field'), field: z.enum(WORK_IMPORT_FIELDS) }),
  z.object({ role: z.literal('measurement-field'), field: z.enum(MEASUREMENT_IMPORT_FIELDS) }),
  z.object({ role: z.literal('initiative-field'), field: z.enum(INITIATIVE_FIELDS) }),
  /** A column of an attraction plan's lots or prospects (arranjo-lotes, arranjo-empresas). */
  z.object({ role: z.literal('plan-field'), field: z.enum(PLAN_FIELDS) }),
  z.object({ role: z.literal('programme-field'), field: z.enum(PROGRAMME_FIELDS) }),
  /**
   * One column per month, quarter or year ("jan/2025", "01/2025", "2025-T1", "2025"): each non-empty
   * cell is one record of its row and period. The period is read from the header unless `period`
   * names it (YYYY, YYYY-Qn or YYYY-MM); `perPeriod`: the cells are the period's own amount, added
   * up into the cumulative value a measurement stores (default: already cumulative).
   */
  z.object({
    role: z.literal('period-value'),
    field: z.enum(PERIOD_VALUE_FIELDS),
    period: z
      .string()
      .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'YYYY, YYYY-Qn or YYYY-MM')
      .optional(),
    perPeriod: z.boolean().optional(),
  }),
]);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

export const indicatorDefinitionPatchSchema = z.object({
  namePt: z.string().trim().min(1).max(300).optional(),
  nameEn: z.string().trim().min(1).max(300).optional(),
  nameEs: z.string().trim().min(1).max(300).optional(),
  unit: z.string().trim().max(40).optional(),
  direction: z.enum(['higher-better', 'lower-better', 'neutral']).optional(),
  category: z.string().trim().min(1).max(60).optional(),
  description: z.string().trim().max(4000).optional(),
});
export type IndicatorDefinitionPatch = z.infer<typeof indicatorDefinitionPatchSchema>;

/** A sheet in the same workbook that defines indicator codes (the Atlas's "Siglas"). */
export const dictionarySchema = z.object({
  sheet: z.string().min(1).max(200),
  codeColumn: z.string().min(1).max(200),
  nameColumn: z.string().min(1).max(200),
  descriptionColumns: z.array(z.string().min(1).max(200)).max(5).default([]),
  /** What the import put before the dictionary's codes ("ADH_" + "IDHM"). */
  prefix: z.string().max(16).default(''),
});

export const importMappingSchema = z.object({
  target: z.enum(IMPORT_TARGETS),
  columns: z.array(z.object({ column: z.number().int().min(0).max(16_383), role: columnRoleSchema })).max(16_384),
  /** The year when no column gives it: a number, or the year the file states (footer, title, name). */
  year: z.union([z.object({ value: year }), z.object({ fromFile: z.literal(true) })]).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  /** Employment: the sector when the whole file is one sector. */
  sectorCode: z.string().trim().min(1).max(20).optional(),
  /**
   * Employment: what to do with sector codes the classification lacks ("7000000", "outros"), by the
   * cell's text: a code of the classification, "NC" (não classificado, UNCLASSIFIED_SECTOR), or null
   * to skip those rows (counted in a warning). Chosen in the review; kept in templates.
   */
  sectorMap: z
    .record(z.string().max(200), z.string().trim().min(1).max(20).nullable())
    .refine((m) => Object.keys(m).length <= 1000, 'at most 1000 unmapped codes')
    .optional(),
  /** Employment: the measure of `sector-value` / `year-value` columns. */
  measure: z.enum(MEASURES).optional(),
  /** Indicator values: the indicator when the file has one (long with `value`, or `year-value` columns). */
  indicator: indicatorCodeSchema.optional(),
  /** Indicator values: municipalities or states. */
  subject: z.enum(['municipality', 'state']).default('municipality'),
  decimal: z.enum(['auto', 'comma', 'dot']).default('auto'),
  /**
   * Rows repeating a key (territory × sector × year × measure): refused (default), or combined as the
   * user chose — added up, averaged, or the last row kept. Never combined without that choice.
   */
  duplicates: z.enum(['refuse', 'sum', 'mean', 'last']).optional(),
  /** The state (abbreviation, "MG") of territories given by name only, when no column gives it. */
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'a state abbreviation such as MG')
    .transform((s) => s.toUpperCase())
    .optional(),
  /** Read IBGE's "-" as zero (its definition) instead of a missing value with that meaning. */
  dashAsZero: z.boolean().default(false),
  indicators: z.record(indicatorCodeSchema, indicatorDefinitionPatchSchema).default({}),
  dictionary: dictionarySchema.optional(),
  /** Provenance text stored with each value; the file name when absent. */
  source: z.string().trim().max(500).optional(),
  /** Sites: the kind when no column gives it. */
  siteKind: z.enum(SITE_KINDS).optional(),
  /** Initiatives: the kind when no column gives it. */
  initiativeKind: z.enum(INITIATIVE_IMPORT_KINDS).optional(),
  /** Programme actions and targets: the programme when no column names it. */
  programme: z.string().trim().min(1).max(200).optional(),
  /**
   * What a known layout ends with (RAIS exports: a Total row and a "Seleções vigentes" footer).
   * When the file lacks it, the import warns that the file seems truncated.
   */
  expectEnd: z.object({ total: z.boolean().optional(), footer: z.boolean().optional() }).optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;
