import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classCounts,
  classOf,
  equalIntervalBreaks,
  jenksBreaks,
  quantileBreaks,
  sdcm,
} from '../../../shared/analysis/compare/class-breaks';

/** Every split of sorted data into k contiguous classes, for the brute-force check of Jenks. */
function bestPartitionBySearch(data: number[], k: number): number {
  const sorted = [...data].sort((a, b) => a - b);
  const n = sorted.length;
  let best = Number.POSITIVE_INFINITY;
  const cost = (run: number[]) => {
    const mean = run.reduce((a, b) => a + b, 0) / run.length;
    return run.reduce((s, v) => s + (v - mean) ** 2, 0);
  };
  const walk = (from: number, left: number, acc: number) => {
    if (left === 1) {
      best = Math.min(best, acc + cost(sorted.slice(from)));
      return;
    }
    for (let end = from + 1; end <= n - left + 1; end++) walk(end, left - 1, acc + cost(sorted.slice(from, end)));
  };
  walk(0, k, 0);
  return best;
}

describe('class breaks', () => {
  it('equal interval: k classes of equal width from min to max', () => {
    expect(equalIntervalBreaks([0, 10, 3, 7, null, Number.NaN], 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(equalIntervalBreaks([4, 4, 4], 3)).toEqual([4, 4]);
    expect(equalIntervalBreaks([], 3)).toEqual([]);
  });

  it('quantile: about n/k values per class, the upper bound is the largest value of the class', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const bounds = quantileBreaks(values, 4);
    expect(bounds).toEqual([1, 3, 6, 9, 12]);
    expect(classCounts(values, bounds)).toEqual([3, 3, 3, 3]);
    // Ties merge classes rather than produce empty ones.
    // Many zeros (a sector absent from most municipalities): the zeros form a class of their own.
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 5, 9], 4)).toEqual([0, 0, 9]);
    expect(classCounts([0, 0, 0, 0, 0, 0, 5, 9], [0, 0, 9])).toEqual([6, 2]);
  });

  it('Jenks: the hand-computed example [1, 2, 4, 5, 7, 9, 10, 20] in 3 classes', () => {
    // Documented hand computation of the SDCM (sum of squared deviations from class means), the
    // criterion of Jenks (1977): {1,2,4,5} mean 3 → 4+1+1+4 = 10; {7,9,10} mean 26/3 →
    // 25/9+1/9+16/9 = 42/9 ≈ 4.667; {20} → 0. Total 14.667, the least of the 21 possible splits
    // (next best: {1,2,4}{5,7,9,10}{20} with 19.417). So the bounds are 1 | 5 | 10 | 20.
    const data = [1, 2, 4, 5, 7, 9, 10, 20];
    const bounds = jenksBreaks(data, 3);
    expect(bounds).toEqual([1, 5, 10, 20]);
    expect(sdcm(data, bounds)).toBeCloseTo(14.6667, 4);
    expect(classCounts(data, bounds)).toEqual([4, 3, 1]);
  });

  it('Jenks separates obvious clusters', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([1, 3, 12, 22]);
  });

  it('Jenks finds the least SDCM of all contiguous splits (brute force on small samples)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 200 }), { minLength: 4, maxLength: 11 }),
        fc.integer({ min: 2, max: 4 }),
        (data, k) => {
          const bounds = jenksBreaks(data, k);
          const distinct = new Set(data).size;
          if (distinct < k) return; // ties: fewer classes, nothing to compare
          expect(sdcm(data, bounds)).toBeCloseTo(bestPartitionBySearch(data, k), 6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every value gets a class; bounds start at the minimum and end at the maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('quantile' as const, 'equal-interval' as const, 'jenks' as const),
        (data, k, method) => {
          const bounds = classBreaks(method, data, k);
          expect(bounds[0]).toBe(Math.min(...data));
          expect(bounds[bounds.length - 1]).toBe(Math.max(...data));
          expect(bounds.length).toBeGreaterThanOrEqual(2);
          expect(bounds[1]).toBeGreaterThanOrEqual(bounds[0] as number);
          for (let i = 2; i < bounds.length; i++) expect(bounds[i]).toBeGreaterThan(bounds[i - 1] as number);
          expect(bounds.length - 1).toBeLessThanOrEqual(Math.max(1, k));
          for (const v of data) expect(classOf(v, bounds)).toBeGreaterThanOrEqual(0);
          expect(classCounts(data, bounds).reduce((a, b) => a + b, 0)).toBe(data.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('classOf puts a bound in the class below it, the minimum in the first class', () => {
    const bounds = [0, 10, 20];
    expect(classOf(0, bounds)).toBe(0);
    expect(classOf(10, bounds)).toBe(0);
    expect(classOf(10.5, bounds)).toBe(1);
    expect(classOf(20, bounds)).toBe(1);
    expect(classOf(21, bounds)).toBe(-1);
    expect(classOf(null, bounds)).toBe(-1);
  });

  it('Jenks on a large input samples order statistics and stays fast', () => {
    const data = Array.from({ length: 20_000 }, (_, i) => (i % 97) * 3 + Math.floor(i / 1000));
    const t = performance.now();
    const bounds = jenksBreaks(data, 5, 1000);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(bounds[0]).toBe(Math.min(...data));
    expect(bounds[bounds.length - 1]).toBe(Math.max(...data));
  });
});
