import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
  axisBounds,
  bubbleSize,
  buildBubbleOption,
  quadrantOf,
  type BubblePoint,
} from '../../../renderer/src/features/economy/bubble-option';
import { NO_VALUE, buildLqMapOption } from '../../../renderer/src/features/economy/lq-map-option';
import { buildTreemapOption } from '../../../renderer/src/features/economy/treemap-option';
import { buildWaterfallOption, waterfallBars } from '../../../renderer/src/features/economy/waterfall-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';

/** Every number a chart option holds is finite: NaN or Infinity never reach a chart. */
function finiteNumbers(value: unknown, path = 'option'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteNumbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => finiteNumbers(v, `${path}.${k}`));
  return [];
}

const tooltip = (option: { tooltip?: unknown }, params: object) => {
  const t = (Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip) as {
    formatter: (p: TooltipComponentFormatterCallbackParams) => string;
  };
  return t.formatter(params as TooltipComponentFormatterCallbackParams);
};

const POINTS: BubblePoint[] = [
  { sectorCode: '2', label: 'Indústria de transformação', lq: 2.37, growth: 0.03, jobs: 40_173 },
  { sectorCode: '6', label: 'Serviços', lq: 0.85, growth: 0.04, jobs: 30_725 },
  { sectorCode: '8', label: 'Agropecuária', lq: 0.07, growth: -0.407, jobs: 376 },
];

const QUADRANTS = { specializedGrowing: 'SG', specializedDeclining: 'SD', emergent: 'EM', lagging: 'LG' };

describe('bubble chart', () => {
  it('puts sectors in the four quadrants around LQ = 1 and the reference growth', () => {
    expect(quadrantOf(2.37, 0.03, -0.008)).toBe('specializedGrowing');
    expect(quadrantOf(1, -0.1, -0.008)).toBe('specializedDeclining');
    expect(quadrantOf(0.85, 0.04, -0.008)).toBe('emergent');
    expect(quadrantOf(0.07, -0.4, -0.008)).toBe('lagging');
  });

  it('sizes bubbles by the square root of jobs and bounds the axes around every value', () => {
    expect(bubbleSize(40_173, 40_173)).toBe(64);
    expect(bubbleSize(0, 40_173)).toBe(10);
    expect(bubbleSize(10_000, 40_000)).toBeCloseTo(10 + 54 * 0.5, 12);
    const y = axisBounds([0.03, 0.04, -0.407], -0.008, 0.05);
    expect(y.min).toBeLessThan(-0.407);
    expect(y.max).toBeGreaterThan(0.04);
    const flat = axisBounds([1, 1], 1, 1);
    expect(flat.max - flat.min).toBeGreaterThanOrEqual(1);
  });

  it('draws the quadrant lines, labels and a tooltip with the values in the locale', () => {
    const option = buildBubbleOption({
      points: POINTS,
      referenceGrowth: -0.008,
      locale: 'pt-BR',
      dark: false,
      labels: {
        x: 'QL',
        y: 'Crescimento',
        jobs: 'Empregos',
        quadrant: QUADRANTS,
        lqLine: 'QL = 1',
        growthLine: 'MG',
        source: 'Fonte: RAIS',
      },
    });
    expect(finiteNumbers(option)).toEqual([]);
    type Notes = { silent: boolean; data: { name: string; value: number[] }[] };
    const [corners, series, lines] = option.series as [
      Notes,
      {
        data: { value: number[] }[];
        markLine: { z: number; data: { xAxis?: number; yAxis?: number }[] };
        markArea: { data: { name?: string }[][] };
        label: { textBorderWidth: number; formatter: (p: { dataIndex: number }) => string; lineHeight: number; fontSize: number };
      },
      Notes,
    ];
    // The reference lines pass under the bubbles and their names (ECharts: marker lines z 5, a
    // scatter z 2, marker areas z 1), and each name has a halo where it crosses a bubble.
    expect(series.markLine.z).toBeGreaterThan(1);
    expect(series.markLine.z).toBeLessThan(2);
    expect(series.label.textBorderWidth).toBeGreaterThan(0);
    // A long sector name wraps between words: cut, Spanish's agriculture read "…caza y p...".
    expect(series.label.formatter({ dataIndex: 0 })).toBe('Indústria de transformação');
    expect(series.label.lineHeight).toBeGreaterThan(series.label.fontSize);
    expect(series.data.map((d) => d.value)).toEqual([
      [2.37, 0.03, 40_173],
      [0.85, 0.04, 30_725],
      [0.07, -0.407, 376],
    ]);
    expect(series.markLine.data).toEqual([expect.objectContaining({ xAxis: 1 }), expect.objectContaining({ yAxis: -0.008 })]);
    expect(series.markArea.data.map((a) => a[0]?.name)).toEqual(['SG', 'EM', 'SD', 'LG']);
    // The quadrants' names and the lines' labels are silent series' labels, at the plot's corners and
    // the lines' ends, laid out before and after the names (see economy-chart-layout.test.ts).
    expect([corners.silent, lines.silent]).toEqual([true, true]);
    expect(corners.data.map((d) => d.name)).toEqual(['SG', 'EM', 'SD', 'LG']);
    expect(lines.data.map((d) => d.name)).toEqual(['QL = 1', 'MG']);
    expect(lines.data[0]?.value[0]).toBe(1);
    expect(lines.data[1]?.value[1]).toBe(-0.008);
    const text = tooltip(option, { componentType: 'series', dataIndex: 0 });
    expect(text).toContain('Indústria de transformação');
    expect(text).toContain('2,37');
    expect(text).toContain('40.173');
    expect(text).toContain('SG');
  });
});

