import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStakeholders, consensusRanking, kendallTauB, spearman } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('Spearman ρ', () => {
  it('reproduces the textbook IQ / television example (ρ = −29/165)', () => {
    // The classic worked example (Wikipedia, "Spearman's rank correlation coefficient", Example):
    // ten people, IQ and hours of TV per week; Σd² = 194, ρ = 1 − 6·194/(10·99) = −0.175757…
    const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });
  it('handles ties by average ranks (Pearson on ranks)', () => {
    // x ranks (1, 2.5, 2.5, 4), y ranks (1, 2, 3, 4) → ρ = Σ(dx·dy)/√(Σdx²·Σdy²) = 4.5/√(4.5·5) = 0.948683
    expect(spearman([1, 2, 2, 3], [10, 20, 30, 40])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });
  it('is null, not NaN, when one side is all ties', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('Kendall τ-b', () => {
  it('reproduces the example of the SciPy reference (scipy.stats.kendalltau)', () => {
    // x = (12, 2, 1, 12, 2), y = (1, 4, 7, 1, 0): P = 2 concordant, Q = 6 discordant, one pair tied in
    // x only, one tied in both: τ-b = (2 − 6)/√(9·8) = −0.47140452079103173.
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 14);
  });
  it('is 1 for identical rankings and −1 for reversed ones', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });
  it('both lie in [−1, 1] and are symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 30 }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          for (const f of [spearman, kendallTauB]) {
            const r = f(x, y);
            if (r !== null) {
              expect(r).toBeGreaterThanOrEqual(-1);
              expect(r).toBeLessThanOrEqual(1);
              expect(f(y, x)).toBeCloseTo(r, 12);
            }
          }
        },
      ),
    );
  });
  it('refuses rankings of different lengths', () => {
    expect(() => kendallTauB([1, 2], [1, 2, 3])).toThrow(/different lengths \(2 and 3\)/);
  });
});

describe('consensus ranking', () => {
  // Three stakeholders rank four districts (1 = best).
  const rankings = [
    [1, 2, 3, 4],
    [2, 1, 3, 4],
    [1, 3, 2, 4],
  ];
  it('Borda: points m − rank, ordering = mean rank', () => {
    const c = consensusRanking(rankings, 'borda');
    expect(c.points).toEqual([3 + 2 + 3, 2 + 3 + 1, 1 + 1 + 2, 0]);
    expect(c.meanRank).toEqual([4 / 3, 2, 8 / 3, 4]);
    expect(c.ranks).toEqual([1, 2, 3, 4]);
  });
  it('Copeland: pairwise majority wins minus losses', () => {
    const c = consensusRanking(rankings, 'copeland');
    expect(c.points).toEqual([3, 1, -1, -3]);
    expect(c.order).toEqual([0, 1, 2, 3]);
  });
});

describe('stakeholders', () => {
  it('ranks under each weight set, correlates the rankings and finds a consensus', () => {
    const m = matrixOf(
      [
        [9, 1],
        [5, 5],
        [1, 9],
      ],
      [1, 1],
      undefined,
      ['Norte', 'Centro', 'Sul'],
    );
    const cmp = compareStakeholders(
      m,
      [
        { name: 'Indústria', weights: [0.9, 0.1] },
        { name: 'Municípios', weights: [0.1, 0.9] },
        { name: 'Estado', weights: [0.6, 0.4] },
      ],
      { method: 'wsm' },
    );
    expect(cmp.rankings.map((r) => r.ranks)).toEqual([
      [1, 2, 3],
      [3, 2, 1],
      [1, 2, 3],
    ]);
    expect(cmp.spearman[0]![1]).toBeCloseTo(-1, 12);
    expect(cmp.kendall[0]![2]).toBe(1);
    expect(cmp.consensus.ranks).toEqual([1, 2, 3]);
    expect(cmp.agreementWithConsensus).toEqual([1, -1, 1]);
  });
  it('names the weight set that is wrong', () => {
    expect(() =>
      compareStakeholders(
        matrixOf(
          [
            [1, 2],
            [2, 1],
          ],
          [1, 1],
        ),
        [{ name: 'Sebrae', weights: [1] }],
        { method: 'wsm' },
      ),
    ).toThrow(/Weight set "Sebrae" has 1 weights for 2 criteria/);
    expect(() =>
      compareStakeholders(
        matrixOf(
          [
            [1, 2],
            [2, 1],
          ],
          [1, 1],
        ),
        [{ name: 'Sebrae', weights: [0, 0] }],
        { method: 'wsm' },
      ),
    ).toThrow(/Weight set "Sebrae": All weights are zero/);
  });
});
