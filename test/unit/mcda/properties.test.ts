import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, rankAlternatives, type Direction, type MethodOptions, type Normalization } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

/** A random decision matrix: m × n small integers, positive weights, mixed directions. */
const problem = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    values: fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 10 }),
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
    cost: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }),
);

const varies = (values: number[][]): boolean => values[0]!.some((_, j) => new Set(values.map((r) => r[j])).size > 1);

describe('ranking invariants (fast-check)', () => {
  const methods: MethodOptions[] = [
    { method: 'wsm' },
    { method: 'wsm', normalization: 'vector' },
    { method: 'topsis' },
    { method: 'topsis', normalization: 'minmax' },
    { method: 'promethee2' },
    { method: 'promethee2', preferences: { fn: 'linear', q: 1, p: 5 } },
    { method: 'vikor' },
  ];

  it('a dominated alternative never outranks its dominator (WSM, TOPSIS, PROMETHEE with the usual criterion)', () => {
    fc.assert(
      fc.property(problem, fc.nat(), fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }), fc.nat(), (p, a, gains, at) => {
        fc.pre(varies(p.values));
        // The dominator copies alternative i and is better by gains[j] ≥ 0 on each criterion, strictly on one.
        const i = a % p.values.length;
        const n = p.weights.length;
        const better = gains.slice(0, n).map((g, j) => (j === at % n ? g + 1 : g));
        const dominator = p.values[i]!.map((x, j) => (p.cost[j] ? x - better[j]! : x + better[j]!));
        const values = [...p.values, dominator];
        const m = matrixOf(
          values,
          p.weights,
          p.cost.map((c) => (c ? 'cost' : 'benefit')),
        );
        for (const options of [
          { method: 'wsm' },
          { method: 'topsis' },
          { method: 'promethee2', preferences: { fn: 'usual' } },
        ] as MethodOptions[]) {
          const r = rankAlternatives(m, options);
          expect(r.ranks[values.length - 1]!).toBeLessThanOrEqual(r.ranks[i]!);
        }
      }),
    );
  });

  it('scaling a benefit criterion by a positive constant does not change min-max WSM results', () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.001, max: 1000, noNaN: true }), (p, k, c) => {
        fc.pre(varies(p.values));
        const directions = p.cost.map((x): Direction => (x ? 'cost' : 'benefit'));
        const j = p.cost.findIndex((x) => !x);
        fc.pre(j >= 0);
        const base = rankAlternatives(matrixOf(p.values, p.weights, directions), { method: 'wsm' });
        // Integer factor: the normalized values are bit-identical, so ranks are identical.
        const byK = rankAlternatives(
          matrixOf(
            p.values.map((r) => r.map((x, jj) => (jj === j ? x * k : x))),
            p.weights,
            directions,
          ),
          { method: 'wsm' },
        );
        expect(byK.scores).toEqual(base.scores);
        expect(byK.ranks).toEqual(base.ranks);
        // Any positive factor: the same scores up to rounding.
        const byC = rankAlternatives(
          matrixOf(
            p.values.map((r) => r.map((x, jj) => (jj === j ? x * c : x))),
            p.weights,
            directions,
          ),
          { method: 'wsm' },
        );
        byC.scores.forEach((s, i) => expect(s).toBeCloseTo(base.scores[i]!, 9));
      }),
    );
  });

  it('weights used by every method sum to 1', () => {
    fc.assert(
      fc.property(problem, (p) => {
        fc.pre(varies(p.values));
        const r = rankAlternatives(matrixOf(p.values, p.weights), { method: 'wsm' });
        expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('no NaN or Infinity in any output for valid input', () => {
    const normalizations: Normalization[] = ['minmax', 'vector', 'sum', 'zscore', 'none'];
    fc.assert(
      fc.property(problem, fc.constantFrom(...normalizations), (p, normalization) => {
        fc.pre(varies(p.values));
        const m = matrixOf(
          p.values,
          p.weights,
          p.cost.map((c) => (c ? 'cost' : 'benefit')),
        );
        for (const options of [...methods, { method: 'wsm', normalization }, { method: 'topsis', normalization }] as MethodOptions[]) {
          const r = rankAlternatives(m, options);
          const numbers = [
            ...r.scores,
            ...r.ranks,
            ...r.contributions.values.flat(),
            ...r.contributions.totals,
            ...(r.contributions.secondary?.flat() ?? []),
            ...(r.topsis ? [...r.topsis.dPlus, ...r.topsis.dMinus] : []),
            ...(r.promethee ? [...r.promethee.positiveFlow, ...r.promethee.negativeFlow] : []),
            ...(r.vikor ? [...r.vikor.s, ...r.vikor.r, ...r.vikor.q] : []),
          ];
          expect(numbers.every(Number.isFinite)).toBe(true);
          expect([...r.ranks].sort((a, b) => a - b)[0]).toBe(1);
        }
      }),
    );
  });

  it('additive contributions add up to the score (WSM, PROMETHEE) or to S (VIKOR)', () => {
    fc.assert(
      fc.property(problem, (p) => {
        fc.pre(varies(p.values));
        const m = matrixOf(p.values, p.weights);
        for (const method of ['wsm', 'promethee2'] as const) {
          const r = rankAlternatives(m, { method });
          r.contributions.totals.forEach((t, i) => expect(t).toBeCloseTo(r.scores[i]!, 10));
        }
        const v = rankAlternatives(m, { method: 'vikor' });
        v.contributions.totals.forEach((t, i) => expect(t).toBeCloseTo(v.vikor!.s[i]!, 10));
      }),
    );
  });

  it('AHP weights sum to 1 (see ahp.test.ts for the random reciprocal matrices)', () => {
    expect(
      ahp([
        [1, 2],
        [0.5, 1],
      ]).weights.reduce((s, w) => s + w, 0),
    ).toBeCloseTo(1, 15);
  });
});
