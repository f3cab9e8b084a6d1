import { describe, expect, it } from 'vitest';
import {
  normalizeColumns,
  preference,
  promethee,
  rankAlternatives,
  resolvePreference,
  type PreferenceParams,
} from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('PROMETHEE preference functions (Brans & Vincke 1985)', () => {
  // Thresholds of the six-plant example of Brans & Vincke (1985) / Brans & Mareschal (2005):
  // U-shape q = 10, V-shape p = 30, level q = 1 p = 6, linear q = 50 p = 500, Gaussian s = 5.
  const P = (params: PreferenceParams, d: number): number => preference(d, resolvePreference(params, 'c'));
  it.each([
    [{ fn: 'usual' }, 0, 0],
    [{ fn: 'usual' }, 0.001, 1],
    [{ fn: 'usual' }, -3, 0],
    [{ fn: 'ushape', q: 10 }, 10, 0],
    [{ fn: 'ushape', q: 10 }, 10.5, 1],
    [{ fn: 'vshape', p: 30 }, 15, 0.5],
    [{ fn: 'vshape', p: 30 }, 30, 1],
    [{ fn: 'vshape', p: 30 }, 45, 1],
    [{ fn: 'level', q: 1, p: 6 }, 1, 0],
    [{ fn: 'level', q: 1, p: 6 }, 3, 0.5],
    [{ fn: 'level', q: 1, p: 6 }, 6, 0.5],
    [{ fn: 'level', q: 1, p: 6 }, 7, 1],
    [{ fn: 'linear', q: 50, p: 500 }, 50, 0],
    [{ fn: 'linear', q: 50, p: 500 }, 275, 0.5],
    [{ fn: 'linear', q: 50, p: 500 }, 600, 1],
    [{ fn: 'gaussian', s: 5 }, 5, 1 - Math.exp(-0.5)],
    [{ fn: 'gaussian', s: 5 }, 0, 0],
  ] as [PreferenceParams, number, number][])('%o at d = %d is %d', (params, d, expected) => {
    expect(P(params, d)).toBeCloseTo(expected, 12);
  });

  it.each([
    [{ fn: 'vshape' }, /needs a preference threshold p greater than 0/],
    [{ fn: 'linear', q: 5, p: 5 }, /needs a preference threshold p greater than q \(q = 5, p = 5\)/],
    [{ fn: 'level', q: 2 }, /p greater than q \(q = 2, p = missing\)/],
    [{ fn: 'gaussian', s: 0 }, /needs an inflection parameter s greater than 0/],
    [{ fn: 'ushape', q: -1 }, /q of criterion "c" \(ushape preference\) is negative/],
  ] as [PreferenceParams, RegExp][])('refuses %o', (params, message) => {
    expect(() => resolvePreference(params, 'c')).toThrow(message);
  });
});

