import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  pairwiseFor,
  judgementText,
  nearestSaaty,
  setJudgement,
  tryAhp,
  withCriterion,
  withoutCriterion,
} from '../../../renderer/src/components/weights/ahp-matrix';
import {
  fromShares,
  normalizeTo100,
  setWeightKeeping100,
  sumsTo100,
  weightShares,
  weightSum,
} from '../../../renderer/src/components/weights/weights';

describe('weights normalized to 100%', () => {
  it('normalizes to exactly 100 with two decimals, the remainder on the largest weight', () => {
    expect(normalizeTo100([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(normalizeTo100([2, 1, 1])).toEqual([50, 25, 25]);
    expect(normalizeTo100([0, 0])).toEqual([0, 0]);
    expect(fromShares([0.2, 0.3, 0.5])).toEqual([20, 30, 50]);
  });

  it('keeps the total at 100 when one slider moves, the others in proportion', () => {
    expect(setWeightKeeping100([50, 25, 25], 0, 80)).toEqual([80, 10, 10]);
    expect(setWeightKeeping100([100, 0, 0], 0, 40)).toEqual([40, 30, 30]);
    expect(setWeightKeeping100([30, 70], 1, 120)).toEqual([0, 100]);
  });

  it('never produces NaN and always sums to 100 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }), (w) => {
        const n = normalizeTo100(w);
        expect(n.every(Number.isFinite)).toBe(true);
        if (weightSum(w) > 0) expect(weightSum(n)).toBeCloseTo(100, 6);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (w, k, v) => {
          const next = setWeightKeeping100(normalizeTo100(w), k % w.length, v);
          expect(next.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
          expect(weightSum(next)).toBeCloseTo(100, 6);
        },
      ),
    );
  });

  it('says whether weights sum to 100 and gives their shares', () => {
    expect(sumsTo100([33.33, 33.33, 33.33])).toBe(true);
    expect(sumsTo100([1, 1])).toBe(false);
    expect(weightShares([1, 3])).toEqual([0.25, 0.75]);
    expect(weightShares([0, 0])).toEqual([0, 0]);
  });
});

describe('AHP pairwise editing', () => {
  it('fills reciprocals, writes judgements on Saaty’s scale and suggests the nearest scale value', () => {
    const m = setJudgement(pairwiseFor(null, 3), 0, 2, 1 / 5);
    expect(m[0]?.[2]).toBeCloseTo(0.2, 12);
    expect(m[2]?.[0]).toBeCloseTo(5, 12);
    expect(judgementText(1 / 5)).toBe('1/5');
    expect(judgementText(7)).toBe('7');
    expect(judgementText(1.5, ',')).toBe('1,50');
    expect(judgementText(Number.NaN)).toBe('–');
    expect(nearestSaaty(0.27)).toBeCloseTo(1 / 4, 12);
    expect(nearestSaaty(2.9)).toBe(3);
  });

  it('keeps the matrix when the size matches, grows and shrinks with the criteria', () => {
    const m = setJudgement(pairwiseFor(null, 2), 0, 1, 3);
    expect(pairwiseFor(m, 2)).toEqual(m);
    expect(pairwiseFor(m, 3)).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const grown = withCriterion(m);
    expect(grown).toEqual([
      [1, 3, 1],
      [1 / 3, 1, 1],
      [1, 1, 1],
    ]);
    expect(withoutCriterion(grown, 2)).toEqual(m);
  });

  it('computes weights and CR, or says why it cannot (no throw while a matrix is being edited)', () => {
    const inconsistent = setJudgement(setJudgement(setJudgement(pairwiseFor(null, 3), 0, 1, 3), 1, 2, 3), 0, 2, 1 / 5);
    const { result } = tryAhp(inconsistent);
    expect(result?.cr).toBeGreaterThan(0.1);
    expect(result?.judgements[0]?.deviation).toBeGreaterThan(1);
    expect(
      tryAhp([
        [1, 2],
        [2, 1],
      ]).error,
    ).toMatch(/not reciprocal/);
    expect(
      tryAhp([
        [1, 0],
        [0, 1],
      ]).error,
    ).toMatch(/must be positive/);
  });
});
