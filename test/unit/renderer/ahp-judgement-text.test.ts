import { describe, expect, it } from 'vitest';
import { judgementNumber } from '../../../shared/analysis/mcda/ahp-refusals';
import { judgementText } from '../../../renderer/src/components/weights/ahp-matrix';

/**
 * A judgement of Saaty's scale as the CLI writes it (English refusals: "the judgement is 12") and as
 * the AHP editor does (its cells, its suggestions, its refusals in the UI language): one formatter,
 * each with its options; what either printed is pinned here.
 */
describe('a pairwise judgement as written', () => {
  const values = [9, 3, 1, 1 / 3, 1 / 9, 12, 1.5, 0.3, 12.3456, 2 / 3, 2.9999999999, 1 / 2.9999999999, 0, -2, -0.5, Number.NaN];

  it('by the CLI: integers, 1/n, else four significant digits', () => {
    expect(values.map((v) => judgementNumber(v))).toEqual([
      '9',
      '3',
      '1',
      '1/3',
      '1/9',
      '12',
      '1.5',
      '0.3',
      '12.35',
      '0.6667',
      '3',
      '1/3',
      '0',
      '-2',
      '1/-2',
      'NaN',
    ]);
    expect(judgementNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
    // A tiny judgement is off the scale, not 0.
    expect(judgementNumber(1e-10)).toBe('1/10000000000');
  });

  it('by the editor: two decimals in the language’s mark, “–” for no positive number', () => {
    expect(values.map((v) => judgementText(v, ','))).toEqual([
      '9',
      '3',
      '1',
      '1/3',
      '1/9',
      '12',
      '1,50',
      '0,30',
      '12,35',
      '0,67',
      '3',
      '1/3',
      '–',
      '–',
      '–',
      '–',
    ]);
    expect(judgementText(1.5)).toBe('1.50');
    expect(judgementText(Number.POSITIVE_INFINITY)).toBe('–');
  });
});
