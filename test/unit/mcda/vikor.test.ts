import { describe, expect, it } from 'vitest';
import { createScorer, rankAlternatives, scoreInto, type Direction } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('VIKOR (Opricovic & Tzeng 2004)', () => {
  it('reproduces the numerical example of Opricovic & Tzeng (2004, EJOR 156:445)', () => {
    // Three alternatives, f1 risk (cost), f2 altitude (benefit), w = (0.5, 0.5), v = 0.5.
    // Published: S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5), Q = (1, 0, 1); A2 is the compromise
    // solution (acceptable advantage and acceptable stability both hold).
    const m = matrixOf(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      ['cost', 'benefit'],
    );
    const result = rankAlternatives(m, { method: 'vikor' });
    const v = result.vikor!;
    expect(v.s).toEqual([0.5, 0.375, 0.5]);
    expect(v.r).toEqual([0.5, 0.25, 0.5]);
    expect(v.q).toEqual([1, 0, 1]);
    expect(result.scores).toEqual([1, 0, 1]);
    expect(result.higherIsBetter).toBe(false);
    expect(result.ranks).toEqual([2, 1, 2]); // rank 1 = lowest Q
    expect(v.acceptableAdvantage).toBe(true);
    expect(v.acceptableStability).toBe(true);
    expect(v.compromise).toEqual([1]);
  });

  // Opricovic & Tzeng (2007) "Extended VIKOR method in comparison with outranking methods",
  // EJOR 178:514, numerical example: six alternatives, eight criteria, four weight vectors W1–W4,
  // S, R, Q published to three decimals (the same figures are the reference of scikit-criteria's
  // test_VIKOR_opricovic2007extended). Tolerance 0.0015 covers the rounding.
  const hydro = [
    [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
    [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
    [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
    [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
    [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
    [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
  ];
  const directions: Direction[] = ['benefit', 'cost', 'benefit', 'benefit', 'cost', 'cost', 'cost', 'benefit'];
  it.each([
    {
      w: [1, 1, 1, 1, 1, 1, 1, 1],
      r: [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
      s: [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
      q: [0.991, 1.0, 0.473, 0.67, 0.0, 0.578],
      compromise: [4],
    },
    {
      w: [2, 2, 2, 2, 1, 1, 1, 1],
      r: [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
      s: [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
      q: [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
      compromise: [4],
    },
    {
      w: [1, 1, 1, 1, 2, 2, 2, 2],
      r: [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
      s: [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
      q: [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
      compromise: [4, 2, 5],
    },
    {
      w: [1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2],
      r: [0.129, 0.19, 0.057, 0.139, 0.042, 0.06],
      s: [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
      q: [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
      compromise: [2, 4, 5],
    },
  ])('reproduces Opricovic & Tzeng (2007) with weights $w', ({ w, r, s, q, compromise }) => {
    const v = rankAlternatives(matrixOf(hydro, w, directions), { method: 'vikor' }).vikor!;
    r.forEach((x, i) => expect(Math.abs(v.r[i]! - x)).toBeLessThanOrEqual(0.0015));
    s.forEach((x, i) => expect(Math.abs(v.s[i]! - x)).toBeLessThanOrEqual(0.0015));
    q.forEach((x, i) => expect(Math.abs(v.q[i]! - x)).toBeLessThanOrEqual(0.0015));
    expect(v.compromise).toEqual(compromise);
  });

  it('names the compromise set when the advantage is not acceptable', () => {
    // Q = (0.75, 0.25, 0, 1): A3 best, A2 within DQ = 1/3 → compromise {A3, A2}.
    const result = rankAlternatives(
      matrixOf(
        [
          [5, 8, 4],
          [7, 6, 8],
          [8, 8, 6],
          [7, 4, 6],
        ],
        [0.3, 0.4, 0.3],
      ),
      { method: 'vikor' },
    );
    const v = result.vikor!;
    [0.75, 0.25, 0, 1].forEach((x, i) => expect(v.q[i]).toBeCloseTo(x, 12));
    expect(v.acceptableAdvantage).toBe(false);
    expect(v.acceptableStability).toBe(true);
    expect(v.compromise).toEqual([2, 1]);
  });

  it('a criterion with the same value everywhere adds no regret (Q as without it)', () => {
    const without = rankAlternatives(
      matrixOf(
        [
          [1, 3000],
          [2, 3750],
          [5, 4500],
        ],
        [0.5, 0.5],
        ['cost', 'benefit'],
      ),
      { method: 'vikor' },
    );
    const withConstant = rankAlternatives(
      matrixOf(
        [
          [1, 3000, 7],
          [2, 3750, 7],
          [5, 4500, 7],
        ],
        [0.5, 0.5, 3],
        ['cost', 'benefit', 'benefit'],
      ),
      { method: 'vikor' },
    );
    withConstant.scores.forEach((q, i) => expect(q).toBeCloseTo(without.scores[i]!, 12));
    expect(withConstant.vikor!.compromise).toEqual([1]);
    // The same through the sensitivity scorer.
    const scorer = createScorer(
      matrixOf(
        [
          [1, 3000, 7],
          [2, 3750, 7],
          [5, 4500, 7],
        ],
        [0.5, 0.5, 3],
        ['cost', 'benefit', 'benefit'],
      ),
      { method: 'vikor' },
    );
    const out = new Float64Array(3);
    scoreInto(scorer, Float64Array.from(withConstant.weights), out);
    out.forEach((x, i) => expect(-x).toBeCloseTo(without.scores[i]!, 12));
  });

  it('refuses v outside [0, 1]', () => {
    expect(() => rankAlternatives(matrixOf([[1], [2]], [1]), { method: 'vikor', v: 1.5 })).toThrow(/between 0 and 1/);
  });
});
