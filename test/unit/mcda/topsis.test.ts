import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, rankAlternatives, scoreInto } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('TOPSIS (Hwang & Yoon 1981)', () => {
  it('reproduces the worked example of Tzeng & Huang (2011)', () => {
    // Tzeng, G.-H. & Huang, J.-J. (2011) "Multiple Attribute Decision Making: Methods and
    // Applications", CRC Press, TOPSIS chapter numerical example: four alternatives, three benefit
    // criteria, w = (0.3, 0.4, 0.3), vector normalization. Published closeness (4 decimals):
    // 0.5037, 0.6581, 0.7482, 0.3340 → ranking A3 > A2 > A1 > A4. (The same figures are the
    // reference of scikit-criteria's test_TOPSIS_tzeng2011multiple.)
    const m = matrixOf(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    );
    const result = rankAlternatives(m, { method: 'topsis' });
    [0.5037, 0.6581, 0.7482, 0.334].forEach((c, i) => expect(result.scores[i]).toBeCloseTo(c, 4));
    expect(result.ranks).toEqual([3, 2, 1, 4]);
    expect(result.normalization).toBe('vector');
    // D⁺ and D⁻ are consistent with the closeness.
    const t = result.topsis!;
    t.closeness.forEach((c, i) => expect(c).toBeCloseTo(t.dMinus[i]! / (t.dPlus[i]! + t.dMinus[i]!), 12));
  });

  it('treats a cost criterion exactly like the classic formulation (ideal = smallest weighted value)', () => {
    // Classic TOPSIS keeps r = x/‖x‖ for a cost criterion and takes its minimum as the ideal; Arranjo
    // reflects r into 1 − r and takes the maximum. The distances, hence the closeness, are the same.
    const classic = (values: number[][], w: number[], cost: boolean[]): number[] => {
      const norms = w.map((_, j) => Math.sqrt(values.reduce((s, row) => s + row[j]! ** 2, 0)));
      const v = values.map((row) => row.map((x, j) => (w[j]! * x) / norms[j]!));
      const ideal = w.map((_, j) => (cost[j] ? Math.min : Math.max)(...v.map((r) => r[j]!)));
      const anti = w.map((_, j) => (cost[j] ? Math.max : Math.min)(...v.map((r) => r[j]!)));
      return v.map((row) => {
        const dp = Math.sqrt(row.reduce((s, x, j) => s + (x - ideal[j]!) ** 2, 0));
        const dm = Math.sqrt(row.reduce((s, x, j) => s + (x - anti[j]!) ** 2, 0));
        return dm / (dp + dm);
      });
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) =>
          fc.record({
            values: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), { minLength: 3, maxLength: 8 }),
            w: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
            cost: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          }),
        ),
        ({ values, w, cost }) => {
          const varying = w.some((_, j) => new Set(values.map((r) => r[j])).size > 1);
          fc.pre(varying);
          const sum = w.reduce((s, x) => s + x, 0);
          const ours = rankAlternatives(
            matrixOf(
              values,
              w,
              cost.map((c) => (c ? 'cost' : 'benefit')),
            ),
            { method: 'topsis' },
          ).scores;
          const theirs = classic(
            values,
            w.map((x) => x / sum),
            cost,
          );
          theirs.forEach((c, i) => expect(ours[i]).toBeCloseTo(Number.isNaN(c) ? 0.5 : c, 10));
        },
      ),
    );
  });

  it('gives the closeness of the same values scaled, not NaN, for values near 1e308 or 1e-300 without normalization', () => {
    // Without normalization v = w·x; for x = ±1e308 the difference to the ideal, 1e308 − (−1e308), is
    // Infinity and the closeness Infinity/Infinity = NaN (the CSV of `arranjo rank` wrote "NaN" and
    // ranked it first); for x near 1e-300 the squares round to 0 and everyone tied at 0.5. C_i is
    // unchanged by a common scale, so the matrix times 1e308 or 1e-300 ranks as the plain one.
    // Plain, w = (0.5, 0.5), columns (1, −1, 1) and (0.2, 0.6, 1), by hand: v = (0.5, −0.5, 0.5) and
    // (0.1, 0.3, 0.5); A⁺ = (0.5, 0.5), A⁻ = (−0.5, 0.1). A: D⁺ = 0.4, D⁻ = 1 → 1/1.4;
    // B: D⁺ = √(1 + 0.04), D⁻ = 0.2 → 0.2/(√1.04 + 0.2); C: D⁺ = 0 → 1.
    const plain = [
      [1, 0.2],
      [-1, 0.6],
      [1, 1],
    ];
    const want = [1 / 1.4, 0.2 / (Math.sqrt(1.04) + 0.2), 1];
    for (const scale of [1, 1e308, 1e-300]) {
      const m = matrixOf(
        plain.map((row) => row.map((x) => x * scale)),
        [0.5, 0.5],
      );
      const result = rankAlternatives(m, { method: 'topsis', normalization: 'none' });
      want.forEach((c, i) => expect(result.scores[i], `× ${scale}, A${i + 1}`).toBeCloseTo(c, 12));
      expect(result.ranks).toEqual([2, 3, 1]);
      // D± in the values' own units (A: D⁺ = 0.4·scale, D⁻ = 1·scale), and the contribution shares finite.
      expect(result.topsis!.dPlus[0]! / scale).toBeCloseTo(0.4, 12);
      expect(result.topsis!.dMinus[0]! / scale).toBeCloseTo(1, 12);
      // A's squared distance to the ideal is all on c2: (0.1 − 0.5)² = 0.16 of 0.16.
      expect(result.contributions.values[0]).toEqual([0, expect.closeTo(1, 12)]);
      expect(result.contributions.secondary!.flat().every(Number.isFinite), `× ${scale}`).toBe(true);
      // The allocation-free scorer of sensitivity and Monte Carlo gives the same.
      const out = new Float64Array(3);
      scoreInto(createScorer(m, { method: 'topsis', normalization: 'none' }), Float64Array.from([0.5, 0.5]), out);
      want.forEach((c, i) => expect(out[i], `scorer × ${scale}, A${i + 1}`).toBeCloseTo(c, 12));
    }
  });
});
