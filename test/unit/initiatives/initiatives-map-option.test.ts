import { describe, expect, it } from 'vitest';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import {
  buildInitiativesMapOption,
  countShade,
  initiativePoints,
  initiativesByArea,
  initiativesMapScope,
  type InitiativesMapInput,
  type MappedInitiative,
} from '../../../renderer/src/features/initiatives/initiatives-map-option';

const mel: MappedInitiative = {
  code: 'MEL',
  name: 'Polo do Mel',
  states: ['MG', 'BA'],
  members: [3100104, 2900108],
  country: 'BR',
  lat: null,
  lon: null,
};
const leite: MappedInitiative = {
  code: 'LEITE',
  name: 'Polo do Leite',
  states: ['MG'],
  members: [3100104, 3106200],
  country: 'BR',
  lat: null,
  lon: null,
};
const abroad: MappedInitiative = {
  code: 'CL-1',
  name: 'Clúster del salmón',
  states: [],
  members: [],
  country: 'CL',
  lat: -41.47,
  lon: -72.94,
};

function input(overrides: Partial<InitiativesMapInput> = {}): InitiativesMapInput {
  return {
    scope: 'mg',
    mapName: 'mg',
    nameProperty: 'id',
    latitude: -18.5,
    initiatives: [mel, leite, abroad],
    selected: null,
    areaNames: new Map([['3100104', 'Abadia dos Dourados']]),
    labels: {
      initiatives: (n) => `${n} iniciativas`,
      abroad: 'Fora do Brasil',
      more: (n) => `e mais ${n}`,
      threeOrMore: '3 ou mais',
      selected: 'Selecionada',
    },
    dark: false,
    ...overrides,
  };
}

type Item = { name: string; value: number | number[] };
type Region = { name: string; itemStyle: { areaColor: string } };
const regions = (option: ReturnType<typeof buildInitiativesMapOption>): Region[] => (option.geo as { regions: Region[] }).regions;
const seriesData = (option: ReturnType<typeof buildInitiativesMapOption>, i: number): Item[] =>
  (option.series as { data: Item[] }[])[i]?.data ?? [];

describe('the map of initiatives', () => {
  it('counts initiatives per MG municipality (other states left out) and per state on the Brazil scope', () => {
    const mg = initiativesByArea('mg', [mel, leite, abroad]);
    expect([...mg].map(([a, l]) => [a, l.map((i) => i.code)])).toEqual([
      ['3100104', ['MEL', 'LEITE']],
      ['3106200', ['LEITE']],
    ]);
    const br = initiativesByArea('br', [mel, leite, abroad]);
    expect(Object.fromEntries([...br].map(([a, l]) => [a, l.length]))).toEqual({ MG: 2, BA: 1 });
  });

  it('shades by count, the open initiative in orange and the rest faded, with names in the tooltip', () => {
    const option = buildInitiativesMapOption(input());
    expect(seriesData(option, 0)).toEqual([
      { name: '3100104', value: 2 },
      { name: '3106200', value: 1 },
    ]);
    expect(regions(option)).toEqual([
      { name: '3100104', itemStyle: { areaColor: '#4eb3d3' } },
      { name: '3106200', itemStyle: { areaColor: '#a8ddb5' } },
    ]);
    const selected = regions(buildInitiativesMapOption(input({ selected: 'MEL' })));
    expect(selected.map((d) => d.itemStyle.areaColor)).toEqual(['#e8590c', '#dfe3e8']);
    const formatter = (option.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter;
    const text = formatter({ seriesType: 'map', name: '3100104', dataIndex: 0 } as unknown as TooltipComponentFormatterCallbackParams);
    expect(text).toBe('<b>Abadia dos Dourados</b><br/>2 iniciativas<br/>Polo do Mel<br/>Polo do Leite');
  });

  it('puts an initiative outside Brazil as a point on the Brazil scope, and widens the map to hold it', () => {
    expect(initiativePoints('mg', [abroad])).toEqual([]);
    const option = buildInitiativesMapOption(input({ scope: 'br', mapName: 'br', nameProperty: 'sigla', latitude: -14 }));
    expect(seriesData(option, 1)).toEqual([{ name: 'Clúster del salmón', value: [-72.94, -41.47] }]);
    const geo = option.geo as { boundingCoords?: number[][] };
    expect(geo.boundingCoords).toEqual([
      [-76, 7.5],
      [-32, -43.47],
    ]);
    const noAbroad = buildInitiativesMapOption(input({ scope: 'br', initiatives: [mel] }));
    expect((noAbroad.geo as { boundingCoords?: unknown }).boundingCoords).toBeUndefined();
  });
});

describe('the scope the map of initiatives shows', () => {
  const bahia = { code: 'POLO-BA', states: ['BA'] };
  const minas = { code: 'POLO-MG', states: ['MG'] };

  it('keys its shades in the chart itself, as meeting mode and the PNG show it (the page’s swatches stay behind)', () => {
    type Legend = { data: { name: string }[]; selectedMode: boolean };
    type Series = { name?: string; data: unknown[]; itemStyle?: { color: string } };
    const key = (option: ReturnType<typeof buildInitiativesMapOption>) => {
      const legend = option.legend as Legend;
      const colours = new Map((option.series as Series[]).map((s) => [s.name, s.itemStyle?.color]));
      return legend.data.map((d) => [d.name, colours.get(d.name)]);
    };
    expect(key(buildInitiativesMapOption(input()))).toEqual([
      ['1 iniciativas', countShade(1)],
      ['2 iniciativas', countShade(2)],
      ['3 ou mais', countShade(3)],
    ]);
    // With an initiative open, its colour; on Brazil, the point of one abroad.
    expect(key(buildInitiativesMapOption(input({ scope: 'br', selected: 'MEL' }))).map(([name]) => name)).toEqual([
      'Selecionada',
      'Fora do Brasil',
    ]);
  });

  it('follows the state filter when nothing is open: MG or none on MG by municipality, another state on Brazil', () => {
    expect(initiativesMapScope({ picked: null, stateFilter: null, selected: null })).toBe('mg');
    expect(initiativesMapScope({ picked: null, stateFilter: 'MG', selected: null })).toBe('mg');
    expect(initiativesMapScope({ picked: null, stateFilter: 'BA', selected: null })).toBe('br');
  });

  it('turns to Brazil for an open initiative with nothing in MG (on MG it would highlight nothing)', () => {
    expect(initiativesMapScope({ picked: null, stateFilter: null, selected: bahia })).toBe('br');
    expect(initiativesMapScope({ picked: null, stateFilter: null, selected: { code: 'CL-1', states: [] } })).toBe('br');
    expect(initiativesMapScope({ picked: null, stateFilter: null, selected: { code: 'MEL', states: ['MG', 'BA'] } })).toBe('mg');
    // A pick of MG made before the Bahia polo was opened gives way to it.
    expect(initiativesMapScope({ picked: { scope: 'mg', selected: null }, stateFilter: null, selected: bahia })).toBe('br');
  });

  it("keeps the planner's pick while the open initiative shows on it, or was open when they picked", () => {
    expect(initiativesMapScope({ picked: { scope: 'br', selected: null }, stateFilter: 'MG', selected: minas })).toBe('br');
    expect(initiativesMapScope({ picked: { scope: 'mg', selected: null }, stateFilter: 'BA', selected: minas })).toBe('mg');
    expect(initiativesMapScope({ picked: { scope: 'mg', selected: 'POLO-BA' }, stateFilter: null, selected: bahia })).toBe('mg');
  });
});
