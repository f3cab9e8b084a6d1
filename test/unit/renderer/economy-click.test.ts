import { describe, expect, it } from 'vitest';
import type { BubblePoint } from '../../../renderer/src/features/economy/bubble-option';
import { bubbleClickTarget, mapClickTarget, whySubject, type MapClickContext } from '../../../renderer/src/features/economy/why-target';

const POINTS: BubblePoint[] = [
  { sectorCode: '2', label: 'Indústria de transformação', lq: 2.37, growth: 0.03, jobs: 40_173 },
  { sectorCode: '6', label: 'Serviços', lq: 0.8, growth: -0.01, jobs: 30_725 },
];
const BETIM = { territoryCode: 3106705, territoryName: 'Betim' };
const SET = { territoryCode: 7, territoryKind: 'territory-set' as const, territoryName: 'Entorno do distrito' };

describe('a bubble click explains the LQ of its sector', () => {
  it('maps the clicked point to the subject × sector LQ', () => {
    expect(bubbleClickTarget({ componentType: 'series', seriesType: 'scatter', dataIndex: 1 }, POINTS, BETIM)).toEqual({
      kind: 'lq',
      reason: null,
      territoryCode: 3106705,
      territoryName: 'Betim',
      sectorCode: '6',
      sectorLabel: 'Serviços',
    });
  });

  it('keeps a custom territory a custom territory', () => {
    const target = bubbleClickTarget({ componentType: 'series', seriesType: 'scatter', dataIndex: 0 }, POINTS, SET);
    expect(target).toMatchObject({ territoryCode: 7, territoryKind: 'territory-set', sectorCode: '2' });
    expect(target && whySubject(target)).toEqual({ kind: 'territory-set', id: 7 });
  });

  it('ignores clicks on anything but a bubble', () => {
    expect(bubbleClickTarget({ componentType: 'markLine', seriesType: 'scatter', dataIndex: 0 }, POINTS, BETIM)).toBeNull();
    expect(bubbleClickTarget({ componentType: 'series', seriesType: 'scatter', dataIndex: 5 }, POINTS, BETIM)).toBeNull();
    expect(bubbleClickTarget({ componentType: 'series', seriesType: 'scatter' }, POINTS, BETIM)).toBeNull();
  });
});

describe('a map click explains the LQ of the municipality clicked, or of the subject', () => {
  const ctx: MapClickContext = {
    sectorCode: '2',
    sectorLabel: 'Indústria de transformação',
    values: [
      { code: 3106705, lq: 2.37, jobs: 40_173, reason: null },
      { code: 3100104, lq: null, jobs: 0, reason: 'o território não tem empregos neste ano' },
    ],
    municipalityNames: new Map([
      [3106705, 'Betim'],
      [3100104, 'Abadia dos Dourados'],
      [3118601, 'Contagem'],
    ]),
    marker: { ...SET, value: { code: 7, lq: 1.8, jobs: 85_643, reason: null } },
  };

  it('maps a municipality area (its IBGE code is the region name) to that municipality', () => {
    expect(mapClickTarget({ componentType: 'series', seriesType: 'map', name: '3106705', dataIndex: 0 }, ctx)).toEqual({
      kind: 'lq',
      reason: null,
      territoryCode: 3106705,
      territoryName: 'Betim',
      sectorCode: '2',
      sectorLabel: 'Indústria de transformação',
    });
  });

  it('opens an empty LQ with its reason, and nothing for a municipality without data', () => {
    expect(mapClickTarget({ componentType: 'series', seriesType: 'map', name: '3100104' }, ctx)).toMatchObject({
      territoryName: 'Abadia dos Dourados',
      reason: 'o território não tem empregos neste ano',
    });
    expect(mapClickTarget({ componentType: 'series', seriesType: 'map', name: '3118601' }, ctx)).toBeNull();
    expect(mapClickTarget({ componentType: 'series', seriesType: 'map', name: 'x' }, ctx)).toBeNull();
    expect(mapClickTarget({ componentType: 'geo', name: '3106705' }, ctx)).toBeNull();
  });

  it("maps the marker to the subject's own LQ, a custom territory's included", () => {
    const target = mapClickTarget({ componentType: 'series', seriesType: 'scatter', name: 'Entorno do distrito', dataIndex: 0 }, ctx);
    expect(target).toMatchObject({ kind: 'lq', territoryCode: 7, territoryKind: 'territory-set', sectorCode: '2', reason: null });
    expect(target && whySubject(target)).toEqual({ kind: 'territory-set', id: 7 });
    expect(mapClickTarget({ componentType: 'series', seriesType: 'scatter' }, { ...ctx, marker: null })).toBeNull();
  });

  it('asks the engine about a municipality by its code', () => {
    expect(whySubject(BETIM)).toEqual({ kind: 'municipality', code: 3106705 });
  });
});