describe('shift-share waterfall', () => {
  it('stacks each effect on the previous and starts the total at zero', () => {
    const bars = waterfallBars(
      [
        { key: 'referenceShare', label: 'RS', hint: '', value: -913 },
        { key: 'industryMix', label: 'IM', hint: '', value: 443 },
        { key: 'regionalShift', label: 'RSh', hint: '', value: -533 },
      ],
      { label: 'Total', hint: '', value: -1003 },
    );
    expect(bars.map((b) => [b.low, b.high, b.kind])).toEqual([
      [-913, 0, 'decrease'],
      [-913, -470, 'increase'],
      [-1003, -470, 'decrease'],
      [-1003, 0, 'total'],
    ]);
  });

  it('crosses zero when an effect does', () => {
    const bars = waterfallBars(
      [
        { key: 'a', label: 'a', hint: '', value: -10 },
        { key: 'b', label: 'b', hint: '', value: 30 },
      ],
      { label: 'T', hint: '', value: 20 },
    );
    expect(bars[1]).toMatchObject({ low: -10, high: 20 });
    expect(bars[2]).toMatchObject({ low: 0, high: 20 });
  });

  it('draws each bar as a rectangle between its low and high values', () => {
    const option = buildWaterfallOption({
      steps: [{ key: 'referenceShare', label: 'Efeito referência', hint: 'h', value: 100 }],
      total: { label: 'Variação total', hint: 'h', value: 100 },
      locale: 'pt-BR',
      labels: { unit: 'empregos', source: 'Fonte' },
      dark: false,
    });
    expect(finiteNumbers(option)).toEqual([]);
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as {
      data: number[][];
      renderItem: (p: unknown, api: object) => { children: { type: string; shape?: { height: number }; style: { text?: string } }[] };
    };
    expect(series.data).toEqual([
      [0, 0, 100],
      [1, 0, 100],
    ]);
    const values = series.data[0] ?? [];
    const api = {
      value: (d: number) => values[d] ?? 0,
      coord: ([x, y]: [number, number]) => [x * 100 + 50, 300 - y],
      size: () => [100, 0],
    };
    expect(series.renderItem({}, api)).toMatchObject({ type: 'rect', shape: { height: 100 } });
    expect(valueLabels(option).map((l) => l.text)).toEqual(['+100', '+100']);
    expect(tooltip(option, { dataIndex: 0 })).toContain('Efeito referência');
  });

  it("writes each bar's value in type that meeting mode enlarges with the axes", () => {
    const option = buildWaterfallOption({
      steps: [
        { key: 'referenceShare', label: 'Efecto referencia', hint: 'h', value: -913 },
        { key: 'industryMix', label: 'Efecto estructural', hint: 'h', value: 443 },
      ],
      total: { label: 'Variación total', hint: 'h', value: -470 },
      locale: 'es',
      labels: { unit: 'empleos', source: 'Fuente' },
      dark: false,
    });
    const slide = enlargeOption(option, 1.6);
    const axisSize = (slide.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize;
    const labels = valueLabels(slide);
    expect(labels.map((l) => l.text)).toEqual(['-913', '+443', '-470']);
    // On a slide the values are read from across the room: as large as the axis labels (they stayed 11 px).
    for (const l of labels) expect(l.size).toBeGreaterThanOrEqual(axisSize);
    expect(valueLabels(option).every((l) => l.size === 11)).toBe(true);
  });
});

/**
 * The value written on each bar of a waterfall option, with its font size: from the series' labels,
 * or from the text its renderItem draws (at the bar's own coordinates, like ECharts would).
 */
function valueLabels(option: object): { text: string; size: number }[] {
  const all = (option as { series: Record<string, unknown>[] }).series;
  const out: { text: string; size: number }[] = [];
  for (const series of all) {
    const data = series.data as unknown[];
    const label = series.label as { show?: boolean; fontSize: number; formatter: (p: { dataIndex: number }) => string } | undefined;
    if (label?.show) data.forEach((_, i) => out.push({ text: label.formatter({ dataIndex: i }), size: label.fontSize }));
    const render = series.renderItem as
      ((p: unknown, api: object) => { children?: { type: string; style: { text?: string; fontSize?: number } }[] }) | undefined;
    if (!render) continue;
    for (const row of data as number[][]) {
      const api = { value: (d: number) => row[d] ?? 0, coord: ([x, y]: [number, number]) => [x * 100 + 50, 300 - y], size: () => [100, 0] };
      for (const child of render({}, api).children ?? [])
        if (child.type === 'text') out.push({ text: child.style.text ?? '', size: child.style.fontSize ?? 0 });
    }
  }
  return out;
}

describe('sector treemap', () => {
  it('sizes sectors by jobs, colours them by LQ class and leaves out sectors without jobs', () => {
    const option = buildTreemapOption({
      items: [
        { sectorCode: '2', label: 'Indústria', jobs: 40_173, lq: 2.37, reason: null },
        { sectorCode: '6', label: 'Serviços', jobs: 30_725, lq: 0.85, reason: null },
        { sectorCode: '1', label: 'Extrativa', jobs: 0, lq: null, reason: 'o território não tem empregos' },
      ],
      locale: 'pt-BR',
      labels: { jobs: 'Empregos', share: 'Participação', lq: 'QL', legend: 'QL', noValue: 'sem valor', source: 'Fonte' },
      dark: false,
    });
    expect(finiteNumbers(option)).toEqual([]);
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as {
      data: { id: string; value: number; itemStyle: { color: string } }[];
      label: { formatter: (p: { data: { id: string } }) => string };
    };
    expect(series.data.map((d) => [d.id, d.value])).toEqual([
      ['2', 40_173],
      ['6', 30_725],
    ]);
    expect(series.data[0]?.itemStyle.color).toBe('#d6604d');
    expect(series.label.formatter({ data: { id: '2' } })).toContain('QL 2,37');
    expect(tooltip(option, { data: { id: '6' } })).toContain('43,3%');
  });

  it("draws the LQ classes' key in the chart, numbers in the UI language, and keeps it clear of the tiles on a slide", () => {
    const build = (locale: 'pt-BR' | 'en', labels: { legend: string; noValue: string }) =>
      buildTreemapOption({
        items: [{ sectorCode: '2', label: 'Indústria', jobs: 40_173, lq: 2.37, reason: null }],
        locale,
        labels: { jobs: 'Jobs', share: 'Share', lq: 'LQ', source: 'Source', ...labels },
        dark: false,
      });
    const key = (option: object) =>
      (option as { visualMap: { pieces: { label: string; color: string }[]; text: string[]; seriesIndex: unknown; top: number } })
        .visualMap;
    // A room saw red and blue tiles on the slide and nothing that said what they meant.
    const pt = key(build('pt-BR', { legend: 'QL', noValue: 'sem valor' }));
    expect(pt.pieces.map((p) => p.label)).toEqual(['< 0,5', '0,5 – 1', '1 – 1,5', '1,5 – 2', '2 – 5', '≥ 5', 'sem valor']);
    expect(pt.pieces[4]?.color).toBe('#d6604d');
    expect(pt.text).toEqual(['QL:', '']);
    // A key only: it colours no series and filters nothing.
    expect(pt.seriesIndex).toEqual([]);
    expect(key(build('en', { legend: 'LQ', noValue: 'no value' })).pieces.map((p) => p.label)).toEqual([
      '< 0.5',
      '0.5 – 1',
      '1 – 1.5',
      '1.5 – 2',
      '2 – 5',
      '≥ 5',
      'no value',
    ]);
    // On the slide the key's type grows, and the tiles move down with it.
    const option = build('pt-BR', { legend: 'QL', noValue: 'sem valor' });
    const tilesTop = (o: object) => (o as { series: { top: number }[] }).series[0]?.top ?? 0;
    const large = enlargeOption(option, 2.7);
    expect(tilesTop(large)).toBeCloseTo(tilesTop(option) * 2.7, 1);
    expect(tilesTop(large)).toBeGreaterThan(key(large).top + 2.7 * 14);
  });

  it('wraps a name at spaces and never splits a word down a narrow tile; the export icon has room above the tiles', () => {
    const option = buildTreemapOption({
      items: [{ sectorCode: '8', label: 'Agropecuária, extração vegetal, caça e pesca', jobs: 376, lq: 0.07, reason: null }],
      locale: 'pt-BR',
      labels: { jobs: 'Empregos', share: 'Participação', lq: 'QL', legend: 'QL', noValue: 'sem valor', source: 'Fonte' },
      dark: false,
    });
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as {
      top: number;
      label: { overflow: string; formatter: (p: { data: { id: string } }) => string };
    };
    // A word wider than its tile is cut with "…", not broken letter by letter ("M / i / n").
    expect(series.label.overflow).toBe('truncate');
    expect(
      series.label
        .formatter({ data: { id: '8' } })
        .split('\n')
        .slice(0, 3),
    ).toEqual(['{name|Agropecuária,}', '{name|extração vegetal,}', '{name|caça e pesca}']);
    expect(series.top).toBeGreaterThanOrEqual(24);
  });
});

describe('LQ map', () => {
  it('gives municipalities without an LQ their own legend class and their reason in the tooltip', () => {
    const option = buildLqMapOption({
      mapName: 'mg',
      values: [
        { code: 3106705, lq: 2.37, jobs: 40_173, reason: null },
        { code: 3100104, lq: null, jobs: 0, reason: 'o território não tem empregos neste ano' },
      ],
      municipalityNames: new Map([
        [3106705, 'Betim'],
        [3100104, 'Abadia dos Dourados'],
      ]),
      selected: {
        codes: [3106705],
        name: 'Betim',
        lon: -44.2,
        lat: -19.97,
        value: { code: 3106705, lq: 2.37, jobs: 40_173, reason: null },
      },
      locale: 'pt-BR',
      labels: { sector: 'Indústria', lq: 'QL', jobs: 'Empregos', noData: 'sem dados', noValue: 'sem valor', source: 'Fonte' },
      dark: false,
    });
    expect(finiteNumbers(option)).toEqual([]);
    const [map, point] = option.series as { data: { name: string; value: unknown }[] }[];
    expect(map?.data).toEqual([
      { name: '3106705', value: 2.37 },
      { name: '3100104', value: NO_VALUE },
    ]);
    expect(point?.data[0]?.value).toEqual([-44.2, -19.97]);
    const visualMap = option.visualMap as { pieces: { label: string; value?: number }[] };
    expect(visualMap.pieces.at(-1)).toMatchObject({ value: NO_VALUE, label: 'sem valor' });
    expect(visualMap.pieces[0]?.label).toBe('≥ 5');
    const geo = option.geo as { regions: { name: string }[] };
    expect(geo.regions[0]?.name).toBe('3106705');
    const text = tooltip(option, { seriesType: 'map', name: '3100104' });
    expect(text).toContain('Abadia dos Dourados');
    expect(text).toContain('o território não tem empregos neste ano');
    expect(tooltip(option, { seriesType: 'map', name: '3106705' })).toContain('2,37');
  });

  it("outlines every member of a custom territory and shows the territory's own LQ at its marker", () => {
    const option = buildLqMapOption({
      mapName: 'mg',
      values: [
        { code: 3106705, lq: 2.37, jobs: 40_173, reason: null },
        { code: 3118601, lq: 1.48, jobs: 45_470, reason: null },
      ],
      municipalityNames: new Map([
        [3106705, 'Betim'],
        [3118601, 'Contagem'],
      ]),
      selected: {
        codes: [3106705, 3118601],
        name: 'Betim + Contagem',
        lon: -44.1,
        lat: -19.94,
        value: { code: 7, lq: 1.8, jobs: 85_643, reason: null },
      },
      locale: 'pt-BR',
      labels: { sector: 'Indústria', lq: 'QL', jobs: 'Empregos', noData: 'sem dados', noValue: 'sem valor', source: 'Fonte' },
      dark: false,
    });
    const geo = option.geo as { regions: { name: string }[] };
    expect(geo.regions.map((r) => r.name)).toEqual(['3106705', '3118601']);
    const marker = tooltip(option, { seriesType: 'scatter', name: 'Betim + Contagem' });
    expect(marker).toContain('Betim + Contagem');
    expect(marker).toContain('1,80');
    expect(marker).toContain('85.643');
  });
});
