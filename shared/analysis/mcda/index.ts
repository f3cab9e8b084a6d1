/** Multi-criteria ranking of alternatives (districts, poles, initiatives): the public API. */
export * from './types';
export { validateMatrix } from './validate';
export { normalizeWeights, weightSumKind } from './weights';
export { DEFAULT_NORMALIZATION, normalize, normalizeColumns, type NormalizedMatrix } from './normalize';
export { weightedSum } from './weighted-sum';
export { topsis, type TopsisResult } from './topsis';
export { preference, resolvePreference, resolvePreferences, type ResolvedPreference } from './preference';
export { promethee, type PrometheeResult } from './promethee';
export { vikor, compromiseIndex, type VikorResult } from './vikor';
export { rankAlternatives, methodMatrix, type RankingResult } from './ranking';
export type { Contributions } from './contributions';
export { ahp, CR_THRESHOLD, RANDOM_INDEX, type AhpResult, type Judgement } from './ahp';
export {
  objectiveWeights,
  entropyWeights,
  criticWeights,
  OBJECTIVE_WEIGHTINGS,
  type ObjectiveWeighting,
  type ObjectiveWeights,
} from './objective-weights';
export { createScorer, scoreInto, type WeightedScorer } from './scorer';
export { keyedStabilityIntervals, stabilityIntervals, weightsWith, type KeyedStability, type StabilityInterval } from './sensitivity';
export { monteCarlo, type MonteCarloOptions, type MonteCarloResult, type WeightSampling } from './monte-carlo';
export { mulberry32 } from './prng';
export { rankScores, averageRanks, orderByScore } from './rank';
export { spearman, kendallTauB } from './rank-correlation';
export { consensusRanking, CONSENSUS_METHODS, type Consensus, type ConsensusMethod } from './consensus';
export { compareStakeholders, type StakeholderComparison, type WeightSet } from './stakeholders';
export { resolveMissing, MISSING_POLICIES, type MissingPolicy, type MissingResolution, type Exclusion, type Imputation } from './missing';
export { applyEligibility, OPERATORS, type EligibilityRule, type Operator } from './eligibility';
export { prepareMatrix, type PreparedMatrix } from './prepare';
export { parseMatrixCsv } from './matrix-csv';
export { parsePairwiseCsv } from './pairwise-csv';
