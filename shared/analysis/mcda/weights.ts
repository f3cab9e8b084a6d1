import { checkWeights } from './validate';

/**
 * Weights divided by their sum (they then sum to 1); refuses negative, non-finite or all-zero weights.
 * Weights so large that their sum overflows (1e308 twice) are first divided by the largest, so they
 * keep their proportions instead of all becoming 0.
 */
export function normalizeWeights(weights: readonly number[], names: readonly string[] = []): number[] {
  checkWeights(weights, names);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (Number.isFinite(sum)) return weights.map((w) => w / sum);
  const largest = Math.max(...weights);
  const scaled = weights.map((w) => w / largest);
  const scaledSum = scaled.reduce((s, w) => s + w, 0);
  return scaled.map((w) => w / scaledSum);
}

/**
 * How weights as typed relate to 100%: they sum to 1, to 100 (percent), or to something else.
 * Half a percentage point of slack absorbs typed roundings such as 33.33 + 33.33 + 33.33.
 */
export function weightSumKind(weights: readonly number[]): { sum: number; kind: 'one' | 'hundred' | 'other' } {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (Math.abs(sum - 1) <= 0.005) return { sum, kind: 'one' };
  if (Math.abs(sum - 100) <= 0.5) return { sum, kind: 'hundred' };
  return { sum, kind: 'other' };
}
