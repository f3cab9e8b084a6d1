import type { DecisionMatrix, Method, Normalization } from './types';
import { invalid } from './validate';

/** The classic normalization of each method (VIKOR always scales by best and worst: min-max). */
export const DEFAULT_NORMALIZATION: Record<Method, Normalization> = {
  wsm: 'minmax',
  topsis: 'vector',
  promethee2: 'none',
  vikor: 'minmax',
};

/** A normalized matrix, row-major (`data[i * n + j]`); in every column a higher value is better. */
export interface NormalizedMatrix {
  m: number;
  n: number;
  data: Float64Array;
}

/**
 * Normalizes each criterion (column) so that criteria become comparable and, in every column,
 * higher means better. Cost criteria are turned around explicitly, per method:
 *
 * - `minmax`  benefit (x − min)/(max − min); cost (max − x)/(max − min). Range [0, 1], 1 = best.
 * - `vector`  r = x/√Σx² (Hwang & Yoon 1981); cost 1 − r. A linear reflection, so TOPSIS distances
 *             equal those of the classic treatment (ideal = smallest r on cost criteria).
 * - `sum`     r = x/Σx (needs x ≥ 0); cost 1 − r.
 * - `zscore`  (x − mean)/σ with the population σ; cost −z.
 * - `none`    x as given; cost −x. For commensurate data, and for PROMETHEE thresholds in the
 *             criterion's own units.
 *
 * A column whose value is the same for every alternative (or all zero for vector and sum) carries no
 * information: it normalizes to 0 everywhere instead of dividing by zero.
 */
export function normalizeColumns(matrix: DecisionMatrix, method: Normalization): NormalizedMatrix {
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const data = new Float64Array(m * n);
  const col = new Float64Array(m);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) col[i] = matrix.values[i]?.[j] ?? 0;
    const cost = matrix.criteria[j]?.direction === 'cost';
    normalizeColumn(col, method, cost, matrix.criteria[j]?.name ?? String(j + 1), matrix.alternatives);
    for (let i = 0; i < m; i++) data[i * n + j] = col[i]!;
  }
  return { m, n, data };
}

/** The same, as rows of numbers (for display). */
export function normalize(matrix: DecisionMatrix, method: Normalization): number[][] {
  const { m, n, data } = normalizeColumns(matrix, method);
  return Array.from({ length: m }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)));
}

/** Normalizes one column in place. */
function normalizeColumn(col: Float64Array, method: Normalization, cost: boolean, name: string, alternatives: readonly string[]): void {
  const m = col.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < m; i++) {
    min = Math.min(min, col[i]!);
    max = Math.max(max, col[i]!);
  }
  const constant = max === min;
  // Every normalization but `none` is scale-free: a column whose squares, sum or range would leave
  // the range of doubles (|x| near 1e308, or squares of 1e-200 rounding to 0) is first divided by
  // its largest magnitude, so it is not read as NaN or as a column of zeros.
  const largest = Math.max(Math.abs(min), Math.abs(max));
  const scale = method !== 'none' && !constant && (largest > 1e100 || largest < 1e-100) ? largest : 1;
  if (scale !== 1) {
    for (let i = 0; i < m; i++) col[i] = col[i]! / scale;
    min /= scale;
    max /= scale;
  }
  switch (method) {
    case 'minmax': {
      const range = max - min;
      for (let i = 0; i < m; i++) col[i] = constant ? 0 : cost ? (max - col[i]!) / range : (col[i]! - min) / range;
      return;
    }
    case 'vector': {
      let ss = 0;
      for (let i = 0; i < m; i++) ss += col[i]! * col[i]!;
      const norm = Math.sqrt(ss);
      for (let i = 0; i < m; i++) {
        const r = norm === 0 ? 0 : col[i]! / norm;
        col[i] = norm === 0 ? 0 : cost ? 1 - r : r;
      }
      return;
    }
    case 'sum': {
      if (min < 0) {
        const at = col.findIndex((v) => v === min);
        throw invalid(
          `Sum normalization needs values of 0 or more, but criterion "${name}" is ${min * scale} for "${alternatives[at] ?? ''}". Use min-max or z-score.`,
        );
      }
      let sum = 0;
      for (let i = 0; i < m; i++) sum += col[i]!;
      for (let i = 0; i < m; i++) {
        const r = sum === 0 ? 0 : col[i]! / sum;
        col[i] = sum === 0 ? 0 : cost ? 1 - r : r;
      }
      return;
    }
    case 'zscore': {
      let mean = 0;
      for (let i = 0; i < m; i++) mean += col[i]!;
      mean /= m;
      let ss = 0;
      for (let i = 0; i < m; i++) ss += (col[i]! - mean) ** 2;
      const sd = Math.sqrt(ss / m);
      for (let i = 0; i < m; i++) {
        const z = constant || sd === 0 ? 0 : (col[i]! - mean) / sd;
        col[i] = cost ? -z || 0 : z;
      }
      return;
    }
    case 'none':
      if (cost) for (let i = 0; i < m; i++) col[i] = -col[i]! || 0;
      return;
  }
}
