import { describe, expect, it } from 'vitest';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { buildMapOption, colorRange, type MapOptionInput } from '../../../renderer/src/features/dashboard/map-option';

function input(overrides: Partial<MapOptionInput> = {}): MapOptionInput {
  return {
    mapName: 'mg',
    values: [
      { code: 3106200, value: 1_300_000 },
      { code: 3106705, value: 90_000 },
      { code: 3100104, value: null },
    ],
    municipalityNames: new Map([
      [3106200, 'Belo Horizonte'],
      [3106705, 'Betim'],
      [3100104, 'Abadia dos Dourados'],
    ]),
    metric: {
      label: 'Empregos formais 2020',
      unit: 'empregos',
      source: 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv, 2020',
    },
    sites: [
      { name: 'Distrito Industrial do Jatobá', lon: -43.93, lat: -19.91, municipality: 'Belo Horizonte', locationNote: 'sede municipal' },
      { name: 'Distrito <b>Betim</b>', lon: -44.2, lat: -19.97, municipality: 'Betim', locationNote: null },
    ],
    locale: 'pt-BR',
    labels: { noData: 'sem dado', source: 'Fonte', sites: 'Distritos', municipalities: 'Municípios' },
    dark: false,
    ...overrides,
  };
}

type Formatter = (params: TooltipComponentFormatterCallbackParams) => string;

function tooltip(option: ReturnType<typeof buildMapOption>): Formatter {
  const t = option.tooltip;
  const formatter = (Array.isArray(t) ? t[0] : t)?.formatter;
  if (typeof formatter !== 'function') throw new Error('no tooltip formatter');
  return formatter as Formatter;
}

function params(p: { seriesType: string; name: string; dataIndex: number }): TooltipComponentFormatterCallbackParams {
  return p as unknown as TooltipComponentFormatterCallbackParams;
}

describe('colorRange', () => {
  it('stops at the 95th percentile when a few municipalities dwarf the rest', () => {
    const values = [...Array.from({ length: 99 }, (_, i) => i + 1), 1_000_000];
    const range = colorRange(values);
    expect(range?.min).toBe(1);
    expect(range?.clipped).toBe(true);
    expect(range?.max).toBe(96); // 95.05, a count: up to a whole number
    expect(colorRange([...Array.from({ length: 99 }, (_, i) => (i + 1) / 2), 1_000_000])?.max).toBeCloseTo(47.525, 3);
  });

  it('keeps the true maximum when nothing is clipped, and ignores missing values', () => {
    expect(colorRange([5, null, 10])).toEqual({ min: 5, max: 10, clipped: false }); // 9.75, a count: 10
    expect(colorRange([0.5, null, 1])).toEqual({ min: 0.5, max: 0.975, clipped: true });
    expect(colorRange([7, 7, 7])).toEqual({ min: 7, max: 8, clipped: false });
    expect(colorRange([null, Number.NaN])).toBeNull();
  });
});

describe('buildMapOption', () => {
  it('shades municipalities by IBGE code on the geo component and puts one point per site on top', () => {
    const option = buildMapOption(input());
    const geo = Array.isArray(option.geo) ? option.geo[0] : option.geo;
    expect(geo?.map).toBe('mg');
    expect(geo?.nameProperty).toBe('id');
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series.map((s) => s.type)).toEqual(['map', 'scatter']);
    // No entrance animation: the first screen is ready when the map is drawn (issue 16).
    expect(option.animation).toBe(false);
    const map = series[0];
    expect(map?.type === 'map' && map.data?.length).toBe(3);
    const scatter = series[1];
    expect(scatter?.type === 'scatter' && scatter.coordinateSystem).toBe('geo');
    expect(scatter?.type === 'scatter' && scatter.data).toEqual([
      { name: 'Distrito Industrial do Jatobá', value: [-43.93, -19.91] },
      { name: 'Distrito <b>Betim</b>', value: [-44.2, -19.97] },
    ]);
  });

  it('has a continuous legend over the map series', () => {
    const option = buildMapOption(input());
    const visualMap = Array.isArray(option.visualMap) ? option.visualMap[0] : option.visualMap;
    expect(visualMap?.type).toBe('continuous');
    expect(visualMap?.seriesIndex).toBe(0);
    expect(visualMap?.min).toBe(90_000);
  });

  it('tooltips name the municipality, the value in the locale with its unit, and the source', () => {
    const format = tooltip(buildMapOption(input()));
    const text = format(params({ seriesType: 'map', name: '3106200', dataIndex: 0 }));
    expect(text).toContain('<b>Belo Horizonte</b>');
    expect(text).toContain('1.300.000 empregos');
    expect(text).toContain('Fonte: RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv, 2020');
    expect(format(params({ seriesType: 'map', name: '3100104', dataIndex: 2 }))).toContain('sem dado');
  });

  it('tooltips of sites escape names from the data', () => {
    const format = tooltip(buildMapOption(input()));
    expect(format(params({ seriesType: 'scatter', name: 'x', dataIndex: 1 }))).toContain('Distrito &lt;b&gt;Betim&lt;/b&gt;');
    expect(format(params({ seriesType: 'scatter', name: 'x', dataIndex: 0 }))).toContain('sede municipal');
  });

  it('without a metric the map is drawn unshaded and without a legend', () => {
    const option = buildMapOption(input({ metric: null }));
    expect(option.visualMap).toBeUndefined();
    expect(tooltip(option)(params({ seriesType: 'map', name: '3106705', dataIndex: 1 }))).toBe('<b>Betim</b>');
  });

  it('formats numbers in the chosen language', () => {
    const format = tooltip(buildMapOption(input({ locale: 'en' })));
    expect(format(params({ seriesType: 'map', name: '3106200', dataIndex: 0 }))).toContain('1,300,000 empregos');
  });
});

describe('buildMapOption: the polos layer', () => {
  it('outlines the municipalities of a polo and names the polos in their tooltip, leaving the others plain', () => {
    const option = buildMapOption(
      input({ labels: { ...input().labels, polos: 'Polos' }, polos: new Map([[3106705, ['Polo <Metal>', 'Polo B']]]) }),
    );
    const geo = option.geo as { regions?: unknown[] };
    expect(geo.regions).toEqual([{ name: '3106705', itemStyle: { borderColor: '#862e9c', borderWidth: 1.6 } }]);
    const text = tooltip(option)(params({ seriesType: 'map', name: '3106705', dataIndex: 1 }));
    expect(text).toContain('Polos: Polo &lt;Metal&gt;, Polo B');
    expect(tooltip(option)(params({ seriesType: 'map', name: '3106200', dataIndex: 0 }))).not.toContain('Polos');
  });
});
