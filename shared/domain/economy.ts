import type { Classification, Measure } from './types';

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
