import { consensusRanking, type Consensus, type ConsensusMethod } from './consensus';
import { kendallTauB, spearman } from './rank-correlation';
import { rankAlternatives, type RankingResult } from './ranking';
import type { DecisionMatrix, MethodOptions } from './types';
import { invalid } from './validate';

/** A stakeholder's named weights on the scenario's criteria (same order). */
export interface WeightSet {
  name: string;
  weights: number[];
}

export interface StakeholderComparison {
  names: string[];
  rankings: RankingResult[];
  /** Pairwise rank correlations between the stakeholders' rankings (k × k; null where undefined). */
  spearman: (number | null)[][];
  kendall: (number | null)[][];
  consensus: Consensus;
  /** Each stakeholder's Kendall τ-b with the consensus: how far the consensus is from them. */
  agreementWithConsensus: (number | null)[];
}

/** Ranks the same alternatives under each stakeholder's weights, compares the rankings, and finds a consensus. */
export function compareStakeholders(
  matrix: DecisionMatrix,
  sets: readonly WeightSet[],
  options: MethodOptions,
  consensus: ConsensusMethod = 'borda',
): StakeholderComparison {
  if (sets.length === 0) throw invalid('There are no stakeholder weight sets to compare.');
  const seen = new Set<string>();
  for (const s of sets) {
    if (s.name.trim() === '' || seen.has(s.name)) throw invalid(`Stakeholder weight sets need distinct names ("${s.name}").`);
    seen.add(s.name);
    if (s.weights.length !== matrix.criteria.length) {
      throw invalid(`Weight set "${s.name}" has ${s.weights.length} weights for ${matrix.criteria.length} criteria.`);
    }
  }
  const rankings = sets.map((s) => {
    try {
      return rankAlternatives({ ...matrix, criteria: matrix.criteria.map((c, j) => ({ ...c, weight: s.weights[j] ?? 0 })) }, options);
    } catch (error) {
      if (error instanceof Error) error.message = `Weight set "${s.name}": ${error.message}`;
      throw error;
    }
  });
  const ranks = rankings.map((r) => r.ranks);
  const pairwise = (f: (a: number[], b: number[]) => number | null): (number | null)[][] => ranks.map((a) => ranks.map((b) => f(a, b)));
  const agreed = consensusRanking(ranks, consensus);
  return {
    names: sets.map((s) => s.name),
    rankings,
    spearman: pairwise(spearman),
    kendall: pairwise(kendallTauB),
    consensus: agreed,
    agreementWithConsensus: ranks.map((r) => kendallTauB(r, agreed.ranks)),
  };
}
