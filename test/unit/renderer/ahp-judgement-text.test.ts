import { describe, expect, it } from 'vitest';
import { judgementNumber } from '../../../shared/analysis/mcda/ahp-refusals';
import { judgementText } from '../../../renderer/src/components/weights/ahp-matrix';

/**
 * A judgement of Saaty's scale as the CLI writes it (English refusals: "the judgement is 12") and as
 * the AHP editor does (its cells, its suggestions, its refusals in the UI language): one formatter,
 * each with its options; what either printed is pinned here.
 */
describe('a pairwise judgement as written', () => {
  /** A judgement; the CLI's text (integers, 1/n, else four significant digits); the editor's with a decimal comma. */
  const cases: readonly (readonly [judgement: number, cli: string, editor: string])[] = [
    [9, '9', '9'],
    [3, '3', '3'],
    [1, '1', '1'],
    [1 / 3, '1/3', '1/3'],
    [1 / 9, '1/9', '1/9'],
    [12, '12', '12'],
    // The editor: two decimals in the language's mark.
    [1.5, '1.5', '1,50'],
    [0.3, '0.3', '0,30'],
    [12.3456, '12.35', '12,35'],
    [2 / 3, '0.6667', '0,67'],
    [2.9999999999, '3', '3'],
    [1 / 2.9999999999, '1/3', '1/3'],
    // No positive number: the editor writes "–".
    [0, '0', '–'],
    [-2, '-2', '–'],
    [-0.5, '1/-2', '–'],
    [Number.NaN, 'NaN', '–'],
    [Number.POSITIVE_INFINITY, 'Infinity', '–'],
  ];

  it('by the CLI: integers, 1/n, else four significant digits', () => {
    expect(cases.map(([judgement]) => judgementNumber(judgement))).toEqual(cases.map(([, cli]) => cli));
    // A tiny judgement is off the scale, not 0.
    expect(judgementNumber(1e-10)).toBe('1/10000000000');
  });

  it('by the editor: two decimals in the language’s mark, “–” for no positive number', () => {
    expect(cases.map(([judgement]) => judgementText(judgement, ','))).toEqual(cases.map(([, , editor]) => editor));
    expect(judgementText(1.5)).toBe('1.50');
  });
});
