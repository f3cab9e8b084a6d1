import { readRefusal, type ErrorParams, type Refusal, type RefusalVocabulary } from '../../errors';
import type { Classification, Measure } from '../../domain/types';

/** Where an analysis compares a territory against: a state, the whole country, or a named set. */
export type ReferenceSpec = { kind: 'state'; abbr: string } | { kind: 'country' } | { kind: 'set'; name: string };

/**
 * What a diagnosis is about: a municipality (its 7-digit IBGE code) or a custom territory — a saved
 * territory set, analysed as the sum of its member municipalities, sector by sector. A district or
 * pole is analysed through its municipality (the UI maps it) or through a set around it.
 */
export type EconomySubject = { kind: 'municipality'; code: number } | { kind: 'territory-set'; id: number };

export interface EconomyQuery {
  classification: Classification;
  measure: Measure;
  reference: ReferenceSpec;
  /** Only these territories in the result (all with data when absent); the reference is unaffected. */
  territories?: number[];
  /**
   * Only this subject in the result: a municipality's rows, or a custom territory's rows (summed
   * members). Not together with `territories`. The reference is unaffected.
   */
  subject?: EconomySubject;
}

/** The subject of an analysis, as the engine resolved it. */
export interface SubjectInfo {
  kind: EconomySubject['kind'];
  /** The municipality's IBGE code, or the set's id: the `territoryCode` of the subject's rows. */
  id: number;
  name: string;
  /** The municipalities summed (a municipality is its own single member), with whether the year has data for each. */
  members: { code: number; name: string; hasData: boolean }[];
}

/** Part of the subject's E_ij and E_j that comes from one member municipality ("why this value" of a custom territory). */
export interface MemberPart {
  code: number;
  name: string;
  /** E_mi: the member's value in the sector. */
  sectorValue: number;
  /** E_m: the member's value in all sectors. */
  total: number;
  hasData: boolean;
}

/** Rows of a custom territory say so; rows without `territoryKind` are municipalities. */
export type TerritoryKind = 'municipality' | 'territory-set';

export interface ReferenceInfo {
  label: string;
  territories: number;
  total: number;
}

export interface LqRow {
  /** A municipality's IBGE code, or a territory set's id when `territoryKind` is 'territory-set'. */
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
  sectorCode: string;
  sectorName: string;
  year: number;
  value: number;
  lq: number | null;
  /** Why `lq` is empty, in words (English; the UI translates by `reasonCode`). */
  reason: string | null;
  reasonCode: string | null;
}

/**
 * An analysis as columns rather than row objects: what the CLI streams for a national table (half a
 * million rows, issue 16); the rows the app gets are made from the same columns. Cell i = t × sectors + s.
 */
export interface AnalysisColumns {
  territories: readonly number[];
  sectors: readonly string[];
  /** Whether matrix row t is reported. */
  keep: (t: number) => boolean;
  territoryName: (code: number) => string;
  sectorName: (code: string) => string;
}

/** Location quotients as columns: the values, and LQ (NaN where it cannot be computed). */
export interface LqColumns extends AnalysisColumns {
  year: number;
  values: Float64Array;
  lq: Float64Array;
}

/** Shift-share as columns: the two years' values and the three components (NaN where missing). */
export interface ShiftShareColumns extends AnalysisColumns {
  from: Float64Array;
  to: Float64Array;
  referenceShare: Float64Array;
  industryMix: Float64Array;
  regionalShift: Float64Array;
}

export interface ShiftShareRow {
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
  sectorCode: string;
  sectorName: string;
  jobsFrom: number;
  jobsTo: number;
  referenceShare: number | null;
  industryMix: number | null;
  regionalShift: number | null;
  totalChange: number;
  growth: number | null;
  /** Esteban-Marquillas variant. */
  competitive: number | null;
  allocation: number | null;
  reason: string | null;
}

export interface DiversityRow {
  territoryCode: number;
  territoryKind?: TerritoryKind;
  territoryName: string;
  year: number;
  hhi: number | null;
  shannon: number | null;
  krugman: number | null;
  reason: string | null;
}

