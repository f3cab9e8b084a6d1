import type { NormalizedMatrix } from './normalize';
import { distanceScale, type TopsisResult } from './topsis';

/**
 * How much each criterion adds to each alternative's result, for the contribution chart.
 *
 * - WSM: w_j · r_ij, summing exactly to the score.
 * - PROMETHEE II: w_j · φ_j(a), the weighted unicriterion net flows, summing exactly to φ(a);
 *   negative terms are criteria on which the alternative is outranked more than it outranks.
 * - VIKOR: the regret terms w_j (f*_j − f_ij)/(f*_j − f⁻_j), summing to S (lower is better): the
 *   chart shows where the alternative loses, and the largest term is its R.
 * - TOPSIS is not additive (closeness is a ratio of Euclidean distances): `values` holds each
 *   criterion's share of the squared distance to the ideal, (v_ij − A⁺_j)²/D⁺², and `secondary` its
 *   share of the squared distance to the anti-ideal: which criteria keep the alternative from the
 *   top, and which lift it off the bottom. Each row of shares sums to 1 (or 0 at the point itself).
 */
export interface Contributions {
  kind: 'additive' | 'distance-shares';
  /** m × n. */
  values: number[][];
  /** Row sums of `values`: the WSM score, the net flow φ, VIKOR's S; for TOPSIS, 1 or 0. */
  totals: number[];
  /** TOPSIS only: shares of the squared distance to the anti-ideal, m × n. */
  secondary?: number[][];
  /** One sentence for the chart's caption (English; the UI translates by `kind` and method). */
  explanation: string;
}

export function additiveContributions(terms: Float64Array, m: number, n: number, explanation: string): Contributions {
  const values: number[][] = [];
  const totals: number[] = [];
  for (let i = 0; i < m; i++) {
    const row = Array.from(terms.subarray(i * n, (i + 1) * n));
    values.push(row);
    totals.push(row.reduce((s, x) => s + x, 0));
  }
  return { kind: 'additive', values, totals, explanation };
}

/** w_j times a weight-free basis (normalized values, or unicriterion flows). */
export function weightedTerms(basis: Float64Array, m: number, n: number, weights: readonly number[]): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = (weights[j] ?? 0) * basis[i * n + j]!;
  return out;
}

export function topsisContributions(r: NormalizedMatrix, weights: readonly number[], t: TopsisResult): Contributions {
  const { m, n, data } = r;
  // Shares do not change under a common scale: taken on v/k, as the closeness is (values near 1e308
  // would square to Infinity and share Infinity/Infinity = NaN).
  const k = distanceScale(t.ideal, t.antiIdeal);
  const values: number[][] = [];
  const secondary: number[][] = [];
  const totals: number[] = [];
  for (let i = 0; i < m; i++) {
    const toIdeal: number[] = [];
    const toAnti: number[] = [];
    for (let j = 0; j < n; j++) {
      const v = ((weights[j] ?? 0) * data[i * n + j]!) / k;
      toIdeal.push((v - (t.ideal[j] ?? 0) / k) ** 2);
      toAnti.push((v - (t.antiIdeal[j] ?? 0) / k) ** 2);
    }
    const dp2 = toIdeal.reduce((a, x) => a + x, 0);
    const dm2 = toAnti.reduce((a, x) => a + x, 0);
    values.push(toIdeal.map((x) => (dp2 > 0 ? x / dp2 : 0)));
    secondary.push(toAnti.map((x) => (dm2 > 0 ? x / dm2 : 0)));
    totals.push(dp2 > 0 ? 1 : 0);
  }
  return {
    kind: 'distance-shares',
    values,
    totals,
    secondary,
    explanation:
      'TOPSIS closeness is not a sum: the bars show each criterion’s share of the squared distance to the ideal (what keeps the alternative from the top) and to the anti-ideal (what lifts it off the bottom).',
  };
}
