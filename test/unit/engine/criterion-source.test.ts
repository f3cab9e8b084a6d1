import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criterionPeriod,
  criterionSourceLabel,
  criterionUnit,
  formatCriterionSource,
  parseCriterionSource,
  type CriterionSource,
} from '../../../shared/domain/metric-id';

describe('criterion-source syntax', () => {
  it('parses every form', () => {
    expect(parseCriterionSource('indicator:POP:2022')).toEqual({ kind: 'indicator', code: 'POP', period: '2022' });
    expect(parseCriterionSource('jobs:total:2020')).toEqual({ kind: 'jobs', sector: null, year: 2020 });
    expect(parseCriterionSource('jobs:sector:2:2020')).toEqual({ kind: 'jobs', sector: '2', year: 2020 });
    expect(parseCriterionSource('lq:2:2020')).toEqual({ kind: 'lq', sector: '2', year: 2020 });
    expect(parseCriterionSource('share:8:2019')).toEqual({ kind: 'share', sector: '8', year: 2019 });
    expect(parseCriterionSource('growth:total:2019:2020')).toEqual({ kind: 'growth', sector: null, from: 2019, to: 2020 });
    expect(parseCriterionSource('growth:sector:2:2019:2020')).toEqual({ kind: 'growth', sector: '2', from: 2019, to: 2020 });
    expect(parseCriterionSource('works:open-needs')).toEqual({ kind: 'works', measure: 'open-needs' });
    expect(formatCriterionSource({ kind: 'works', measure: 'open-needs' })).toBe('works:open-needs');
  });

  it('refuses what does not follow it', () => {
    for (const bad of [
      '',
      'POP',
      'indicator:POP',
      'jobs:total:20',
      'lq:9:2020',
      'lq:2:2020:x',
      'growth:total:2020:2019',
      'growth:total:2020:2020',
      'indicator:P O P:2022',
      'jobs:sector:2',
      'works',
      'works:open',
      'works:open-needs:2020',
    ]) {
      expect(parseCriterionSource(bad)).toBeNull();
    }
  });

  it('formats back to the same text (property)', () => {
    const year = fc.integer({ min: 1990, max: 2100 });
    const sector = fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8');
    const source: fc.Arbitrary<CriterionSource> = fc.oneof(
      fc.record({
        kind: fc.constant('indicator' as const),
        code: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}$/),
        period: fc.stringMatching(/^[0-9]{4}(-[0-9]{2})?$/),
      }),
      fc.record({ kind: fc.constant('jobs' as const), sector: fc.option(sector, { nil: null }), year }),
      fc.record({ kind: fc.constant('lq' as const), sector, year }),
      fc.record({ kind: fc.constant('share' as const), sector, year }),
      fc
        .record({
          kind: fc.constant('growth' as const),
          sector: fc.option(sector, { nil: null }),
          from: year,
          span: fc.integer({ min: 1, max: 10 }),
        })
        .map(({ span, ...g }) => ({ ...g, to: g.from + span })),
    );
    fc.assert(
      fc.property(source, (s) => {
        expect(parseCriterionSource(formatCriterionSource(s))).toEqual(s);
      }),
    );
  });

  it('gives labels in three languages, periods and units', () => {
    const lq = parseCriterionSource('lq:2:2020')!;
    expect(criterionSourceLabel(lq)).toEqual({
      pt: 'QL indústria de transformação 2020',
      en: 'LQ manufacturing 2020',
      es: 'CL industria manufacturera 2020',
    });
    const growth = parseCriterionSource('growth:total:2019:2020')!;
    expect(criterionPeriod(growth)).toBe('2019–2020');
    expect(criterionUnit(growth)).toBe('%');
    expect(criterionUnit(parseCriterionSource('indicator:POP:2022')!, 'hab.')).toBe('hab.');
    expect(
      criterionSourceLabel(parseCriterionSource('indicator:POP:2022')!, { pt: 'População', en: 'Population', es: 'Población' }).en,
    ).toBe('Population 2022');
  });
});
