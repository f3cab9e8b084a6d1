import { monteCarlo } from '../../analysis/mcda/monte-carlo';
import { objectiveWeights, type ObjectiveWeighting } from '../../analysis/mcda/objective-weights';
import { kendallTauB, spearman } from '../../analysis/mcda/rank-correlation';
import { createScorer } from '../../analysis/mcda/scorer';
import { keyedStabilityIntervals } from '../../analysis/mcda/sensitivity';
import { compareStakeholders } from '../../analysis/mcda/stakeholders';
import type { ScenarioComparison, ScenarioRun, ScenarioSensitivity, ScenarioStakeholders, SensitivityOptions } from './types';
import { lowestNegative, scenarioRefusal, type PreparedScenario } from './scenario-run';

/**
 * Weight stability intervals of the top N (exact for WSM and PROMETHEE II, bisection otherwise) and
 * Monte Carlo rank acceptability, on the matrix the run ranked.
 */
export function sensitivity(p: PreparedScenario, run: ScenarioRun, options: SensitivityOptions): ScenarioSensitivity {
  const scorer = createScorer(p.matrix, p.options);
  const weights = run.criteria.map((c) => c.weight);
  const keys = p.matrix.alternatives;
  const stability = keyedStabilityIntervals(scorer, weights, run.topN, keys);
  const mc = monteCarlo(scorer, weights, {
    draws: options.draws,
    topN: run.topN,
    seed: options.seed,
    sampling: options.sampling === 'dirichlet' ? { kind: 'dirichlet' } : { kind: 'perturbation', spread: options.spread },
  });
  const byKey = new Map(run.ranked.map((r) => [r.key, r]));
  const acceptability = keys
    .map((key, i) => ({
      key,
      label: byKey.get(key)?.label ?? key,
      rank: byKey.get(key)?.rank ?? 0,
      topNShare: mc.topNShare[i] ?? 0,
      firstShare: mc.firstShare[i] ?? 0,
      meanRank: mc.meanRank[i] ?? 0,
      bestRank: mc.bestRank[i] ?? 0,
      worstRank: mc.worstRank[i] ?? 0,
    }))
    .sort((a, b) => b.topNShare - a.topNShare || a.rank - b.rank);
  return { topN: run.topN, options, stability, acceptability };
}

/** Each stakeholder's ranking of the same alternatives, their rank correlations and a consensus. */
export function stakeholders(p: PreparedScenario, run: ScenarioRun, consensus: 'borda' | 'copeland'): ScenarioStakeholders {
  const sets = p.inputs.scenario.weightSets;
  if (sets.length === 0) {
    throw scenarioRefusal(
      'no-weight-sets',
      {},
      'The scenario has no stakeholder weight sets: add named weight sets (agency, federation…) first.',
    );
  }
  const comparison = compareStakeholders(p.matrix, sets, p.options, consensus);
  const keys = p.matrix.alternatives;
  const labels = new Map(run.ranked.map((r) => [r.key, r.label]));
  const baseOrder = new Map(run.ranked.map((r, i) => [r.key, i]));
  const rows = keys
    .map((key, i) => ({
      key,
      label: labels.get(key) ?? key,
      ranks: comparison.rankings.map((r) => r.ranks[i] ?? 0),
      consensusRank: comparison.consensus.ranks[i] ?? 0,
      meanRank: comparison.consensus.meanRank[i] ?? 0,
    }))
    .sort((a, b) => a.consensusRank - b.consensusRank || (baseOrder.get(a.key) ?? 0) - (baseOrder.get(b.key) ?? 0));
  return {
    names: comparison.names,
    rows,
    spearman: comparison.spearman,
    kendall: comparison.kendall,
    consensusMethod: consensus,
    agreementWithConsensus: comparison.agreementWithConsensus,
    weights: comparison.rankings.map((r) => r.weights),
  };
}

/** Entropy or CRITIC weights from the ranked matrix (a starting point), summing to 1. */
export function objective(p: PreparedScenario, method: ObjectiveWeighting): { weights: number[]; measure: number[]; criteria: string[] } {
  const negative = method === 'entropy' ? lowestNegative(p.matrix) : null;
  if (negative) {
    throw scenarioRefusal(
      'negative-values',
      { criterion: negative.criterion, value: negative.value, by: 'entropy' },
      `Entropy weights need values of 0 or more, but criterion "${negative.name}" is ${negative.value} for "${negative.alternative}".`,
    );
  }
  const result = objectiveWeights(p.matrix, method);
  return { weights: result.weights, measure: result.measure, criteria: p.matrix.criteria.map((c) => c.name) };
}

/** Rankings of several scenarios side by side, on the alternatives every one of them ranked. */
export function compareRuns(runs: readonly ScenarioRun[]): ScenarioComparison {
  if (runs.length < 2) throw scenarioRefusal('compare-two', {}, 'Pick at least two scenarios to compare.');
  const rankMaps = runs.map((r) => new Map(r.ranked.map((a) => [a.key, a])));
  const first = runs[0] as ScenarioRun;
  const common = first.ranked.filter((a) => rankMaps.every((m) => m.has(a.key))).map((a) => a.key);
  const all = new Set(runs.flatMap((r) => r.ranked.map((a) => a.key)));
  const commonSet = new Set(common);
  const labelOf = (key: string) => rankMaps.find((m) => m.has(key))?.get(key)?.label ?? key;
  const rows = common.map((key) => ({ key, label: labelOf(key), ranks: rankMaps.map((m) => m.get(key)?.rank ?? 0) }));
  const vectors = runs.map((_, k) => rows.map((r) => r.ranks[k] ?? 0));
  const pair = (f: (a: number[], b: number[]) => number | null) => vectors.map((a) => vectors.map((b) => (a.length >= 2 ? f(a, b) : null)));
  return {
    scenarios: runs.map((r) => ({ id: r.scenarioId, name: r.name, method: r.method, frozenAt: r.frozenAt })),
    rows,
    notCommon: [...all].filter((k) => !commonSet.has(k)).map(labelOf),
    spearman: pair(spearman),
    kendall: pair(kendallTauB),
  };
}
