import { orderByScore, rankScores } from './rank';
import { invalid } from './validate';

export const CONSENSUS_METHODS = ['borda', 'copeland'] as const;
export type ConsensusMethod = (typeof CONSENSUS_METHODS)[number];

export interface Consensus {
  method: ConsensusMethod;
  /** Borda: total points Σ_k (m − rank_k); Copeland: pairwise majority wins minus losses. Higher is better. */
  points: number[];
  /** Mean rank across the rankings. */
  meanRank: number[];
  ranks: number[];
  order: number[];
}

/**
 * A consensus ranking of stakeholder rankings (each a rank vector over the same alternatives, 1 = best).
 *
 * - `borda` (Borda 1781): each ranking gives an alternative m − rank points; the consensus orders by
 *   total points. With complete rankings this is exactly ordering by mean rank, which is how it is
 *   explained to a meeting: "on average, across the stakeholders, this district ranks 3.2".
 * - `copeland` (Copeland 1951): a majority-of-stakeholders contest between every pair; points are
 *   wins minus losses. Less swayed by one stakeholder who puts an alternative last.
 */
export function consensusRanking(rankings: readonly (readonly number[])[], method: ConsensusMethod = 'borda'): Consensus {
  if (rankings.length === 0) throw invalid('A consensus needs at least one ranking.');
  const m = rankings[0]?.length ?? 0;
  rankings.forEach((r, k) => {
    if (r.length !== m) throw invalid(`Ranking ${k + 1} has ${r.length} alternatives; the first has ${m}.`);
    if (!r.every((x) => Number.isFinite(x) && x >= 1)) throw invalid(`Ranking ${k + 1} has a rank that is not a number of 1 or more.`);
  });
  const meanRank = Array.from({ length: m }, (_, i) => rankings.reduce((s, r) => s + (r[i] ?? 0), 0) / rankings.length);
  let points: number[];
  if (method === 'borda') {
    points = Array.from({ length: m }, (_, i) => rankings.reduce((s, r) => s + (m - (r[i] ?? 0)), 0));
  } else {
    points = new Array<number>(m).fill(0);
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        let margin = 0;
        for (const r of rankings) margin += Math.sign((r[b] ?? 0) - (r[a] ?? 0)); // +1 when a ranks better
        if (margin > 0) {
          points[a] = (points[a] ?? 0) + 1;
          points[b] = (points[b] ?? 0) - 1;
        } else if (margin < 0) {
          points[a] = (points[a] ?? 0) - 1;
          points[b] = (points[b] ?? 0) + 1;
        }
      }
    }
  }
  return { method, points, meanRank, ranks: rankScores(points, true), order: orderByScore(points, true) };
}
