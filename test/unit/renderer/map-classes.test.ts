import { describe, expect, it } from 'vitest';
import { boundFormatter, legendClasses } from '../../../renderer/src/features/territories/maps/map-classes';

const NBSP = /\u00a0/g;
const labels = (values: number[], locale: 'pt-BR' | 'en' | 'es') =>
  legendClasses(values, 'equal-interval', 3, locale).classes.map((c) => c.label.replace(NBSP, ' '));

describe('choropleth legend bounds', () => {
  it('writes every bound in one format: compact once the largest reaches 10,000', () => {
    // Equal intervals over 0–18,963: bounds 0, 6,321, 12,642, 18,963. The lower two used to read in
    // full beside compact ones ("> 6.321 – 12,6 mil").
    expect(labels([0, 1_000, 6_321, 12_642, 18_963], 'pt-BR')).toEqual(['0 – 6,3 mil', '> 6,3 mil – 12,6 mil', '> 12,6 mil – 19 mil']);
    expect(labels([0, 1_000, 6_321, 12_642, 18_963], 'en')).toEqual(['0 – 6.3K', '> 6.3K – 12.6K', '> 12.6K – 19K']);
  });

  it('writes numbers in full below 10,000, with up to two decimals under 10', () => {
    expect(labels([0, 3_000, 9_000], 'pt-BR')).toEqual(['0 – 3.000', '> 3.000 – 6.000', '> 6.000 – 9.000']);
    expect(labels([0.25, 1.5, 3.25], 'pt-BR')).toEqual(['0,25 – 1,25', '> 1,25 – 2,25', '> 2,25 – 3,25']);
    const format = boundFormatter([0.25, 12, 9_999.6], 'es');
    expect([format(0.25), format(12), format(9_999.6)]).toEqual(['0,25', '12', '10.000']);
  });
});
