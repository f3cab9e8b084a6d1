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
 * The distances are taken on v divided by its largest magnitude when that lies outside 1e-100 … 1e100
 * (values near 1e308 without normalization, whose differences and squares would be Infinity and give
 * NaN, or near 1e-300, whose squares would round to 0): C_i does not change under a common scale.
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
  const k = distanceScale(ideal, antiIdeal);
  const dPlus: number[] = [];
  const dMinus: number[] = [];
  const closeness: number[] = [];
  for (let i = 0; i < m; i++) {
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < n; j++) {
      const v = ((weights[j] ?? 0) * data[i * n + j]!) / k;
      sp += (v - ideal[j]! / k) ** 2;
      sm += (v - antiIdeal[j]! / k) ** 2;
    }
    const dp = Math.sqrt(sp);
    const dm = Math.sqrt(sm);
    dPlus.push(dp * k);
    dMinus.push(dm * k);
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
  const k = distanceScale(ideal, anti);
  if (k !== 1) {
    for (let j = 0; j < n; j++) {
      ideal[j] = ideal[j]! / k;
      anti[j] = anti[j]! / k;
    }
  }
  for (let i = 0; i < m; i++) {
    const base = i * n;
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < n; j++) {
      const v = k === 1 ? weights[j]! * data[base + j]! : (weights[j]! * data[base + j]!) / k;
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

/**
 * The divisor that keeps the distances finite and nonzero (D± are reported in the values' own units,
 * D·k, Infinity only where the distance itself is beyond the range of doubles): the largest |v| (which is at A⁺ or A⁻)
 * when it lies outside 1e-100 … 1e100, else 1 (the ordinary case, left exact).
 */
export function distanceScale(ideal: ArrayLike<number>, anti: ArrayLike<number>): number {
  let largest = 0;
  for (let j = 0; j < ideal.length; j++) largest = Math.max(largest, Math.abs(ideal[j]!), Math.abs(anti[j]!));
  return Number.isFinite(largest) && (largest > 1e100 || (largest > 0 && largest < 1e-100)) ? largest : 1;
}
