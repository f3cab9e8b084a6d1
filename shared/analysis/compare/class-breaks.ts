/**
 * Class breaks for choropleth maps. Every method returns the class bounds `[b0, b1, …, bk]`:
 * b0 is the minimum, bk the maximum; class i holds the values v with b_i < v ≤ b_(i+1), the first
 * class also holding b0 (so b1 = b0 is a class of the minimum alone). Empty classes are dropped, so
 * tied data can yield fewer classes than asked.
 */
export type ClassMethod = 'quantile' | 'equal-interval' | 'jenks';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal-interval', 'jenks'];

function finiteSorted(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

/**
 * Drops repeated bounds (empty classes). The first class may be the minimum alone: b1 = b0 is
 * kept, since that class does hold values (the first class includes b0).
 */
function dedupe(bounds: number[]): number[] {
  const out = bounds.slice(0, 2);
  for (let i = 2; i < bounds.length; i++) if ((bounds[i] as number) > (out[out.length - 1] as number)) out.push(bounds[i] as number);
  return out;
}

/** Equal interval: k classes of the same width between the minimum and the maximum. */
export function equalIntervalBreaks(values: Iterable<number | null | undefined>, k: number): number[] {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (min === max) return [min, max];
  const width = (max - min) / k;
  const bounds = [min];
  for (let i = 1; i < k; i++) bounds.push(min + width * i);
  bounds.push(max);
  return dedupe(bounds);
}

/**
 * Quantile: about the same number of values in each class. Class i takes the values of ranks
 * ⌊i·n/k⌋ … ⌊(i+1)·n/k⌋−1 of the sorted data; its upper bound is the largest of them.
 */
export function quantileBreaks(values: Iterable<number | null | undefined>, k: number): number[] {
  const sorted = finiteSorted(values);
  const n = sorted.length;
  if (n === 0) return [];
  const bounds = [sorted[0] as number];
  for (let i = 1; i <= k; i++) {
    const last = Math.max(0, Math.floor((i * n) / k) - 1);
    bounds.push(sorted[last] as number);
  }
  return dedupe(bounds);
}

/**
 * Jenks natural breaks: the partition of the sorted values into k contiguous classes with the
 * least sum of squared deviations from the class means (SDCM) — Jenks (1977), "Optimal data
 * classification for choropleth maps", computed exactly by Fisher's (1958) dynamic programme
 * (the "Fisher-Jenks" algorithm), O(k·n²). Large inputs are reduced to `sampleLimit` evenly spaced
 * order statistics first (the map's 853 municipalities are far below the default).
 */
export function jenksBreaks(values: Iterable<number | null | undefined>, k: number, sampleLimit = 4000): number[] {
  let data = finiteSorted(values);
  if (data.length === 0) return [];
  const min = data[0] as number;
  const max = data[data.length - 1] as number;
  if (data.length > sampleLimit) {
    const step = (data.length - 1) / (sampleLimit - 1);
    data = Array.from({ length: sampleLimit }, (_, i) => data[Math.round(i * step)] as number);
  }
  const n = data.length;
  const classes = Math.min(k, n);
  if (classes <= 1) return dedupe([min, max]);

  // Prefix sums give the SDCM of any run data[i..j] in O(1).
  const sum = new Float64Array(n + 1);
  const sumSq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = (data[i] as number) - min; // shifted: keeps the squares small and the sums exact longer
    sum[i + 1] = (sum[i] as number) + v;
    sumSq[i + 1] = (sumSq[i] as number) + v * v;
  }
  const ssd = (i: number, j: number): number => {
    const count = j - i + 1;
    const s = (sum[j + 1] as number) - (sum[i] as number);
    return (sumSq[j + 1] as number) - (sumSq[i] as number) - (s * s) / count;
  };

  // cost[c][j]: least SDCM of data[0..j] in c+1 classes; start[c][j]: where its last class begins.
  const cost: Float64Array[] = [];
  const start: Int32Array[] = [];
  const first = new Float64Array(n);
  for (let j = 0; j < n; j++) first[j] = ssd(0, j);
  cost.push(first);
  start.push(new Int32Array(n));
  for (let c = 1; c < classes; c++) {
    const prev = cost[c - 1] as Float64Array;
    const row = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const from = new Int32Array(n);
    for (let j = c; j < n; j++) {
      let best = Number.POSITIVE_INFINITY;
      let bestStart = j;
      for (let i = c; i <= j; i++) {
        const candidate = (prev[i - 1] as number) + ssd(i, j);
        if (candidate < best) {
          best = candidate;
          bestStart = i;
        }
      }
      row[j] = best;
      from[j] = bestStart;
    }
    cost.push(row);
    start.push(from);
  }

  const uppers: number[] = [];
  let end = n - 1;
  for (let c = classes - 1; c >= 0; c--) {
    uppers.unshift(data[end] as number);
    const begin = c === 0 ? 0 : ((start[c] as Int32Array)[end] as number);
    end = begin - 1;
  }
  uppers[uppers.length - 1] = max;
  return dedupe([min, ...uppers]);
}

export function classBreaks(method: ClassMethod, values: Iterable<number | null | undefined>, k: number): number[] {
  const classes = Math.max(1, Math.min(12, Math.floor(k)));
  if (method === 'quantile') return quantileBreaks(values, classes);
  if (method === 'equal-interval') return equalIntervalBreaks(values, classes);
  return jenksBreaks(values, classes);
}

/** The class index (0-based) of a value for the given bounds, or -1 when it has none. */
export function classOf(value: number | null | undefined, bounds: readonly number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || bounds.length < 2) return -1;
  const last = bounds.length - 2;
  if (value < (bounds[0] as number) || value > (bounds[bounds.length - 1] as number)) return -1;
  for (let i = 0; i <= last; i++) if (value <= (bounds[i + 1] as number)) return i;
  return last;
}

/** How many values fall in each class: the legend shows these counts. */
export function classCounts(values: Iterable<number | null | undefined>, bounds: readonly number[]): number[] {
  const counts = new Array<number>(Math.max(0, bounds.length - 1)).fill(0);
  for (const v of values) {
    const c = classOf(v, bounds);
    if (c >= 0) counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** Sum of squared deviations from the class means: what Jenks minimizes (tests and the "why" text). */
export function sdcm(values: Iterable<number | null | undefined>, bounds: readonly number[]): number {
  const groups = new Map<number, number[]>();
  for (const v of finiteSorted(values)) {
    const c = classOf(v, bounds);
    const list = groups.get(c) ?? [];
    list.push(v);
    groups.set(c, list);
  }
  let total = 0;
  for (const list of groups.values()) {
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    for (const v of list) total += (v - mean) ** 2;
  }
  return total;
}
