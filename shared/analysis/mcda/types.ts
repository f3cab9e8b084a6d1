/**
 * Multi-criteria decision analysis (MCDA): the shapes shared by every method.
 * DESIGN.md §4 (multi-criteria) — methods, normalizations and sensitivity analyses.
 */

/** Benefit: higher values are better. Cost: lower values are better. */
export type Direction = 'benefit' | 'cost';

export interface Criterion {
  name: string;
  direction: Direction;
  /** Relative importance; methods use weights divided by their sum. */
  weight: number;
}

/** A complete decision matrix: `values[i][j]` is alternative i on criterion j. */
export interface DecisionMatrix {
  alternatives: string[];
  criteria: Criterion[];
  values: number[][];
}

/** A decision matrix as it comes from the user: cells may be missing (null). */
export interface RawDecisionMatrix {
  alternatives: string[];
  criteria: Criterion[];
  values: (number | null)[][];
}

export const NORMALIZATIONS = ['minmax', 'vector', 'sum', 'zscore', 'none'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

export const METHODS = ['wsm', 'topsis', 'promethee2', 'vikor'] as const;
export type Method = (typeof METHODS)[number];

export const PREFERENCE_FUNCTIONS = ['usual', 'ushape', 'vshape', 'level', 'linear', 'gaussian'] as const;
/** The six generalized criteria of Brans & Vincke (1985). */
export type PreferenceFunction = (typeof PREFERENCE_FUNCTIONS)[number];

/**
 * A PROMETHEE preference function with its thresholds, in the criterion's units (or in normalized
 * units when a normalization is applied first): q indifference, p preference, s Gaussian inflection.
 */
export interface PreferenceParams {
  fn: PreferenceFunction;
  q?: number;
  p?: number;
  s?: number;
}

/** How one method is run. Omitted normalizations take the method's classic default. */
export type MethodOptions =
  | { method: 'wsm'; normalization?: Normalization }
  | { method: 'topsis'; normalization?: Normalization }
  | { method: 'promethee2'; normalization?: Normalization; preferences?: PreferenceParams | PreferenceParams[] }
  | { method: 'vikor'; v?: number };

/** The ranking every method produces. Rank 1 is the best; tied scores share the better rank. */
export interface Ranking {
  alternatives: string[];
  /** The method's score: WSM score, TOPSIS closeness, PROMETHEE net flow φ, VIKOR Q. */
  scores: number[];
  /** True for WSM, TOPSIS and PROMETHEE; false for VIKOR (rank 1 = lowest Q). */
  higherIsBetter: boolean;
  ranks: number[];
  /** Alternative indices, best first (ties in input order). */
  order: number[];
}
