import { describe, expect, it } from 'vitest';
import { normalize, rankAlternatives, rankScores, averageRanks, weightSumKind, normalizeWeights } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('normalizations (cost criteria turned around explicitly)', () => {
  // One benefit column (2, 4, 6) and one cost column (1, 2, 3), hand-computed.
  const m = matrixOf(
    [
      [2, 1],
      [4, 2],
      [6, 3],
    ],
    [1, 1],
    ['benefit', 'cost'],
  );
  it('min-max: (x − min)/(max − min), cost (max − x)/(max − min)', () => {
    expect(normalize(m, 'minmax')).toEqual([
      [0, 1],
      [0.5, 0.5],
      [1, 0],
    ]);
  });
  it('vector: x/√Σx², cost 1 − x/√Σx²', () => {
    const a = Math.sqrt(4 + 16 + 36);
    const b = Math.sqrt(1 + 4 + 9);
    normalize(m, 'vector').forEach((row, i) => {
      expect(row[0]).toBeCloseTo([2, 4, 6][i]! / a, 12);
      expect(row[1]).toBeCloseTo(1 - [1, 2, 3][i]! / b, 12);
    });
  });
  it('sum: x/Σx, cost 1 − x/Σx', () => {
    normalize(m, 'sum').forEach((row, i) => {
      expect(row[0]).toBeCloseTo([2, 4, 6][i]! / 12, 12);
      expect(row[1]).toBeCloseTo(1 - [1, 2, 3][i]! / 6, 12);
    });
  });
  it('z-score: (x − mean)/σ (population), cost −z', () => {
    const z = Math.sqrt(3 / 2); // (x − mean)/σ for (−1, 0, 1)·k with σ = k·√(2/3)
    const got = normalize(m, 'zscore');
    [-z, 0, z].forEach((x, i) => expect(got[i]![0]).toBeCloseTo(x, 12));
    [z, 0, -z].forEach((x, i) => expect(got[i]![1]).toBeCloseTo(x, 12));
  });
  it('none: x, cost −x', () => {
    expect(normalize(m, 'none')).toEqual([
      [2, -1],
      [4, -2],
      [6, -3],
    ]);
  });
  it('a constant column normalizes to 0 everywhere, never NaN', () => {
    const constant = matrixOf(
      [
        [5, 1],
        [5, 2],
      ],
      [1, 1],
    );
    for (const method of ['minmax', 'vector', 'sum', 'zscore'] as const) {
      const got = normalize(constant, method).map((r) => r[0]);
      expect(got.every((x) => Number.isFinite(x))).toBe(true);
      if (method === 'minmax' || method === 'zscore') expect(got).toEqual([0, 0]);
    }
    expect(
      normalize(
        matrixOf(
          [
            [0, 1],
            [0, 2],
          ],
          [1, 1],
        ),
        'sum',
      ).map((r) => r[0]),
    ).toEqual([0, 0]);
  });
  it('values so large or so small that their squares or range overflow normalize as if scaled (no NaN, no column of zeros)', () => {
    const rows = [
      [1, 2],
      [-1, 3],
      [0, 1],
      [0.5, 2.5],
    ];
    const plain = matrixOf(rows, [1, 1], ['benefit', 'cost']);
    for (const scale of [1e308, 1e200, 1e-200]) {
      const scaled = matrixOf(
        rows.map(([a, b]) => [a! * scale, b!]),
        [1, 1],
        ['benefit', 'cost'],
      );
      for (const method of ['minmax', 'vector', 'zscore'] as const) {
        const got = normalize(scaled, method);
        const want = normalize(plain, method);
        got.forEach((row, i) => row.forEach((v, j) => expect(v, `${method} × ${scale} [${i}][${j}]`).toBeCloseTo(want[i]![j]!, 12)));
      }
      for (const method of ['wsm', 'topsis', 'vikor'] as const) {
        const got = rankAlternatives(scaled, { method });
        expect(got.scores.every(Number.isFinite), `${method} × ${scale}`).toBe(true);
        expect(got.ranks, `${method} × ${scale}`).toEqual(rankAlternatives(plain, { method }).ranks);
      }
    }
    const positive = matrixOf([[1e308], [1e308], [5e307]], [1]);
    expect(normalize(positive, 'sum').map((r) => r[0])).toEqual([0.4, 0.4, 0.2]);
  });
  it('sum normalization refuses negative values, naming the cell', () => {
    expect(() =>
      normalize(
        matrixOf(
          [
            [-1, 1],
            [2, 2],
          ],
          [1, 1],
        ),
        'sum',
      ),
    ).toThrow(/criterion "c1" is -1 for "A1"/);
  });
});

