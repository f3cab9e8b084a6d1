import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createScorer,
  monteCarlo,
  rankAlternatives,
  scoreInto,
  stabilityIntervals,
  weightsWith,
  type DecisionMatrix,
  type MethodOptions,
} from '../../../shared/analysis/mcda';
import { topSet } from '../../../shared/analysis/mcda/sensitivity';
import { matrixOf } from './helpers';

// Min-max normalized: A1 = (1, 0), A2 = (0, 1), A3 = (0.5, 0.5).
const simple = matrixOf(
  [
    [10, 0],
    [0, 10],
    [5, 5],
  ],
  [0.6, 0.4],
);

function scoresAt(matrix: DecisionMatrix, options: MethodOptions, weights: number[], k: number, t: number): Float64Array {
  const scorer = createScorer(matrix, options);
  const scores = new Float64Array(scorer.m);
  scoreInto(scorer, weightsWith(Float64Array.from(weights), k, t), scores);
  return scores;
}

function topAt(matrix: DecisionMatrix, options: MethodOptions, weights: number[], k: number, t: number, n: number): Uint8Array {
  return topSet(scoresAt(matrix, options, weights, k, t), n);
}

/** Whether alternative i is among the top N at weight t, counting a tie at the N-th place (two identical score lines) as in. */
function inTopUpToTies(
  matrix: DecisionMatrix,
  options: MethodOptions,
  weights: number[],
  k: number,
  t: number,
  n: number,
  i: number,
): boolean {
  const scores = scoresAt(matrix, options, weights, k, t);
  const nth = Array.from(scores).sort((a, b) => b - a)[n - 1]!;
  return scores[i]! >= nth - 1e-12;
}

