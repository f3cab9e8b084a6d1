/**
 * Prioritization scenarios (DESIGN.md §3, §4): which alternatives are ranked, by which criteria and
 * weights, with which method; and what a run of one gives back. Plain data: safe to structured-clone.
 */
import type { DecisionMatrix, Direction, Method, MethodOptions, Normalization, PreferenceFunction } from '../../analysis/mcda/types';
import type { MissingPolicy } from '../../analysis/mcda/missing';
import type { KeyedStability } from '../../analysis/mcda/sensitivity';

export { SUBJECT_KINDS } from '../metrics';
export type { AlternativeRef, CriterionSourceOption, InputCell, SubjectKind } from '../metrics';
import type { AlternativeRef, InputCell, SubjectKind } from '../metrics';

export const WEIGHT_ORIGINS = ['direct', 'ahp', 'entropy', 'critic'] as const;
/** Where the scenario's weights came from (they can always be edited by hand afterwards). */
export type WeightOrigin = (typeof WEIGHT_ORIGINS)[number];

export interface ScenarioCriterion {
  /** Criterion-source syntax (shared/domain/criterion-source.ts): `indicator:POP:2022`, `lq:2:2020`… */
  source: string;
  label: string;
  direction: Direction;
  /** Relative importance as typed (percent in the UI); runs divide by the sum. */
  weight: number;
  /** PROMETHEE II preference function and thresholds (in the units the method compares). */
  preference: PreferenceFunction;
  q: number | null;
  p: number | null;
  s: number | null;
  /** Eligibility: alternatives below `min` or above `max` are excluded, with the reason. */
  min: number | null;
  max: number | null;
}

export interface WeightSet {
  name: string;
  /** One per criterion, in criterion order. */
  weights: number[];
  /** The pairwise matrix the weights were derived from, when they came from AHP. */
  ahpMatrix: number[][] | null;
}

export interface ScenarioDefinition {
  name: string;
  description: string;
  method: Method;
  /** VIKOR's weight of the group-utility strategy (0–1); ignored by the other methods. */
  vikorV: number;
  /** null: the method's classic normalization. */
  normalization: Normalization | null;
  topN: number;
  missingPolicy: MissingPolicy;
  weightOrigin: WeightOrigin;
  ahpMatrix: number[][] | null;
  alternatives: AlternativeRef[];
  criteria: ScenarioCriterion[];
  weightSets: WeightSet[];
}

export interface Scenario extends ScenarioDefinition {
  id: number;
  createdAt: string;
  updatedAt: string;
  /** When the inputs were snapshotted; null while the scenario reads live data. */
  frozenAt: string | null;
}

export interface ScenarioSummary {
  id: number;
  name: string;
  method: Method;
  alternatives: number;
  criteria: number;
  weightSets: number;
  updatedAt: string;
  frozenAt: string | null;
}

export type ExclusionReason =
  | { kind: 'missing'; criterion: number }
  | { kind: 'below-min'; criterion: number; value: number; threshold: number }
  | { kind: 'above-max'; criterion: number; value: number; threshold: number }
  | { kind: 'not-found' };

export interface RunWarning {
  code: 'constant-criterion' | 'weights-sum' | 'top-n-reduced' | 'frozen' | 'ahp-inconsistent';
  /** Criterion index, sums, counts: what the UI needs to say it in the user's language. */
  params: Record<string, string | number>;
  /** The same in English, for the CLI, logs and the workbook. */
  message: string;
}

export interface RankedAlternative {
  key: string;
  kind: SubjectKind;
  code: string;
  label: string;
  municipality: string | null;
  lat: number | null;
  lon: number | null;
  /** The values ranked (imputed ones filled in), per criterion. */
  values: number[];
  /** The normalized values the method worked on (higher = better in every column). */
  normalized: number[];
  score: number;
  rank: number;
  inTop: boolean;
  /** Per criterion: what it adds to the score (see Contributions in shared/analysis/mcda). */
  contributions: number[];
  /** TOPSIS: each criterion's share of the squared distance to the anti-ideal. */
  secondary: number[] | null;
}

export interface RunAlternativeInput {
  key: string;
  label: string;
  cells: InputCell[];
}

export interface RunCriterion {
  label: string;
  source: string;
  direction: Direction;
  /** Weight divided by the sum of weights (0–1). */
  weight: number;
  unit: string;
  period: string;
}

export interface ScenarioRun {
  scenarioId: number;
  name: string;
  frozenAt: string | null;
  method: Method;
  normalization: Normalization;
  higherIsBetter: boolean;
  /** The top N used (the scenario's, or fewer when fewer alternatives are ranked). */
  topN: number;
  criteria: RunCriterion[];
  /** Best first. */
  ranked: RankedAlternative[];
  excluded: { key: string; label: string; reasons: ExclusionReason[]; messages: string[] }[];
  imputed: { key: string; label: string; criterion: number; value: number; policy: MissingPolicy; known: number; rule: string }[];
  warnings: RunWarning[];
  contributionKind: 'additive' | 'distance-shares';
  /** Every alternative of the scenario × criterion, with provenance (the workbook's inputs sheet). */
  inputs: RunAlternativeInput[];
  /** The weights as stored, and their sum (100 when typed as percentages). */
  weightSum: number;
  /** VIKOR: its compromise solution (alternative keys), else null. */
  compromise: string[] | null;
  /**
   * The matrix that was ranked (alternatives named by key, criteria by label) and the method options:
   * the UI re-scores it with the pure `createScorer` for walking weights, without a round trip.
   */
  model: { matrix: DecisionMatrix; options: MethodOptions };
}

/** A criterion's weight stability interval, entering/leaving alternatives named by key. */
export type StabilityRow = KeyedStability;

export interface AcceptabilityRow {
  key: string;
  label: string;
  rank: number;
  topNShare: number;
  firstShare: number;
  meanRank: number;
  bestRank: number;
  worstRank: number;
}

export interface SensitivityOptions {
  draws: number;
  seed: number;
  /** Perturbation: each weight × U[1 − spread, 1 + spread] (0–1); ignored for dirichlet sampling. */
  spread: number;
  sampling: 'perturbation' | 'dirichlet';
}

export interface ScenarioSensitivity {
  topN: number;
  options: SensitivityOptions;
  stability: StabilityRow[];
  acceptability: AcceptabilityRow[];
}

export interface ScenarioStakeholders {
  names: string[];
  /** Per alternative (ranked set, in the base ranking's order): rank under each weight set. */
  rows: { key: string; label: string; ranks: number[]; consensusRank: number; meanRank: number }[];
  spearman: (number | null)[][];
  kendall: (number | null)[][];
  consensusMethod: 'borda' | 'copeland';
  agreementWithConsensus: (number | null)[];
  /** Each set's weights divided by their sum. */
  weights: number[][];
}

export interface ScenarioComparison {
  scenarios: { id: number; name: string; method: Method; frozenAt: string | null }[];
  /** Alternatives ranked in every scenario compared. */
  rows: { key: string; label: string; ranks: number[] }[];
  /** Alternatives ranked in some scenarios only (left out of the correlations). */
  notCommon: string[];
  spearman: (number | null)[][];
  kendall: (number | null)[][];
}
