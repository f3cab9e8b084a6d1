import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticWeights, entropyWeights, objectiveWeights } from '../../../shared/analysis/mcda';
import { matrixOf } from './helpers';

describe('entropy weights (Shannon; Hwang & Yoon 1981)', () => {
  it('values whose column sum overflows (near 1e308) give the weights of the same values scaled down', () => {
    const rows = [
      [1, 2],
      [1, 3],
      [0.5, 1],
    ];
    const plain = entropyWeights(matrixOf(rows, [1, 1])).weights;
    const huge = entropyWeights(
      matrixOf(
        rows.map(([a, b]) => [a! * 1e308, b!]),
        [1, 1],
      ),
    ).weights;
    huge.forEach((w, j) => expect(w).toBeCloseTo(plain[j]!, 12));
    expect(plain[0]).toBeCloseTo(0.334, 3);
  });
  it('matches a hand-computed example, step by step', () => {
    // c1 = (1, 1, 2): p = (1/4, 1/4, 1/2), H = ½ ln 4 + ½ ln 2 = 1.5 ln 2, e1 = 1.5 ln 2 / ln 3 = 0.94640
    // c2 = (1, 2, 3): p = (1/6, 1/3, 1/2), H = (1/6) ln 6 + (1/3) ln 3 + (1/2) ln 2, e2 = H / ln 3 = 0.92062
    // d = 1 − e = (0.05360, 0.07938); w = d / Σd = (0.40309, 0.59691).
    const e1 = (1.5 * Math.log(2)) / Math.log(3);
    const e2 = (Math.log(6) / 6 + Math.log(3) / 3 + Math.log(2) / 2) / Math.log(3);
    const w1 = (1 - e1) / (2 - e1 - e2);
    const result = entropyWeights(
      matrixOf(
        [
          [1, 1],
          [1, 2],
          [2, 3],
        ],
        [0, 0],
      ),
    );
    expect(result.measure[0]).toBeCloseTo(e1, 12);
    expect(result.measure[1]).toBeCloseTo(e2, 12);
    expect(result.weights[0]).toBeCloseTo(w1, 12);
    expect(result.weights[0]).toBeCloseTo(0.40309, 5);
    expect(result.weights[1]).toBeCloseTo(0.59691, 5);
  });

  it('reproduces the personnel-selection data of Ulutaş (2019) as computed by JMcDM', () => {
    // Decision matrix (six candidates × eight criteria) from Ulutaş, A. (2019) "Entropi ve MABAC
    // Yöntemleri ile Personel Seçimi", OPUS 13(19):1552–1573; the weights are those of the Julia
    // package JMcDM's entropy test on these data (not checked against the paper's own table).
    const columns = [
      [2, 4, 3, 5, 4, 3],
      [1, 1, 2, 1, 2, 2],
      [4, 5, 6, 5, 5, 6],
      [7, 6, 6, 7, 6, 6],
      [6, 7, 5, 6, 7, 6],
      [6, 7, 6, 7, 7, 6],
      [7, 6, 8, 7, 6, 6],
      [3000, 3500, 4000, 3000, 3000, 3500],
    ];
    const values = [0, 1, 2, 3, 4, 5].map((i) => columns.map((c) => c[i]!));
    const result = entropyWeights(matrixOf(values, new Array<number>(8).fill(1)));
    [0.2996736096, 0.4413673389, 0.0700908872, 0.0212382371, 0.0490229289, 0.0230803789, 0.0477633097, 0.0477633097].forEach((w, j) =>
      expect(result.weights[j]).toBeCloseTo(w, 8),
    );
  });

  it('refuses negative values and a matrix where nothing varies', () => {
    expect(() =>
      entropyWeights(
        matrixOf(
          [
            [1, -2],
            [2, 3],
          ],
          [1, 1],
        ),
      ),
    ).toThrow(/criterion "c2" is -2 for "A1"/);
    expect(() =>
      entropyWeights(
        matrixOf(
          [
            [1, 5],
            [1, 5],
          ],
          [1, 1],
        ),
      ),
    ).toThrow(/No criterion varies/);
  });
});

describe('CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995)', () => {
  it('reproduces the example data of Diakoulaki et al. (1995, Computers & OR 22:763)', () => {
    // Eight alternatives × three benefit criteria from the paper; min-max normalization, Pearson
    // correlation, C_j = σ_j Σ_k (1 − r_jk). Weights (0.2022, 0.4809, 0.3169), to 8 decimals the
    // reference of scikit-criteria's test_CRITIC_diakoulaki1995determining.
    const m = matrixOf(
      [
        [61, 1.08, 4.33],
        [20.7, 0.26, 4.34],
        [16.3, 1.98, 2.53],
        [9.0, 3.29, 1.65],
        [5.4, 2.77, 2.33],
        [4.0, 4.12, 1.21],
        [-6.1, 3.52, 2.1],
        [-34.6, 3.31, 0.98],
      ],
      [1, 1, 1],
    );
    const result = criticWeights(m);
    [0.20222554, 0.48090173, 0.31687273].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 8));
    expect(objectiveWeights(m, 'critic').weights).toEqual(result.weights);
  });

  it('gives a constant criterion no weight (and no NaN)', () => {
    const result = criticWeights(
      matrixOf(
        [
          [1, 5, 3],
          [2, 5, 1],
          [3, 5, 2],
        ],
        [1, 1, 1],
      ),
    );
    expect(result.weights[1]).toBe(0);
    expect(result.weights.every(Number.isFinite)).toBe(true);
  });
});

describe('objective weights sum to 1', () => {
  it('for entropy and CRITIC on any varying non-negative matrix', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 10 }),
          ),
        (values) => {
          const n = values[0]!.length;
          fc.pre(Array.from({ length: n }, (_, j) => new Set(values.map((r) => r[j])).size > 1).every(Boolean));
          for (const method of ['entropy', 'critic'] as const) {
            const { weights } = objectiveWeights(matrixOf(values, new Array<number>(n).fill(1)), method);
            expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
            expect(weights.every((w) => w >= 0 && Number.isFinite(w))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('CRITIC edge cases', () => {
  it('falls back to the standard deviations when criteria move in lockstep (two alternatives)', () => {
    const result = criticWeights(
      matrixOf(
        [
          [1, 10],
          [2, 30],
        ],
        [1, 1],
      ),
    );
    expect(result.weights).toEqual([0.5, 0.5]); // both min-max normalize to (0, 1): equal σ
  });
});
