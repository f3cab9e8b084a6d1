import { rankScores } from '../../../../shared/analysis/mcda/rank';
import { createScorer, scoreInto } from '../../../../shared/analysis/mcda/scorer';
import { weightsWith } from '../../../../shared/analysis/mcda/sensitivity';
import type { DecisionMatrix, MethodOptions } from '../../../../shared/analysis/mcda/types';

/**
 * What the sensitivity view works on, from any user of the multi-criteria engine (a prioritization
 * run, an attraction plan's applicant scoring): the criteria with their weights (summing to 1), the
 * alternatives best first, the top N watched, and the ranked matrix with the method's options.
 */
export interface SensitivitySubject {
  topN: number;
  criteria: readonly { label: string; weight: number }[];
  ranked: readonly { key: string; label: string; rank: number }[];
  model: { matrix: DecisionMatrix; options: MethodOptions };
}

/**
 * Walking weights: the ranked matrix re-scored in the UI thread with the pure scorer of the MCDA
 * engine (no round trip to the worker: a 13 × 5 re-score takes microseconds, so a slider can
 * re-rank on every move). Scores are "higher is better" (VIKOR: −Q), as in the sensitivity analyses.
 */
export interface Walker {
  /** Ranks (1 = best) of the matrix rows for weights summing to 1. */
  ranks(weights: readonly number[]): number[];
  /** The weights with criterion k moved to t (0–1) and the others rescaled proportionally. */
  walk(base: readonly number[], k: number, t: number): number[];
}

export function createWalker(model: SensitivitySubject['model']): Walker {
  const scorer = createScorer(model.matrix, model.options);
  const out = new Float64Array(scorer.m);
  return {
    ranks(weights) {
      scoreInto(scorer, Float64Array.from(weights), out);
      return rankScores(Array.from(out), true);
    },
    walk(base, k, t) {
      return Array.from(weightsWith(Float64Array.from(base), k, Math.min(1, Math.max(0, t))));
    },
  };
}

export interface WalkRow {
  key: string;
  label: string;
  baseRank: number;
  rank: number;
  /** Positive: moved up (better) by that many places. */
  change: number;
  inTop: boolean;
}

/** The subject's alternatives under new ranks, best first, with how far each moved. */
export function walkRows(run: SensitivitySubject, ranks: readonly number[]): WalkRow[] {
  const byKey = new Map(run.ranked.map((r) => [r.key, r]));
  const rows = run.model.matrix.alternatives.map((key, i) => {
    const base = byKey.get(key);
    const rank = ranks[i] ?? 0;
    const baseRank = base?.rank ?? 0;
    return { key, label: base?.label ?? key, baseRank, rank, change: baseRank - rank, inTop: rank <= run.topN };
  });
  return rows.sort((a, b) => a.rank - b.rank || a.baseRank - b.baseRank);
}

/** Which alternatives entered and left the top N compared with the subject's ranking. */
export function topNChanges(rows: readonly WalkRow[], topN: number): { entered: string[]; left: string[] } {
  return {
    entered: rows.filter((r) => r.rank <= topN && r.baseRank > topN).map((r) => r.label),
    left: rows.filter((r) => r.rank > topN && r.baseRank <= topN).map((r) => r.label),
  };
}