describe('weighted sum model', () => {
  it('reproduces the textbook example of Triantaphyllou (2000) without normalization', () => {
    // Triantaphyllou, E. (2000) "Multi-Criteria Decision Making Methods: A Comparative Study",
    // Kluwer, WSM example: w = (0.20, 0.15, 0.40, 0.25); A1 = (25, 20, 15, 30), A2 = (10, 30, 20, 30),
    // A3 = (30, 10, 30, 10). A1 = 25·0.20 + 20·0.15 + 15·0.40 + 30·0.25 = 21.50; A2 = 2 + 4.5 + 8 + 7.5
    // = 22.00; A3 = 6 + 1.5 + 12 + 2.5 = 22.00 (our arithmetic; A2 and A3 tie).
    const m = matrixOf(
      [
        [25, 20, 15, 30],
        [10, 30, 20, 30],
        [30, 10, 30, 10],
      ],
      [0.2, 0.15, 0.4, 0.25],
    );
    const result = rankAlternatives(m, { method: 'wsm', normalization: 'none' });
    [21.5, 22, 22].forEach((s, i) => expect(result.scores[i]).toBeCloseTo(s, 12));
    expect(result.ranks).toEqual([3, 1, 1]);
    [5, 3, 6, 7.5].forEach((x, j) => expect(result.contributions.values[0]![j]).toBeCloseTo(x, 12));
    result.contributions.totals.forEach((t, i) => expect(t).toBeCloseTo(result.scores[i]!, 12));
  });

  it('uses min-max by default and weights in any unit (they are divided by their sum)', () => {
    const a = rankAlternatives(
      matrixOf(
        [
          [1, 10],
          [2, 30],
          [3, 20],
        ],
        [30, 70],
      ),
      { method: 'wsm' },
    );
    const b = rankAlternatives(
      matrixOf(
        [
          [1, 10],
          [2, 30],
          [3, 20],
        ],
        [0.3, 0.7],
      ),
      { method: 'wsm' },
    );
    expect(a.normalization).toBe('minmax');
    a.scores.forEach((s, i) => expect(s).toBeCloseTo(b.scores[i]!, 12));
    expect(a.weights).toEqual([0.3, 0.7]);
    // A1 = 0.3·0 + 0.7·0 = 0; A2 = 0.3·0.5 + 0.7·1 = 0.85; A3 = 0.3·1 + 0.7·0.5 = 0.65
    [0, 0.85, 0.65].forEach((s, i) => expect(a.scores[i]).toBeCloseTo(s, 12));
  });
});

describe('ranks', () => {
  it('rank 1 is the best; ties share the better rank', () => {
    expect(rankScores([0.2, 0.9, 0.5, 0.9], true)).toEqual([4, 1, 3, 1]);
    expect(rankScores([0.2, 0.9, 0.5, 0.9], false)).toEqual([1, 3, 2, 3]);
  });
  it('treats floating-point noise as a tie', () => {
    expect(rankScores([0.1 + 0.2, 0.3], true)).toEqual([1, 1]);
  });
  it('does not tie distinct weighted sums in tiny units (no normalization)', () => {
    // By hand: A = 0.5·1e-13 + 0.5·3e-13 = 2e-13, B = 1.5e-13, C = 2.5e-13: C, A, B. With a tie
    // tolerance of 1e-12 in absolute terms all three were rank 1. Noise in those units still ties.
    const m = matrixOf(
      [
        [1e-13, 3e-13],
        [2e-13, 1e-13],
        [3e-13, 2e-13],
      ],
      [0.5, 0.5],
    );
    const result = rankAlternatives(m, { method: 'wsm', normalization: 'none' });
    expect(result.ranks).toEqual([2, 3, 1]);
    expect(result.order).toEqual([2, 0, 1]);
    const noise = matrixOf(
      [
        [1e-14, 2e-14],
        [2e-14, 1e-14],
      ],
      [0.5, 0.5],
    );
    expect(rankAlternatives(noise, { method: 'wsm', normalization: 'none' }).ranks).toEqual([1, 1]);
  });
  it('average ranks for statistics', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([3, 1.5, 1.5, 4]);
  });
});

describe('weights that do not sum to 100%', () => {
  it('classifies sums of 1, 100 or something else (half a point of slack for typed roundings)', () => {
    expect(weightSumKind([0.3333, 0.3333, 0.3333]).kind).toBe('one');
    expect(weightSumKind([33.33, 33.33, 33.33]).kind).toBe('hundred');
    expect(weightSumKind([3, 2, 1])).toEqual({ sum: 6, kind: 'other' });
  });
  it('normalizes them to sum 1, refusing negative or all-zero weights', () => {
    expect(normalizeWeights([3, 2, 1]).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 15);
    expect(() => normalizeWeights([1, -1], ['água', 'energia'])).toThrow(/weight of criterion "energia" is negative/);
    expect(() => normalizeWeights([0, 0])).toThrow(/All weights are zero/);
  });
  it('weights so large that their sum overflows keep their proportions (not all zero)', () => {
    expect(normalizeWeights([1e308, 1e308, 5e307])).toEqual([0.4, 0.4, 0.2]);
    const huge = matrixOf(
      [
        [1, 5],
        [3, 1],
        [2, 2],
      ],
      [1e308, 1e308],
      ['benefit', 'benefit'],
    );
    const same = matrixOf(
      [
        [1, 5],
        [3, 1],
        [2, 2],
      ],
      [1, 1],
      ['benefit', 'benefit'],
    );
    expect(rankAlternatives(huge, { method: 'wsm' }).scores).toEqual(rankAlternatives(same, { method: 'wsm' }).scores);
  });
});
