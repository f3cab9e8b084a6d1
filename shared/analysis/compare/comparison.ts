/**
 * The maths of a side-by-side comparison: the best value of a row (respecting the indicator's
 * direction), differences to a baseline, the peer average, and radar scores. Pure and tested.
 */
export type Direction = 'higher-better' | 'lower-better' | 'neutral';

type Value = number | null | undefined;

const present = (v: Value): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Indices of the best values of a row: the largest for "higher is better", the smallest for
 * "lower is better" (ties are all best). None for a neutral indicator, when fewer than two values
 * are present, or when all present values are equal (nothing stands out).
 */
export function bestIndices(values: readonly Value[], direction: Direction): number[] {
  if (direction === 'neutral') return [];
  const nums = values.filter(present);
  if (nums.length < 2) return [];
  const target = direction === 'higher-better' ? Math.max(...nums) : Math.min(...nums);
  if (nums.every((v) => v === target)) return [];
  return values.flatMap((v, i) => (present(v) && v === target ? [i] : []));
}

export interface Difference {
  /** value − baseline, in the indicator's unit. */
  absolute: number | null;
  /** (value − baseline) / |baseline|; null when the baseline is 0 or missing. */
  relative: number | null;
  /** +1 better than the baseline, −1 worse, 0 equal or neutral indicator, null when not comparable. */
  verdict: 1 | -1 | 0 | null;
}

/** Each value against the baseline's value (the baseline itself gets 0 differences). */
export function differences(values: readonly Value[], baselineIndex: number, direction: Direction): Difference[] {
  const base = values[baselineIndex];
  return values.map((v) => {
    if (!present(v) || !present(base)) return { absolute: null, relative: null, verdict: null };
    const absolute = v - base;
    const relative = base === 0 ? null : absolute / Math.abs(base);
    const sign = absolute === 0 ? 0 : absolute > 0 ? 1 : -1;
    const verdict = direction === 'neutral' ? 0 : direction === 'higher-better' ? sign : (-sign as 1 | -1 | 0);
    return { absolute, relative, verdict: verdict === 0 ? 0 : verdict };
  });
}

/** Mean of the present values and how many there were (the peer average of a profile). */
export function peerAverage(values: readonly Value[]): { mean: number | null; count: number } {
  const nums = values.filter(present);
  if (nums.length === 0) return { mean: null, count: 0 };
  return { mean: nums.reduce((a, b) => a + b, 0) / nums.length, count: nums.length };
}

/**
 * Radar scores (0–100) of several series on one axis, so axes in different units share a chart and
 * further out is always better. When every value is ≥ 0 a score is a ratio to the best value
 * (v/max for higher-better and neutral; min/v for lower-better); with negative values (growth rates)
 * it is the position between the worst and the best. Missing values stay null; a lone or tied
 * value scores 100.
 */
export function radarScores(values: readonly Value[], direction: Direction): (number | null)[] {
  const nums = values.filter(present);
  if (nums.length === 0) return values.map(() => null);
  const min = Math.min(...nums);
  const max = Math.max(...nums);
  const lowerBetter = direction === 'lower-better';
  return values.map((v) => {
    if (!present(v)) return null;
    if (max === min) return 100;
    if (min >= 0) {
      if (lowerBetter) return v === 0 ? 100 : (100 * min) / v;
      return max === 0 ? 100 : (100 * v) / max;
    }
    return lowerBetter ? (100 * (max - v)) / (max - min) : (100 * (v - min)) / (max - min);
  });
}

export interface ComparedRow<R> {
  row: R;
  best: number[];
  differences: Difference[];
}

/** Marks and differences for every row of a comparison table. */
export function compareRows<R extends { values: readonly Value[]; direction: Direction }>(
  rows: readonly R[],
  baselineIndex: number,
): ComparedRow<R>[] {
  return rows.map((row) => ({
    row,
    best: bestIndices(row.values, row.direction),
    differences: differences(row.values, baselineIndex, row.direction),
  }));
}
