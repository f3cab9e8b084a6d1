import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RadixOrderer } from '../../../shared/analysis/mcda/radix-order';

describe('RadixOrderer (the ordering inside Monte Carlo)', () => {
  it('orders indices exactly like a comparison sort (score, then index)', () => {
    const score = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, 1, 0.5, 0.5 + 1e-12, 0.5 - 1e-15, 1e300, -1e300, 5e-324),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 200 }), (values) => {
        const scores = Float64Array.from(values);
        const orderer = new RadixOrderer(scores.length);
        const got = Array.from(orderer.order(scores));
        const expected = Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]! || a - b);
        expect(got.map((i) => scores[i])).toEqual(expected.map((i) => scores[i]));
        expect(new Set(got).size).toBe(scores.length);
        // Equal scores keep input order, as the stable comparison sort does.
        got.forEach((i, k) => {
          const j = got[k + 1];
          if (j !== undefined && scores[i] === scores[j]) expect(i).toBeLessThan(j);
        });
      }),
    );
  });
  it('can be reused without allocating', () => {
    const orderer = new RadixOrderer(4);
    expect(Array.from(orderer.order(Float64Array.from([3, 1, 2, 0])))).toEqual([3, 1, 2, 0]);
    expect(Array.from(orderer.order(Float64Array.from([0, 1, 2, 3])))).toEqual([0, 1, 2, 3]);
  });
});
