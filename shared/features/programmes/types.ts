/** Programme monitoring (DESIGN §3): the domain types the engine, the CLI and the UI share. */

export const ACTION_TYPES = [
  'field-training',
  'multiplier-training',
  'management-workshop',
  'committee',
  'technical-assistance',
  'other',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Indicators whose actual the engine computes from the actions (DESIGN §10, arranjo-metas). */
export const BUILTIN_INDICATORS = [
  'participants',
  'women',
  'youth',
  'actions',
  'enterprises_formed',
  'enterprises_legalized',
  'municipalities',
] as const;
export type BuiltinIndicator = (typeof BUILTIN_INDICATORS)[number];

export function isBuiltin(code: string): code is BuiltinIndicator {
  return (BUILTIN_INDICATORS as readonly string[]).includes(code);
}

/**
 * An indicator code as the workspace keeps it: a built-in's in lower case ("Participants" is the
 * built-in participants, computed from the actions, not a custom indicator with no actual); any
 * other as typed (the workspace matches codes up to case: ProgrammeRepository.indicatorByCode).
 */
export function indicatorCode(code: string): string {
  const lower = code.toLowerCase();
  return isBuiltin(lower) ? lower : code;
}

/** What a built-in indicator counts (its unit, worded in each language where it is shown). */
export const BUILTIN_UNITS = {
  participants: 'people',
  women: 'people',
  youth: 'people',
  actions: 'actions',
  enterprises_formed: 'enterprises',
  enterprises_legalized: 'enterprises',
  municipalities: 'municipalities',
} as const satisfies Record<BuiltinIndicator, string>;
export type BuiltinUnit = (typeof BUILTIN_UNITS)[BuiltinIndicator];

export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const DISAGGREGATIONS = ['sex', 'age', 'territory'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export type Rag = 'red' | 'amber' | 'green';

export interface Programme {
  id: number;
  name: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  ragGreen: number;
  ragAmber: number;
  illustrative: boolean;
  source: string;
}

export interface ProgrammeSummary extends Programme {
  actions: number;
  indicators: number;
}

export interface Objective {
  id: number;
  code: string;
  title: string;
}

export interface ResultRow {
  id: number;
  objectiveId: number;
  code: string;
  title: string;
}

export interface Indicator {
  id: number;
  programmeId: number;
  resultId: number | null;
  code: string;
  name: string;
  unit: string;
  direction: 'higher-better' | 'lower-better';
  baseline: number;
  periodKind: PeriodKind;
  cumulative: boolean;
  disaggregation: Disaggregation[];
  builtin: boolean;
}

export interface Target {
  indicatorId: number;
  period: string;
  baseline: number;
  target: number;
  actual: number | null;
}

export interface Action {
  id: number;
  programmeId: number;
  code: string;
  type: ActionType;
  municipalityCode: number;
  municipalityName: string | null;
  startDate: string;
  endDate: string | null;
  partner: string;
  participants: number;
  women: number;
  youth: number;
  enterprisesFormed: number;
  enterprisesLegalized: number;
  notes: string;
  siteId: number | null;
  initiativeCode: string | null;
}

/** Sex parts: women, men; age parts: youth, other; territory parts: a municipality's IBGE code. */
export const SEX_PARTS = ['women', 'men'] as const;
export const AGE_PARTS = ['youth', 'other'] as const;

/** One part of a custom indicator's entered actual in a period (its parts of a dimension add up to the actual). */
export interface ActualPart {
  indicatorId: number;
  period: string;
  dimension: Disaggregation;
  part: string;
  value: number;
  /** The municipality's name (territory parts). */
  name: string | null;
}

/** One line of monitoring: an indicator in a period. */
export interface MonitorRow {
  indicatorId: number;
  indicator: string;
  name: string;
  period: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  rag: Rag | null;
}

export interface Framework {
  programme: Programme;
  objectives: Objective[];
  results: ResultRow[];
  indicators: Indicator[];
  targets: Target[];
  /** Custom indicators' actuals broken down by sex, age group or territory. */
  parts: ActualPart[];
}
