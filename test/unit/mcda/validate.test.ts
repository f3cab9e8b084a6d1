import { describe, expect, it } from 'vitest';
import {
  applyEligibility,
  prepareMatrix,
  rankAlternatives,
  resolveMissing,
  validateMatrix,
  type RawDecisionMatrix,
} from '../../../shared/analysis/mcda';
import { ArranjoError } from '../../../shared/errors';
import { matrixOf } from './helpers';

describe('bad input: clear messages, no NaN', () => {
  it.each([
    [
      'fewer than two alternatives',
      matrixOf([[1, 2]], [1, 1], undefined, ['Betim']),
      /Only one alternative \(Betim\) is left to rank; at least two are needed/,
    ],
    ['no alternatives', matrixOf([], [1]), /no alternatives to rank/],
    ['no criteria', { alternatives: ['A', 'B'], criteria: [], values: [[], []] }, /no criteria/],
    [
      'a missing value',
      matrixOf(
        [
          [1, Number.NaN],
          [2, 3],
        ],
        [1, 1],
      ),
      /value of alternative "A1" on criterion "c2" is missing/,
    ],
    ['a ragged row', matrixOf([[1, 2], [3]], [1, 1]), /Alternative "A2" has 1 values for 2 criteria/],
    ['a duplicate alternative', matrixOf([[1], [2]], [1], undefined, ['X', 'X']), /alternative "X" appears twice/],
    [
      'a negative weight',
      matrixOf(
        [
          [1, 2],
          [2, 1],
        ],
        [1, -1],
      ),
      /weight of criterion "c2" is negative/,
    ],
    [
      'all weights zero',
      matrixOf(
        [
          [1, 2],
          [2, 1],
        ],
        [0, 0],
      ),
      /All weights are zero/,
    ],
    [
      'every criterion constant',
      matrixOf(
        [
          [1, 2],
          [1, 2],
        ],
        [1, 1],
      ),
      /Every criterion has the same value/,
    ],
  ])('refuses %s', (_what, matrix, message) => {
    expect(() => validateMatrix(matrix)).toThrow(ArranjoError);
    expect(() => validateMatrix(matrix)).toThrow(message);
  });

  it('warns about a criterion with the same value everywhere, and every method still gives finite scores', () => {
    const m = matrixOf(
      [
        [1, 7],
        [3, 7],
        [2, 7],
      ],
      [0.5, 0.5],
    );
    expect(validateMatrix(m).warnings).toEqual([
      'Criterion "c2" has the same value (7) for every alternative; it cannot separate them and adds nothing to the ranking.',
    ]);
    for (const method of ['wsm', 'topsis', 'promethee2', 'vikor'] as const) {
      for (const normalization of ['minmax', 'vector', 'sum', 'zscore', 'none'] as const) {
        const result = rankAlternatives(m, method === 'vikor' ? { method } : { method, normalization });
        expect(result.scores.every(Number.isFinite)).toBe(true);
        expect(result.ranks).toEqual([3, 1, 2]);
        expect(result.warnings).toHaveLength(1);
      }
    }
  });

  it('gives finite scores when all the weight sits on a constant criterion (everyone ties)', () => {
    const m = matrixOf(
      [
        [1, 7],
        [3, 7],
      ],
      [0, 1],
    );
    for (const method of ['wsm', 'topsis', 'promethee2', 'vikor'] as const) {
      const result = rankAlternatives(m, { method });
      expect(result.scores.every(Number.isFinite)).toBe(true);
      expect(result.ranks).toEqual([1, 1]);
    }
  });
});

describe('missing values: the user chooses, the rule is shown', () => {
  const raw: RawDecisionMatrix = {
    alternatives: ['Betim', 'Contagem', 'Sete Lagoas', 'Uberaba'],
    criteria: [
      { name: 'área disponível', direction: 'benefit', weight: 1 },
      { name: 'custo do lote', direction: 'cost', weight: 1 },
    ],
    values: [
      [10, 100],
      [null, 80],
      [30, null],
      [20, 120],
    ],
  };
  it('exclude: leaves the alternative out, with the reason', () => {
    const r = resolveMissing(raw, 'exclude');
    expect(r.matrix.alternatives).toEqual(['Betim', 'Uberaba']);
    expect(r.excluded).toEqual([
      { alternative: 'Contagem', reasons: ['no value for área disponível'] },
      { alternative: 'Sete Lagoas', reasons: ['no value for custo do lote'] },
    ]);
  });
  it.each([
    ['mean', 20, 100, 'mean of the 3 known values'],
    ['median', 20, 100, 'median of the 3 known values'],
    ['worst', 10, 120, 'worst known value (lowest of 3)'],
  ] as const)('%s: imputes and says how', (policy, area, cost, rule) => {
    const r = resolveMissing(raw, policy);
    expect(r.matrix.values[1]![0]).toBe(area);
    expect(r.matrix.values[2]![1]).toBe(cost);
    expect(r.imputed[0]).toEqual({ alternative: 'Contagem', criterion: 'área disponível', value: area, rule });
    expect(r.excluded).toEqual([]);
  });
  it('refuses to impute a criterion with no value at all', () => {
    const empty: RawDecisionMatrix = { ...raw, values: raw.values.map((row) => [null, row[1] ?? 1]) };
    expect(() => resolveMissing(empty, 'mean')).toThrow(/Criterion "área disponível" has no value for any alternative/);
  });
});

describe('eligibility rules', () => {
  const raw: RawDecisionMatrix = {
    alternatives: ['A', 'B', 'C'],
    criteria: [
      { name: 'lotes livres', direction: 'benefit', weight: 1 },
      { name: 'distância', direction: 'cost', weight: 1 },
    ],
    values: [
      [12, 30],
      [3, 10],
      [null, 5],
    ],
  };
  it('excludes alternatives that fail a threshold, with each reason', () => {
    const r = applyEligibility(raw, [
      { criterion: 'lotes livres', operator: '>=', value: 5 },
      { criterion: 'distância', operator: '<', value: 25 },
    ]);
    expect(r.matrix.alternatives).toEqual([]);
    expect(r.excluded).toEqual([
      { alternative: 'A', reasons: ['distância is 30, not < 25'] },
      { alternative: 'B', reasons: ['lotes livres is 3, not >= 5'] },
      { alternative: 'C', reasons: ['lotes livres: no value to check >= 5'] },
    ]);
  });
  it('refuses a rule on an unknown criterion', () => {
    expect(() => applyEligibility(raw, [{ criterion: 'água', operator: '>', value: 0 }])).toThrow(
      /criterion "água", which the scenario does not have/,
    );
  });
  it('prepareMatrix applies rules first, then the missing-value policy on the eligible set', () => {
    const r = prepareMatrix(raw, { rules: [{ criterion: 'distância', operator: '<=', value: 30 }], missing: 'mean' });
    expect(r.matrix.alternatives).toEqual(['A', 'B', 'C']);
    expect(r.imputed).toEqual([{ alternative: 'C', criterion: 'lotes livres', value: 7.5, rule: 'mean of the 2 known values' }]);
  });
});
