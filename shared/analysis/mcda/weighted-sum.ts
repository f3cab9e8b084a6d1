import type { NormalizedMatrix } from './normalize';

/**
 * Weighted sum model (WSM, simple additive weighting; Fishburn 1967, Triantaphyllou 2000):
 * score_i = Σ_j w_j · r_ij over the normalized matrix r (higher is better in every column) and
 * weights w summing to 1. The per-criterion terms w_j · r_ij are the contributions; they add up to
 * the score exactly.
 */
export function weightedSum(r: NormalizedMatrix, weights: readonly number[]): { scores: number[]; contributions: number[][] } {
  const { m, n, data } = r;
  const scores: number[] = [];
  const contributions: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    let s = 0;
    for (let j = 0; j < n; j++) {
      const c = (weights[j] ?? 0) * data[i * n + j]!;
      row.push(c);
      s += c;
    }
    contributions.push(row);
    scores.push(s);
  }
  return { scores, contributions };
}