export interface PotentialSectorRow {
  sectorCode: string;
  sectorName: string;
  density: number;
  /** The territory's current LQ in the sector (below 1: it is not specialized yet). */
  lq: number | null;
  related: { sectorCode: string; sectorName: string; proximity: number }[];
}

export function parseReference(text: string): ReferenceSpec | null {
  if (text === 'country') return { kind: 'country' };
  const state = /^state:([A-Za-z]{2})$/.exec(text);
  if (state) return { kind: 'state', abbr: (state[1] ?? '').toUpperCase() };
  const set = /^set:(.+)$/.exec(text);
  if (set) return { kind: 'set', name: (set[1] ?? '').trim() };
  return null;
}

/**
 * Why an economic analysis is refused: `params.reason` of the ArranjoError, next to the values its
 * texts need. The English message stays for the CLI and logs; the UI translates by the reason.
 */
/** The label the analyses give the country as reference region; each language names it (referenceNameIn). */
export const COUNTRY_REFERENCE = 'Brasil';

export const ECONOMY_REFUSALS = [
  /** `--reference state:XX` names no state. */
  'unknown-state',
  /** The country as reference with data for fewer than the 27 states. */
  'country-reference-incomplete',
  /** `--reference set:<name>` names no territory set. */
  'reference-set-missing',
  /** The reference region has no data in the year. */
  'reference-empty',
  /** No data at the CNAE level asked, and none finer to roll up from (other levels have data). */
  'level-missing',
  /** A roll-up would add one territory's values from two levels (counted twice). */
  'mixed-levels',
  /** No data in the year; other years have some. */
  'no-data-year',
  /** No data of the measure in any year. */
  'no-data-any-year',
  /** A shift-share whose start year is not before its end year. */
  'period-order',
  /** The subject municipality does not exist. */
  'unknown-municipality',
  /** The subject territory set does not exist (any more). */
  'set-id-missing',
  /** The subject territory set has no members. */
  'set-empty',
  /** The subject municipality has no data in the year. */
  'territory-no-data',
  /** None of the subject territory set's members has data in the year. */
  'set-no-data',
  /** "Why this value" of a sector the subject has no row for. */
  'no-value',
] as const;
export type EconomyRefusal = (typeof ECONOMY_REFUSALS)[number];

/** The values each refusal carries. Lists (classifications, years) are comma-separated codes. */
export type EconomyRefusalValues = RefusalVocabulary<
  EconomyRefusal,
  {
    'unknown-state': { abbr: string };
    'country-reference-incomplete': { measure: Measure; states: number; year: number };
    /** `sets`: how many territory sets the workspace has (their names are in the message). */
    'reference-set-missing': { name: string; sets: number };
    'reference-empty': { reference: string; measure: Measure; year: number };
    'level-missing': { measure: Measure; level: Classification; year: number; available: string };
    'mixed-levels': { measure: Measure; level: Classification; year: number; territory: number; levels: string };
    'no-data-year': { measure: Measure; level: Classification; year: number; years: string };
    'no-data-any-year': { measure: Measure; level: Classification; year: number };
    'period-order': { from: number; to: number };
    'unknown-municipality': { code: number };
    'set-id-missing': { id: number };
    'set-empty': { id: number; name: string };
    'territory-no-data': { territory: number; measure: Measure; year: number };
    'set-no-data': { id: number; name: string; measure: Measure; year: number; count: number };
    'no-value': { measure: Measure; subject: string; sector: string; year: number };
  }
>;

/** An economy refusal as its params: a switch on `reason` narrows the values. */
export type EconomyRefusalParams = Refusal<EconomyRefusal, EconomyRefusalValues>;

/** The economy refusal an error's params name, or null (another kind of error). */
export function economyRefusal(params: Readonly<ErrorParams> | undefined): EconomyRefusalParams | null {
  return readRefusal<EconomyRefusal, EconomyRefusalValues>(params, ECONOMY_REFUSALS);
}
