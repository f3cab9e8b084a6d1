import type { NormalizedMatrix } from './normalize';

export interface TopsisResult {
  /** Relative closeness C_i = D⁻/(D⁺ + D⁻), in [0, 1]; higher is better. */
  closeness: number[];
  /** Euclidean distance to the ideal solution A⁺. */
  dPlus: number[];
  /** Euclidean distance to the anti-ideal (negative-ideal) solution A⁻. */
  dMinus: number[];
  /** Weighted normalized ideal and anti-ideal, per criterion. */
  ideal: number[];
  antiIdeal: number[];
}

/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple Attribute Decision Making"): weighted normalized
 * values v_ij = w_j · r_ij; ideal A⁺_j = max_i v_ij and anti-ideal A⁻_j = min_i v_ij (every column of
 * r already has higher = better, cost criteria having been reflected by the normalization);
 * D±_i = √Σ_j (v_ij − A±_j)²; closeness C_i = D⁻_i / (D⁺_i + D⁻_i).
 * When an alternative sits at both A⁺ and A⁻ (every weighted column constant) it is equidistant: 0.5.
 */
export function topsis(r: NormalizedMatrix, weights: readonly number[]): TopsisResult {
  const { m, n, data } = r;
  const ideal = new Array<number>(n).fill(-Infinity);
  const antiIdeal = new Array<number>(n).fill(Infinity);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = (weights[j] ?? 0) * data[i * n + j]!;
      if (v > ideal[j]!) ideal[j] = v;
      if (v < antiIdeal[j]!) antiIdeal[j] = v;
    }
  }
  const dPlus: number[] = [];
  const dMinus: number[] = [];
  const closeness: number[] = [];
  for (let i = 0; i < m; i++) {
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < n; j++) {
      const v = (weights[j] ?? 0) * data[i * n + j]!;
      sp += (v - ideal[j]!) ** 2;
      sm += (v - antiIdeal[j]!) ** 2;
    }
    const dp = Math.sqrt(sp);
    const dm = Math.sqrt(sm);
    dPlus.push(dp);
    dMinus.push(dm);
    closeness.push(dp + dm === 0 ? 0.5 : dm / (dp + dm));
  }
  return { closeness, dPlus, dMinus, ideal, antiIdeal };
}

/** Closeness only, into `out`, without allocating: the inner loop of sensitivity analyses. */
export function topsisInto(r: NormalizedMatrix, weights: Float64Array, out: Float64Array, ideal: Float64Array, anti: Float64Array): void {
  const { m, n, data } = r;
  ideal.fill(-Infinity);
  anti.fill(Infinity);
  for (let i = 0; i < m; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const v = weights[j]! * data[base + j]!;
      if (v > ideal[j]!) ideal[j] = v;
      if (v < anti[j]!) anti[j] = v;
    }
  }
  for (let i = 0; i < m; i++) {
    const base = i * n;
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < n; j++) {
      const v = weights[j]! * data[base + j]!;
      const a = v - ideal[j]!;
      const b = v - anti[j]!;
      sp += a * a;
      sm += b * b;
    }
    const dp = Math.sqrt(sp);
    const dm = Math.sqrt(sm);
    out[i] = dp + dm === 0 ? 0.5 : dm / (dp + dm);
  }
}
