import { normalizeColumns } from './normalize';
import type { DecisionMatrix } from './types';
import { invalid } from './validate';

export const OBJECTIVE_WEIGHTINGS = ['entropy', 'critic'] as const;
export type ObjectiveWeighting = (typeof OBJECTIVE_WEIGHTINGS)[number];

export interface ObjectiveWeights {
  weights: number[];
  /** Entropy: e_j (0 = maximally diverse … 1 = uniform). CRITIC: the information amount C_j. */
  measure: number[];
}

/**
 * Objective weights from the data alone, a starting point the planner then adjusts. The weight row of
 * the matrix is ignored.
 */
export function objectiveWeights(matrix: DecisionMatrix, method: ObjectiveWeighting): ObjectiveWeights {
  return method === 'entropy' ? entropyWeights(matrix) : criticWeights(matrix);
}

/**
 * Entropy weights (Shannon 1948; Zeleny 1982; Hwang & Yoon 1981): p_ij = x_ij / Σ_i x_ij,
 * e_j = −(1/ln m) Σ_i p_ij ln p_ij (0 · ln 0 = 0), divergence d_j = 1 − e_j, w_j = d_j / Σ_k d_k.
 * Direction does not matter (it measures dispersion); values must be 0 or more.
 */
export function entropyWeights(matrix: DecisionMatrix): ObjectiveWeights {
  const { alternatives, criteria, values } = matrix;
  const m = alternatives.length;
  if (m < 2) throw invalid('Entropy weights need at least two alternatives.');
  const e = criteria.map((c, j) => {
    let sum = 0;
    let largest = 0;
    values.forEach((row, i) => {
      const x = row[j] ?? 0;
      if (!Number.isFinite(x))
        throw invalid(`The value of "${alternatives[i] ?? ''}" on criterion "${c.name}" is missing or not a number.`);
      if (x < 0)
        throw invalid(`Entropy weights need values of 0 or more, but criterion "${c.name}" is ${x} for "${alternatives[i] ?? ''}".`);
      sum += x;
      largest = Math.max(largest, x);
    });
    if (sum === 0) return 1; // all zero: no information
    // p_ij does not depend on the scale: values whose sum overflows (near 1e308) are summed divided by the largest.
    const scale = Number.isFinite(sum) ? 1 : largest;
    if (scale !== 1) sum = values.reduce((s, row) => s + (row[j] ?? 0) / scale, 0);
    let h = 0;
    for (const row of values) {
      const p = (row[j] ?? 0) / scale / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    return Math.min(1, h / Math.log(m));
  });
  const d = e.map((ej) => 1 - ej);
  const total = d.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw invalid('No criterion varies across the alternatives, so entropy cannot tell them apart.');
  return { weights: d.map((x) => x / total), measure: e };
}

/**
 * CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995, Computers & OR 22:763): on the min-max
 * normalized matrix (direction-aware: 1 = best), C_j = σ_j · Σ_k (1 − ρ_jk) with σ_j the standard
 * deviation of criterion j and ρ the Pearson correlation; w_j = C_j / Σ_k C_k. A criterion that does
 * not vary has σ = 0, hence C = 0, and its correlations with the others are taken as 0. When all
 * varying criteria are perfectly correlated (every C_j = 0) the weights fall back to σ_j / Σσ.
 */
export function criticWeights(matrix: DecisionMatrix): ObjectiveWeights {
  const { alternatives, criteria } = matrix;
  const m = alternatives.length;
  const n = criteria.length;
  if (m < 2) throw invalid('CRITIC weights need at least two alternatives.');
  if (n === 1) return { weights: [1], measure: [1] };
  matrix.values.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!Number.isFinite(x))
        throw invalid(`The value of "${alternatives[i] ?? ''}" on criterion "${criteria[j]?.name ?? ''}" is missing or not a number.`);
    }),
  );
  const { data } = normalizeColumns(matrix, 'minmax');
  const mean = new Float64Array(n);
  const sd = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += data[i * n + j]!;
    mean[j] = s / m;
    let ss = 0;
    for (let i = 0; i < m; i++) ss += (data[i * n + j]! - mean[j]!) ** 2;
    sd[j] = Math.sqrt(ss / (m - 1));
  }
  const c = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    let conflict = 0;
    for (let k = 0; k < n; k++) {
      if (k === j) continue;
      let rho = 0;
      if (sd[j]! > 0 && sd[k]! > 0) {
        let cov = 0;
        for (let i = 0; i < m; i++) cov += (data[i * n + j]! - mean[j]!) * (data[i * n + k]! - mean[k]!);
        rho = cov / (m - 1) / (sd[j]! * sd[k]!);
      }
      conflict += 1 - rho;
    }
    c[j] = sd[j]! * conflict;
  }
  const total = c.reduce((s, x) => s + x, 0);
  if (total > 0) return { weights: c.map((x) => x / total), measure: c };
  // Every varying criterion moves in lockstep with the others (ρ = 1): no conflict to measure, so
  // the contrast intensity σ_j alone decides.
  const sdTotal = sd.reduce((s, x) => s + x, 0);
  if (!(sdTotal > 0)) throw invalid('No criterion varies across the alternatives, so CRITIC cannot weigh them.');
  return { weights: Array.from(sd, (x) => x / sdTotal), measure: c };
}
