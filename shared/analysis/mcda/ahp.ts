import { refuseAhp } from './ahp-refusals';

/**
 * Saaty's random consistency index RI by matrix size n (index = n − 1). n ≤ 10: Saaty (1980, "The
 * Analytic Hierarchy Process"). n = 11–15: the extension commonly quoted from Saaty's later work
 * (1.51, 1.48, 1.56, 1.57, 1.59); not checked here against the original table.
 */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** Saaty's fundamental scale: judgements from 1/9 to 9 (a 0.111 for 1/9 passes within the tolerance). */
export const SAATY_MIN = 1 / 9;
export const SAATY_MAX = 9;

/** Saaty's threshold: a consistency ratio above 0.10 calls for revising judgements. */
export const CR_THRESHOLD = 0.1;

/** One judgement a_ij set against what the weights imply (w_i/w_j). */
export interface Judgement {
  row: number;
  column: number;
  /** The judgement as given, a_ij. */
  given: number;
  /** The judgement the weights imply, w_i/w_j: the consistent value to suggest. */
  implied: number;
  /** Saaty's ε_ij = a_ij · w_j / w_i (1 when perfectly consistent). */
  epsilon: number;
  /** max(ε, 1/ε) ≥ 1: how many times too strong or too weak the judgement is. */
  deviation: number;
}

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  /** Consistency index CI = (λmax − n)/(n − 1). */
  ci: number;
  /** Random index RI for this n (0 for n ≤ 2). */
  ri: number;
  /** Consistency ratio CR = CI/RI (0 for n ≤ 2, which are always consistent). */
  cr: number;
  /** CR ≤ 0.10. */
  consistent: boolean;
  /** The judgements above the diagonal, most inconsistent first. */
  judgements: Judgement[];
  iterations: number;
}

/**
 * AHP priorities (Saaty 1977, J. Math. Psych. 15:234; 1980): the principal right eigenvector of the
 * pairwise comparison matrix A, found by power iteration (A is positive, so by Perron–Frobenius the
 * iteration converges to it from the row geometric means), normalized to sum 1; λmax = Σ_i (Aw)_i at
 * convergence. Refuses matrices that are not square, have entries off Saaty's 1/9–9 scale, a diagonal other
 * than 1, or are not reciprocal (a_ji · a_ij = 1 within `tolerance`, so 0.333 passes for 1/3).
 */
export function ahp(matrix: readonly (readonly number[])[], tolerance = 0.01): AhpResult {
  const n = matrix.length;
  checkPairwise(matrix, tolerance);
  const a = matrix.map((row) => row.map((v) => v));
  let w = a.map((row) => Math.exp(row.reduce((s, v) => s + Math.log(v), 0) / n));
  w = scaleToOne(w);
  let lambda = n;
  let iterations = 0;
  for (; iterations < 10_000; iterations++) {
    const aw = a.map((row) => row.reduce((s, v, j) => s + v * (w[j] ?? 0), 0));
    lambda = aw.reduce((s, v) => s + v, 0);
    const next = aw.map((v) => v / lambda);
    const change = next.reduce((mx, v, i) => Math.max(mx, Math.abs(v - (w[i] ?? 0))), 0);
    w = next;
    if (change < 1e-15) break;
  }
  const ci = n > 1 ? (lambda - n) / (n - 1) : 0;
  const ri = RANDOM_INDEX[n - 1] ?? 0;
  // λmax ≥ n for a positive reciprocal matrix; tiny negatives are rounding of a consistent matrix.
  const cr = ri > 0 ? Math.max(0, ci / ri) : 0;
  const judgements: Judgement[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const given = a[i]?.[j] ?? 1;
      const implied = (w[i] ?? 0) / (w[j] ?? 1);
      const epsilon = given / implied;
      judgements.push({ row: i, column: j, given, implied, epsilon, deviation: Math.max(epsilon, 1 / epsilon) });
    }
  }
  judgements.sort((x, y) => y.deviation - x.deviation);
  return { weights: w, lambdaMax: lambda, ci: Math.max(0, ci), ri, cr, consistent: cr <= CR_THRESHOLD, judgements, iterations };
}

function checkPairwise(matrix: readonly (readonly number[])[], tolerance: number): void {
  const n = matrix.length;
  if (n < 2) throw refuseAhp({ reason: 'ahp-too-small' });
  if (n > RANDOM_INDEX.length) throw refuseAhp({ reason: 'ahp-too-large', size: n, max: RANDOM_INDEX.length });
  matrix.forEach((row, i) => {
    if (row.length !== n) throw refuseAhp({ reason: 'ahp-row-length', row: i + 1, count: row.length, size: n });
    row.forEach((v, j) => {
      const cell = { row: i + 1, column: j + 1 };
      if (typeof v !== 'number' || !Number.isFinite(v)) throw refuseAhp({ reason: 'ahp-not-number', ...cell });
      if (v <= 0) throw refuseAhp({ reason: 'ahp-not-positive', ...cell, value: v });
      // Saaty's scale ends at 9 ("extremely more important") and its reciprocal 1/9: a 12, or a 90
      // typed for 9, was weighed as it stood, and a 0.01 as a hundred times less important.
      if (v < SAATY_MIN * (1 - tolerance) || v > SAATY_MAX * (1 + tolerance))
        throw refuseAhp({ reason: 'ahp-off-scale', ...cell, value: v });
    });
  });
  for (let i = 0; i < n; i++) {
    const d = matrix[i]?.[i] ?? 1;
    if (Math.abs(d - 1) > tolerance) throw refuseAhp({ reason: 'ahp-diagonal', row: i + 1, column: i + 1, value: d });
    for (let j = i + 1; j < n; j++) {
      const aij = matrix[i]?.[j] ?? 1;
      const aji = matrix[j]?.[i] ?? 1;
      // Refused at the lower cell, the mirror of the judgement the planner gives (the editor's upper triangle).
      if (Math.abs(aij * aji - 1) > tolerance)
        throw refuseAhp({ reason: 'ahp-not-reciprocal', row: j + 1, column: i + 1, value: aji, other: aij, expected: 1 / aij });
    }
  }
}

function scaleToOne(v: number[]): number[] {
  const s = v.reduce((acc, x) => acc + x, 0);
  return v.map((x) => x / s);
}
