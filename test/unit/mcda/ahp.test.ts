import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp } from '../../../shared/analysis/mcda';
import { ArranjoError } from '../../../shared/errors';

// Saaty, T.L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
// Sciences 1(1):83–98, Table 2: "Which drink is consumed more in the U.S.?" (coffee, wine, tea, beer,
// sodas, milk, water). Published eigenvector 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 and
// C.R. = 0.022 (the reference of AHPy's test_drinks_*).
const drinks = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('AHP eigenvector weights and consistency (Saaty)', () => {
  it('reproduces the drink-consumption example of Saaty (2008)', () => {
    const result = ahp(drinks);
    [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327].forEach((w, i) => expect(Math.abs(result.weights[i]! - w)).toBeLessThan(0.0005));
    expect(result.cr).toBeCloseTo(0.022, 3);
    expect(result.ri).toBe(1.32);
    expect(result.consistent).toBe(true);
    expect(result.lambdaMax).toBeGreaterThan(7);
    expect(result.ci).toBeCloseTo((result.lambdaMax - 7) / 6, 12);
    // λmax is the eigenvalue: A·w = λ·w.
    drinks.forEach((row, i) =>
      expect(row.reduce((s, a, j) => s + a * result.weights[j]!, 0)).toBeCloseTo(result.lambdaMax * result.weights[i]!, 10),
    );
  });

  it('gives the exact weights and CR = 0 for a consistent matrix', () => {
    // a_ij = w_i / w_j with w = (0.5, 0.3, 0.2): λmax = n, CI = CR = 0.
    const w = [0.5, 0.3, 0.2];
    const result = ahp(w.map((wi) => w.map((wj) => wi / wj)));
    w.forEach((x, i) => expect(result.weights[i]).toBeCloseTo(x, 12));
    expect(result.lambdaMax).toBeCloseTo(3, 12);
    expect(result.cr).toBeCloseTo(0, 12);
    expect(result.consistent).toBe(true);
  });

  it('warns above CR 0.10 and points at the most inconsistent judgement', () => {
    // A consistent 4 × 4 matrix (w = 8:4:2:1) with one judgement turned around: a_14 = 1/8 instead of 8.
    const w = [8, 4, 2, 1];
    const a = w.map((wi) => w.map((wj) => wi / wj));
    a[0]![3] = 1 / 8;
    a[3]![0] = 8;
    const result = ahp(a);
    expect(result.cr).toBeGreaterThan(0.1);
    expect(result.consistent).toBe(false);
    expect(result.judgements[0]).toMatchObject({ row: 0, column: 3, given: 1 / 8 });
    expect(result.judgements[0]!.deviation).toBeGreaterThan(5); // given 1/8 where the weights imply ≈ 0.66
  });

  it('weights are positive and sum to 1 for any reciprocal matrix', () => {
    const saaty = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 9 })
          .chain((n) =>
            fc
              .array(fc.constantFrom(...saaty), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
              .map((upper) => ({ n, upper })),
          ),
        ({ n, upper }) => {
          const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let k = 0;
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++) {
              a[i]![j] = upper[k]!;
              a[j]![i] = 1 / upper[k++]!;
            }
          const result = ahp(a);
          expect(result.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
          expect(result.weights.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
          expect(Number.isFinite(result.cr) && result.cr >= 0).toBe(true);
          expect(result.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        },
      ),
    );
  });

  it.each([
    [
      'a zero judgement',
      [
        [1, 0],
        [1, 1],
      ],
      /^Row 1, column 2: the judgement is 0; judgements must be positive/,
    ],
    [
      'a non-reciprocal pair',
      [
        [1, 3],
        [3, 1],
      ],
      /^Row 2, column 1: the matrix is not reciprocal: this judgement is 3, but row 1, column 2 is 3, so this one should be 1\/3\.$/,
    ],
    [
      'a diagonal other than 1',
      [
        [2, 1],
        [1, 1],
      ],
      /^Row 1, column 1: the diagonal is 2;/,
    ],
    [
      'a matrix that is not square',
      [
        [1, 2, 3],
        [1 / 2, 1, 2],
      ],
      /^Row 1: the row has 3 values; the matrix must be 2 × 2/,
    ],
    ['a single item', [[1]], /at least two items/],
    [
      'a missing judgement',
      [
        [1, Number.NaN],
        [1, 1],
      ],
      /^Row 1, column 2: the judgement is not a number/,
    ],
  ])('refuses %s with a clear message', (_what, matrix, message) => {
    expect(() => ahp(matrix)).toThrow(ArranjoError);
    expect(() => ahp(matrix)).toThrow(message);
  });

  it("refuses judgements off Saaty's 1/9–9 scale at their cell (a 12, a 1/20), and keeps 9, 1/9 and a typed 0.111", () => {
    const refused = (v: number): unknown => {
      try {
        ahp([
          [1, v, 2],
          [1 / v, 1, 3],
          [1 / 2, 1 / 3, 1],
        ]);
        return null;
      } catch (error) {
        return error instanceof ArranjoError ? [error.message, error.params] : error;
      }
    };
    expect(refused(12)).toEqual([
      "Row 1, column 2: the judgement is 12, outside Saaty's scale: write 1 to 9 (9: extremely more important) or their reciprocals 1/2 to 1/9.",
      { reason: 'ahp-off-scale', row: 1, column: 2, value: 12 },
    ]);
    expect(refused(1 / 20)).toEqual([
      expect.stringMatching(/^Row 1, column 2: the judgement is 1\/20, outside Saaty's scale/),
      { reason: 'ahp-off-scale', row: 1, column: 2, value: 1 / 20 },
    ]);
    expect(refused(90)).toEqual([
      expect.stringMatching(/is 90, outside Saaty's scale/),
      { reason: 'ahp-off-scale', row: 1, column: 2, value: 90 },
    ]);
    for (const v of [9, 1 / 9, 0.111, 9.05]) expect(refused(v), String(v)).toBeNull();
  });

  it('accepts 0.333 for 1/3 (typed fractions)', () => {
    expect(
      ahp([
        [1, 3],
        [0.333, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 3);
  });
});