describe('weight stability intervals', () => {
  it('are exact for WSM (hand-computed)', () => {
    // Scores with w1 = t: A1 = t, A2 = 1 − t, A3 = 0.5. A1 stays first while t > 0.5.
    const scorer = createScorer(simple, { method: 'wsm' });
    const [c1, c2] = stabilityIntervals(scorer, [0.6, 0.4], 1);
    expect(c1).toMatchObject({ weight: 0.6, upper: 1, exact: true, aboveUpper: null });
    expect(c1!.lower).toBeCloseTo(0.5, 12);
    expect(c2!.lower).toBe(0);
    expect(c2!.upper).toBeCloseTo(0.5, 12);
    // Top 2 = {A1, A3}: below w1 = 0.5, A2 overtakes.
    const [top2] = stabilityIntervals(scorer, [0.6, 0.4], 2);
    expect(top2!.lower).toBeCloseTo(0.5, 12);
    expect(top2!.belowLower).toMatchObject({ enters: 1 });
  });

  it('name who really enters when several crossings meet at one bound', () => {
    // Found by the property below (seed 730183539). With w1 = t: A1 = 18t/19 + (1 − t)/2, A2 = t,
    // A3 = 17t/19 + (1 − t). A3 leads until t = 19/21, where A1 and A2 both reach it; above, A2 (the
    // steeper) leads, not A1.
    const m = matrixOf(
      [
        [18, 9],
        [19, 4],
        [17, 14],
        [0, 4],
        [0, 4],
      ],
      [0.5, 0.5],
    );
    const [c1] = stabilityIntervals(createScorer(m, { method: 'wsm' }), [0.5, 0.5], 1);
    expect(c1!.upper).toBeCloseTo(19 / 21, 12);
    expect(c1!.aboveUpper).toEqual({ enters: 1, leaves: 2 });
  });

  it('are exact for PROMETHEE II too (its net flow is linear in the weights)', () => {
    const options: MethodOptions = { method: 'promethee2', preferences: { fn: 'vshape', p: 5 } };
    const scorer = createScorer(simple, options);
    expect(scorer.kind).toBe('linear');
    const scores = new Float64Array(3);
    scoreInto(scorer, Float64Array.from([0.6, 0.4]), scores);
    const direct = rankAlternatives(simple, options).scores;
    direct.forEach((s, i) => expect(scores[i]).toBeCloseTo(s, 12));
  });

  it('hold exactly where they say, for WSM on random matrices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) =>
          fc.record({
            values: fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }), { minLength: 3, maxLength: 9 }),
            weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
            topN: fc.integer({ min: 1, max: 2 }),
          }),
        ),
        ({ values, weights, topN }) => {
          const m = matrixOf(values, weights);
          fc.pre(weights.some((_, j) => new Set(values.map((r) => r[j])).size > 1));
          const w = weights.map((x) => x / weights.reduce((s, y) => s + y, 0));
          const options: MethodOptions = { method: 'wsm' };
          const intervals = stabilityIntervals(createScorer(m, options), w, topN);
          const base = topAt(m, options, w, 0, w[0]!, topN);
          for (const iv of intervals) {
            expect(iv.lower).toBeLessThanOrEqual(iv.weight + 1e-12);
            expect(iv.upper).toBeGreaterThanOrEqual(iv.weight - 1e-12);
            if (iv.lower === iv.upper) continue; // tied at the N-th place
            for (let s = 1; s < 20; s++) {
              const t = iv.lower + ((iv.upper - iv.lower) * s) / 20;
              expect(Array.from(topAt(m, options, w, iv.criterion, t, topN))).toEqual(Array.from(base));
            }
            if (iv.aboveUpper && iv.upper < 1 - 1e-6) {
              expect(inTopUpToTies(m, options, w, iv.criterion, iv.upper + 1e-7, topN, iv.aboveUpper.enters)).toBe(true);
            }
            if (iv.belowLower && iv.lower > 1e-6) {
              expect(inTopUpToTies(m, options, w, iv.criterion, iv.lower - 1e-7, topN, iv.belowLower.enters)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('are found by bisection for TOPSIS, to the tolerance', () => {
    const m = matrixOf(
      [
        [7, 9, 9],
        [8, 7, 8],
        [9, 6, 8],
        [6, 7, 8],
      ],
      [0.2, 0.5, 0.3],
    );
    const options: MethodOptions = { method: 'topsis' };
    const w = [0.2, 0.5, 0.3];
    const intervals = stabilityIntervals(createScorer(m, options), w, 1);
    const base = Array.from(topAt(m, options, w, 0, 0.2, 1));
    for (const iv of intervals) {
      expect(iv.exact).toBe(false);
      // Inside the interval the winner holds; just outside a bound that is not 0 or 1, it does not.
      for (const t of [iv.lower + 2e-4, (iv.lower + iv.upper) / 2, iv.upper - 2e-4]) {
        expect(Array.from(topAt(m, options, w, iv.criterion, t, 1))).toEqual(base);
      }
      if (iv.upper < 1) expect(Array.from(topAt(m, options, w, iv.criterion, iv.upper + 2e-4, 1))).not.toEqual(base);
      if (iv.lower > 0) expect(Array.from(topAt(m, options, w, iv.criterion, iv.lower - 2e-4, 1))).not.toEqual(base);
    }
  });

  it('refuses a top N outside 1 … m − 1', () => {
    expect(() => stabilityIntervals(createScorer(simple, { method: 'wsm' }), [0.6, 0.4], 3)).toThrow(
      /top N must be a whole number from 1 to 2/,
    );
  });
});

describe('Monte Carlo rank acceptability', () => {
  const m = matrixOf(
    [
      [9, 2, 5],
      [6, 6, 6],
      [2, 9, 4],
      [5, 5, 5], // dominated by the second alternative
      [1, 1, 9],
    ],
    [0.5, 0.3, 0.2],
  );
  const scorer = createScorer(m, { method: 'wsm' });

  it('is deterministic for a seed, shares lie in [0, 1] and sum to N', () => {
    const a = monteCarlo(scorer, [0.5, 0.3, 0.2], { draws: 2000, topN: 2, seed: 42, sampling: { kind: 'dirichlet' } });
    const b = monteCarlo(scorer, [0.5, 0.3, 0.2], { draws: 2000, topN: 2, seed: 42, sampling: { kind: 'dirichlet' } });
    expect(a).toEqual(b);
    expect(a.topNShare.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(a.topNShare.reduce((s, x) => s + x, 0)).toBeCloseTo(2, 10);
    expect(a.firstShare.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(a.meanRank.reduce((s, x) => s + x, 0)).toBeCloseTo(15, 8); // 1 + 2 + … + 5
    expect(a.topNShare[3]).toBe(0); // (5, 5, 5) is dominated by (6, 6, 6) and never makes the top 2 here
    expect(a.meanRank[3]!).toBeGreaterThan(a.meanRank[1]!);
    a.bestRank.forEach((best, i) => expect(best).toBeLessThanOrEqual(a.worstRank[i]!));
  });

  it('with no perturbation, reproduces the base ranking', () => {
    const base = rankAlternatives(m, { method: 'wsm' });
    const r = monteCarlo(scorer, base.weights, { draws: 50, topN: 1, seed: 1, sampling: { kind: 'perturbation', spread: 0 } });
    expect(r.meanRank).toEqual(base.ranks);
    expect(r.firstShare[base.order[0]!]).toBe(1);
  });

  it('shares ties at the N-th place fractionally, so the sum stays N', () => {
    const twins = createScorer(
      matrixOf(
        [
          [1, 2],
          [1, 2],
          [0, 0],
        ],
        [1, 1],
      ),
      { method: 'wsm' },
    );
    const r = monteCarlo(twins, [0.5, 0.5], { draws: 100, topN: 1, seed: 7, sampling: { kind: 'dirichlet' } });
    expect(r.topNShare).toEqual([0.5, 0.5, 0]);
    expect(r.meanRank).toEqual([1.5, 1.5, 3]);
  });

  it('rank acceptability is in [0, 1] and sums to N for every method', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wsm', 'topsis', 'promethee2', 'vikor'),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (method, topN, seed) => {
          const s = createScorer(m, { method });
          const r = monteCarlo(s, [0.5, 0.3, 0.2], { draws: 200, topN, seed, sampling: { kind: 'perturbation', spread: 0.5 } });
          expect(r.topNShare.every((x) => x >= 0 && x <= 1 + 1e-12)).toBe(true);
          expect(r.topNShare.reduce((a, x) => a + x, 0)).toBeCloseTo(topN, 9);
          expect([...r.meanRank, ...r.firstShare].every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses nonsense options', () => {
    expect(() => monteCarlo(scorer, [0.5, 0.3, 0.2], { draws: 0, topN: 1, seed: 1, sampling: { kind: 'dirichlet' } })).toThrow(
      /number of draws/,
    );
    expect(() => monteCarlo(scorer, [0.5, 0.3, 0.2], { draws: 10, topN: 9, seed: 1, sampling: { kind: 'dirichlet' } })).toThrow(/top N/);
    expect(() =>
      monteCarlo(scorer, [0.5, 0.3, 0.2], { draws: 10, topN: 1, seed: 1, sampling: { kind: 'perturbation', spread: 2 } }),
    ).toThrow(/between 0% and 100%/);
  });
});
