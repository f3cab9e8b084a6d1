import type { Classification, Measure } from './types';

/** Where an analysis compares a territory against: a state, the whole country, or a named set. */
export type ReferenceSpec = { kind: 'state'; abbr: string } | { kind: 'country' } | { kind: 'set'; name: string };

export interface EconomyQuery {
  classification: Classification;
  measure: Measure;
  reference: ReferenceSpec;
  /** Only these territories in the result (all with data when absent); the reference is unaffected. */
  territories?: number[];
}

export interface ReferenceInfo {
  label: string;
  territories: number;
  total: number;
}

export interface LqRow {
  territoryCode: number;
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
