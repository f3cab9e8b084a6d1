/**
 * A computed value, or an explicit empty value with the reason it cannot be computed. Analyses never
 * put NaN or Infinity on screen or in a file: they say why a value is missing instead.
 */
export type Computed = { value: number; reason?: undefined } | { value: null; reason: MissingReason };

export type MissingReason =
  'territory-has-no-jobs' | 'sector-absent-from-reference' | 'reference-empty' | 'no-jobs-at-start' | 'sector-absent-at-start';

export const MISSING_REASON_TEXT: Record<MissingReason, string> = {
  'territory-has-no-jobs': 'the territory has no jobs in this year',
  'sector-absent-from-reference': 'the sector has no jobs in the reference region',
  'reference-empty': 'the reference region has no jobs',
  'no-jobs-at-start': 'the territory had no jobs in this sector at the start year',
  'sector-absent-at-start': 'the sector had no jobs in the reference region at the start year',
};

export function computed(value: number): Computed {
  return { value };
}

export function missing(reason: MissingReason): Computed {
  return { value: null, reason };
}

/**
 * Jobs (or another measure) of territories × sectors for one year: a dense row-major matrix
 * (row = territory, column = sector). Absent cells are 0.
 */
export interface ActivityMatrix {
  territories: readonly number[];
  sectors: readonly string[];
  values: Float64Array;
}

/** Totals of the reference region: by sector, and overall. */
export interface ReferenceTotals {
  bySector: Float64Array;
  total: number;
}
