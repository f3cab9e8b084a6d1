import { describe, expect, it } from 'vitest';
import { bestIndices, compareRows, differences, peerAverage, radarScores } from '../../../shared/analysis/compare/comparison';

describe('comparison maths', () => {
  it('marks the best value by direction, ties included, nothing for neutral or all-equal rows', () => {
    expect(bestIndices([3, 7, null, 7], 'higher-better')).toEqual([1, 3]);
    expect(bestIndices([3, 7, null, 1], 'lower-better')).toEqual([3]);
    expect(bestIndices([3, 7], 'neutral')).toEqual([]);
    expect(bestIndices([5, 5, null], 'higher-better')).toEqual([]);
    expect(bestIndices([5, null, null], 'higher-better')).toEqual([]);
  });

  it('gives differences to the baseline, absolute and relative, with a verdict by direction', () => {
    const d = differences([200, 250, 150, null], 0, 'higher-better');
    expect(d[0]).toEqual({ absolute: 0, relative: 0, verdict: 0 });
    expect(d[1]).toEqual({ absolute: 50, relative: 0.25, verdict: 1 });
    expect(d[2]).toEqual({ absolute: -50, relative: -0.25, verdict: -1 });
    expect(d[3]).toEqual({ absolute: null, relative: null, verdict: null });
    expect(differences([10, 5], 0, 'lower-better')[1]?.verdict).toBe(1);
    expect(differences([0, 5], 0, 'higher-better')[1]).toEqual({ absolute: 5, relative: null, verdict: 1 });
    expect(differences([-4, -2], 0, 'higher-better')[1]?.relative).toBe(0.5);
    expect(differences([1, 2], 0, 'neutral')[1]?.verdict).toBe(0);
  });

  it('averages the peers that have a value', () => {
    expect(peerAverage([2, null, 4, 6])).toEqual({ mean: 4, count: 3 });
    expect(peerAverage([null])).toEqual({ mean: null, count: 0 });
  });

  it('scores radar axes so that further out is better', () => {
    expect(radarScores([50, 100, null], 'higher-better')).toEqual([50, 100, null]);
    expect(radarScores([2, 4], 'lower-better')).toEqual([100, 50]);
    expect(radarScores([0, 4], 'lower-better')).toEqual([100, 0]);
    expect(radarScores([3, 3], 'higher-better')).toEqual([100, 100]);
    // Negative values (a shrinking sector): position between worst and best.
    expect(radarScores([-10, 0, 10], 'higher-better')).toEqual([0, 50, 100]);
    expect(radarScores([-10, 0, 10], 'lower-better')).toEqual([100, 50, 0]);
  });

  it('compares every row of a table against a chosen baseline', () => {
    const rows = [
      { key: 'jobs', direction: 'higher-better' as const, values: [100, 300, 200] },
      { key: 'pop', direction: 'neutral' as const, values: [1, 2, 3] },
    ];
    const out = compareRows(rows, 2);
    expect(out[0]?.best).toEqual([1]);
    expect(out[0]?.differences.map((d) => d.absolute)).toEqual([-100, 100, 0]);
    expect(out[1]?.best).toEqual([]);
  });
});
