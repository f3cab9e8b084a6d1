/** Weight helpers of the editor: weights are typed as percentages and shown normalized to 100%. */

export function weightSum(weights: readonly number[]): number {
  return weights.reduce((s, w) => s + (Number.isFinite(w) ? w : 0), 0);
}

/** Sums within half a point of 100 count as 100 (33.33 × 3). */
export function sumsTo100(weights: readonly number[]): boolean {
  return Math.abs(weightSum(weights) - 100) <= 0.5;
}

/**
 * Each weight scaled so that they sum to 100, to two decimals, exactly: the rounding remainder goes
 * to the largest weight (33,34 + 33,33 + 33,33). All zero stays all zero (nothing to scale).
 */
export function normalizeTo100(weights: readonly number[]): number[] {
  const sum = weightSum(weights);
  if (!(sum > 0)) return weights.map(() => 0);
  return settle(
    weights.map((w) => round2(((Number.isFinite(w) ? w : 0) * 100) / sum)),
    100,
    -1,
  );
}

/** Puts the rounding remainder (to `total`) on the largest value other than `fixed`. */
function settle(values: number[], total: number, fixed: number): number[] {
  const residual = round2(total - values.reduce((a, b) => a + b, 0));
  if (residual === 0) return values;
  let largest = -1;
  values.forEach((v, j) => {
    if (j !== fixed && (largest < 0 || v > (values[largest] ?? 0))) largest = j;
  });
  if (largest >= 0) values[largest] = round2((values[largest] ?? 0) + residual);
  return values;
}

/** Shares 0–1 of each weight; 0 everywhere when the sum is 0. */
export function weightShares(weights: readonly number[]): number[] {
  const sum = weightSum(weights);
  return weights.map((w) => (sum > 0 && Number.isFinite(w) ? w / sum : 0));
}

/**
 * Moves one weight (a slider) to `value` (0–100) and rescales the others proportionally so the
 * total stays 100; when the others are all zero they share the rest equally.
 */
export function setWeightKeeping100(weights: readonly number[], k: number, value: number): number[] {
  const v = Math.min(100, Math.max(0, value));
  const n = weights.length;
  if (n === 1) return [100];
  const others = weightSum(weights) - (weights[k] ?? 0);
  const next = weights.map((w, j) => {
    if (j === k) return round2(v);
    return round2(others > 0 ? (w * (100 - v)) / others : (100 - v) / (n - 1));
  });
  return settle(next, 100, k);
}

/** Objective weights (summing to 1) as percentages. */
export function fromShares(shares: readonly number[]): number[] {
  return normalizeTo100(shares.map((s) => s * 100));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