describe('PROMETHEE II net flows (Brans & Vincke 1985)', () => {
  it('matches a hand-computed example, step by step', () => {
    // A = (10, 5), B = (8, 9), C = (4, 7); c1 benefit, V-shape p = 4, weight 0.6; c2 cost, usual, weight 0.4.
    // c1: d(A,B) = 2 → 0.5, d(A,C) = 6 → 1, d(B,C) = 4 → 1; φ1 = (0.75, 0.25, −1).
    // c2 (lower better): A beats B and C, C beats B; φ2 = (1, −1, 0).
    // π(A,B) = 0.6·0.5 + 0.4·1 = 0.7, π(A,C) = 1, π(B,C) = 0.6, π(C,B) = 0.4, π(B,A) = π(C,A) = 0.
    // φ⁺ = (0.85, 0.3, 0.2), φ⁻ = (0, 0.55, 0.8), φ = (0.85, −0.25, −0.6).
    const m = matrixOf(
      [
        [10, 5],
        [8, 9],
        [4, 7],
      ],
      [0.6, 0.4],
      ['benefit', 'cost'],
    );
    const result = rankAlternatives(m, { method: 'promethee2', preferences: [{ fn: 'vshape', p: 4 }, { fn: 'usual' }] });
    [0.85, -0.25, -0.6].forEach((x, i) => expect(result.scores[i]).toBeCloseTo(x, 12));
    [0.85, 0.3, 0.2].forEach((x, i) => expect(result.promethee!.positiveFlow[i]).toBeCloseTo(x, 12));
    [0, 0.55, 0.8].forEach((x, i) => expect(result.promethee!.negativeFlow[i]).toBeCloseTo(x, 12));
    expect(result.ranks).toEqual([1, 2, 3]);
    // Contributions: w_j · φ_j, adding up to φ.
    expect(result.contributions.values[0]![0]).toBeCloseTo(0.6 * 0.75, 12);
    expect(result.contributions.values[0]![1]).toBeCloseTo(0.4 * 1, 12);
    result.contributions.totals.forEach((t, i) => expect(t).toBeCloseTo(result.scores[i]!, 12));
  });

  it('matches a hand-computed example with the U-shape, level, linear and Gaussian criteria', () => {
    // A = (5, 10, 8, 1), B = (2, 7, 3, 3), C = (4, 6, 6, 1); w = (0.4, 0.3, 0.2, 0.1); no normalization.
    // c1 benefit, U-shape q = 2: d(A,B) = 3 > 2 → 1; d(A,C) = 1 and d(C,B) = 2 ≤ q → 0.
    // c2 cost, level q = 1 p = 3 (d = g(b) − g(a)): d(B,A) = 3 → ½ (q < d ≤ p); d(C,A) = 4 → 1; d(C,B) = 1 → 0.
    // c3 benefit, linear q = 1 p = 5: d(A,B) = 5 → 1; d(A,C) = 2 → (2 − 1)/4 = 0.25; d(C,B) = 3 → 0.5.
    // c4 benefit, Gaussian s = 2: d(B,A) = d(B,C) = 2 → g = 1 − e^(−4/8) = 1 − e^(−½); A, C tie → 0.
    // π(A,B) = 0.4 + 0.2 = 0.6, π(A,C) = 0.2·0.25 = 0.05, π(B,A) = 0.3·½ + 0.1g, π(B,C) = 0.1g,
    // π(C,A) = 0.3, π(C,B) = 0.2·0.5 = 0.1; flows over n − 1 = 2:
    // φ⁺ = (0.325, 0.075 + 0.1g, 0.2), φ⁻ = (0.225 + 0.05g, 0.35, 0.025 + 0.05g),
    // φ = (0.1 − 0.05g, −0.275 + 0.1g, 0.175 − 0.05g) ≈ (0.0803, −0.2357, 0.1553): C ≻ A ≻ B.
    const m = matrixOf(
      [
        [5, 10, 8, 1],
        [2, 7, 3, 3],
        [4, 6, 6, 1],
      ],
      [0.4, 0.3, 0.2, 0.1],
      ['benefit', 'cost', 'benefit', 'benefit'],
    );
    const preferences: PreferenceParams[] = [
      { fn: 'ushape', q: 2 },
      { fn: 'level', q: 1, p: 3 },
      { fn: 'linear', q: 1, p: 5 },
      { fn: 'gaussian', s: 2 },
    ];
    const result = rankAlternatives(m, { method: 'promethee2', preferences });
    const g = 1 - Math.exp(-0.5);
    [0.325, 0.075 + 0.1 * g, 0.2].forEach((x, i) => expect(result.promethee!.positiveFlow[i]).toBeCloseTo(x, 12));
    [0.225 + 0.05 * g, 0.35, 0.025 + 0.05 * g].forEach((x, i) => expect(result.promethee!.negativeFlow[i]).toBeCloseTo(x, 12));
    [0.1 - 0.05 * g, -0.275 + 0.1 * g, 0.175 - 0.05 * g].forEach((x, i) => expect(result.scores[i]).toBeCloseTo(x, 12));
    expect(result.ranks).toEqual([2, 3, 1]);
  });

  it('agrees with a naive implementation on the six-plant data of Brans & Vincke (1985)', () => {
    // Data and preference functions of the classic example (Brans & Vincke 1985; Brans & Mareschal
    // 2005): f1 manpower (min, U-shape q = 10), f2 power (max, V-shape p = 30), f3 construction cost
    // (min, linear q = 50 p = 500), f4 maintenance (min, level q = 1 p = 6), f5 villages (min, usual),
    // f6 security (max, Gaussian s = 5), equal weights. We could not obtain the published flows, so
    // this checks the tight implementation against a direct transcription of the definitions.
    const values = [
      [80, 90, 600, 5.4, 8, 5],
      [65, 58, 200, 9.7, 1, 1],
      [83, 60, 400, 7.2, 4, 7],
      [40, 80, 1000, 7.5, 7, 10],
      [52, 72, 600, 2.0, 3, 8],
      [94, 96, 700, 3.6, 5, 6],
    ];
    const prefs: PreferenceParams[] = [
      { fn: 'ushape', q: 10 },
      { fn: 'vshape', p: 30 },
      { fn: 'linear', q: 50, p: 500 },
      { fn: 'level', q: 1, p: 6 },
      { fn: 'usual' },
      { fn: 'gaussian', s: 5 },
    ];
    const cost = [true, false, true, true, true, false];
    const m = matrixOf(
      values,
      [1, 1, 1, 1, 1, 1],
      cost.map((c) => (c ? 'cost' : 'benefit')),
    );
    const result = rankAlternatives(m, { method: 'promethee2', preferences: prefs });

    const F = (j: number, d: number): number => {
      const p = prefs[j]!;
      if (d <= 0) return 0;
      if (p.fn === 'usual') return 1;
      if (p.fn === 'ushape') return d > p.q! ? 1 : 0;
      if (p.fn === 'vshape') return Math.min(1, d / p.p!);
      if (p.fn === 'level') return d <= p.q! ? 0 : d <= p.p! ? 0.5 : 1;
      if (p.fn === 'linear') return d <= p.q! ? 0 : Math.min(1, (d - p.q!) / (p.p! - p.q!));
      return 1 - Math.exp(-(d * d) / (2 * p.s! ** 2));
    };
    const pi = (a: number, b: number): number =>
      values[a]!.reduce((s, x, j) => s + F(j, cost[j] ? values[b]![j]! - x : x - values[b]![j]!) / 6, 0);
    const naive = values.map((_, a) => values.reduce((s, _r, b) => (a === b ? s : s + (pi(a, b) - pi(b, a)) / 5), 0));
    naive.forEach((x, i) => expect(result.scores[i]).toBeCloseTo(x, 12));
    expect(result.scores.reduce((s, x) => s + x, 0)).toBeCloseTo(0, 12); // Σφ = 0 always
  });

  it('unicriterion flows do not depend on the weights', () => {
    const m = matrixOf(
      [
        [3, 1],
        [1, 2],
        [2, 3],
      ],
      [1, 1],
    );
    const r = normalizeColumns(m, 'none');
    const prefs = [resolvePreference({ fn: 'usual' }, 'c1'), resolvePreference({ fn: 'usual' }, 'c2')];
    expect(promethee(r, [0.9, 0.1], prefs).unicriterion).toEqual(promethee(r, [0.2, 0.8], prefs).unicriterion);
  });
});
