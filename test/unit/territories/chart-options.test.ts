import { describe, expect, it } from 'vitest';
import { buildCompareBarOption } from '../../../renderer/src/features/territories/charts/bar-option';
import { buildChoroplethOption } from '../../../renderer/src/features/territories/charts/choropleth-option';
import { buildSeriesLineOption } from '../../../renderer/src/features/territories/charts/line-option';
import { sequentialColors } from '../../../renderer/src/features/territories/charts/palette';
import { buildRadarOption } from '../../../renderer/src/features/territories/charts/radar-option';
import { wrapLabel } from '../../../renderer/src/lib/wrap-label';
import { buildSectorTreemapOption } from '../../../renderer/src/features/territories/charts/treemap-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';

const fmt = (v: number | null) => String(v);

describe('compare chart option builders', () => {
  it('radar: axes scored 0–100 against the best shown; a subject with a missing value drawn hollow and dotted, named in the legend', () => {
    const option = buildRadarOption({
      axes: [
        { key: 'jobs', label: 'Empregos', direction: 'higher-better', format: fmt },
        { key: 'cost', label: 'Custo', direction: 'lower-better', format: fmt },
      ],
      series: [
        { name: 'A', values: [100, 2] },
        { name: 'B', values: [50, null] },
        { name: 'Média', values: [75, 4], peer: true },
      ],
      dark: false,
      labels: { scoreNote: '', noData: 'sem dado' },
    });
    const data = (option.series as { data: { name: string; value: number[]; lineStyle: { type: string } }[] }[])[0]!.data;
    expect(data.map((d) => d.value)).toEqual([
      [100, 100],
      [50, 0],
      [75, 50],
    ]);
    expect(data[2]?.lineStyle.type).toBe('dashed');
    // B has no value on "Custo": hollow markers, dotted, no area, and the legend says which axis.
    const b = data[1] as unknown as { symbol: string; lineStyle: { type: string }; areaStyle?: unknown };
    expect(b.symbol).toBe('emptyCircle');
    expect(b.lineStyle.type).toBe('dotted');
    expect(b.areaStyle).toBeUndefined();
    expect((data[0] as unknown as { symbol: string }).symbol).toBe('circle');
    const legend = option.legend as { formatter: (name: string) => string };
    expect(legend.formatter('B')).toBe('B (sem dado: Custo)');
    expect(legend.formatter('A')).toBe('A');
    expect((option.radar as { indicator: { name: string; max: number }[] }).indicator).toEqual([
      { name: 'Empregos', max: 100, min: 0 },
      { name: 'Custo', max: 100, min: 0 },
    ]);
  });

  it('radar: long axis names wrap at spaces', () => {
    expect(wrapLabel('Empregos na indústria de transformação (município)')).toBe('Empregos na indústria\nde transformação\n(município)');
    expect(wrapLabel('Área')).toBe('Área');
  });

  it('bar: marks the best subject and draws the baseline', () => {
    const option = buildCompareBarOption({
      subjects: ['A', 'B', 'C'],
      values: [10, 30, null],
      direction: 'higher-better',
      baselineIndex: 0,
      format: fmt,
      axisFormat: fmt,
      dark: false,
      labels: { best: 'melhor', baseline: 'referência', noData: '–', period: '2020' },
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['A', '★ B', 'C']);
    const series = (option.series as { data: { value: unknown }[]; markLine: { data: { yAxis: number }[] } }[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([10, 30, '-']);
    expect(series.markLine.data).toEqual([{ yAxis: 10 }]);
  });

  it('choropleth: one legend piece per class, largest first, bounds as given', () => {
    const option = buildChoroplethOption({
      mapName: 'mg',
      nameProperty: 'id',
      latitude: -18,
      areas: [
        { key: '1', name: 'A', value: 1 },
        { key: '2', name: 'B', value: 5 },
        { key: '3', name: 'C', value: null },
      ],
      metric: { label: 'Pop', source: 'IBGE', format: fmt },
      bounds: [1, 3, 5],
      colors: ['#a', '#b'],
      classLabels: ['1–3', '3–5'],
      markers: [{ id: 7, name: 'DI', lon: -44, lat: -19, municipality: 'X', value: 4 }],
      markerMetric: { label: 'Jobs', format: fmt, mode: 'size' },
      dark: false,
      labels: { noData: '–', source: 'Fonte', sites: 'Distritos', areas: 'Municípios', classOf: (i, k) => `${i}/${k}` },
    });
    expect((option.visualMap as { pieces: unknown[] }).pieces).toEqual([
      { gt: 3, lte: 5, color: '#b', label: '3–5' },
      { gte: 1, lte: 3, color: '#a', label: '1–3' },
    ]);
    const [map, scatter] = option.series as [{ data: { name: string; value: number }[] }, { data: { id: string; symbolSize: number }[] }];
    expect(map.data.map((d) => d.name)).toEqual(['1', '2', '3']);
    expect(Number.isNaN(map.data[2]?.value)).toBe(true);
    expect(scatter.data[0]).toMatchObject({ id: '7', symbolSize: 34 });
  });

  it('treemap and line builders keep the data as given', () => {
    const tree = buildSectorTreemapOption({
      shares: [
        { code: '7', label: 'Administração pública e defesa', value: 30 },
        { code: '6', label: 'Serviços', value: 70 },
        { code: '1', label: 'Extrativa', value: 0 },
      ],
      formatValue: fmt,
      formatShare: (s) => `${Math.round(s * 100)} %`,
      source: 'RAIS',
    });
    expect((tree.series as { data: { name: string }[] }[])[0]!.data.map((d) => d.name)).toEqual(['Administração pública e defesa', 'Serviços']);
    // Labels never break mid-word, and the tiles leave the icons' corner free.
    const treeSeries = (tree.series as { top: number; label: { overflow: string; formatter: (p: object) => string } }[])[0]!;
    expect(treeSeries.label.overflow).toBe('truncate');
    expect(treeSeries.top).toBeGreaterThanOrEqual(24);
    expect(treeSeries.label.formatter({ data: { id: '7' } })).toBe('Administração\npública e defesa\n30 %');
    const line = buildSeriesLineOption({
      name: 'Pop',
      points: [
        { period: '2010', value: 100 },
        { period: '2011', value: null },
      ],
      format: fmt,
      axisFormat: fmt,
      dark: true,
    });
    expect((line.series as { data: unknown[] }[])[0]!.data).toEqual([
      [2010, 100],
      [2011, '-'],
    ]);
  });

  it('line: yearly periods on a time axis, a year the source skips (2023) leaves its space', () => {
    const line = buildSeriesLineOption({
      name: 'População',
      points: ['2021', '2022', '2024'].map((period, i) => ({ period, value: 100 + i })),
      format: fmt,
      axisFormat: fmt,
      dark: false,
    });
    expect(line.xAxis).toMatchObject({ type: 'value', min: 'dataMin', max: 'dataMax' });
    expect((line.series as { data: unknown[] }[])[0]!.data).toEqual([
      [2021, 100],
      [2022, 101],
      [2024, 102],
    ]);
    // Non-yearly periods (months of a programme) stay categories.
    const monthly = buildSeriesLineOption({
      name: 'x',
      points: [{ period: '2025-06', value: 1 }],
      format: fmt,
      axisFormat: fmt,
      dark: false,
    });
    expect(monthly.xAxis).toMatchObject({ type: 'category' });
  });

  it('sequential colours spread over the palette; meeting mode enlarges type, not data', () => {
    expect(sequentialColors(5)).toHaveLength(5);
    expect(new Set(sequentialColors(9)).size).toBe(9);
    const option = {
      xAxis: { axisLabel: { fontSize: 11, width: 100, lineHeight: 14 } },
      series: [{ label: { fontSize: 10 }, data: [{ fontSize: 3 }] }],
      legend: { itemWidth: 10 },
    };
    const big = enlargeOption(option, 2);
    expect(big).toMatchObject({
      // A wrapped label's line height grows with its type, or its lines overlap on the slide.
      xAxis: { axisLabel: { fontSize: 22, width: 200, lineHeight: 28 } },
      series: [{ label: { fontSize: 20 }, data: [{ fontSize: 3 }] }],
      legend: { itemWidth: 20 },
      textStyle: { fontSize: 24 },
    });
    expect(option.xAxis.axisLabel.fontSize).toBe(11);
  });

  it('meeting mode enlarges the labels of marked areas and lines (the LQ × growth quadrant names), not their coordinates', () => {
    const quadrant = [{ coord: [0, 0.2], name: 'Emergente', label: { fontSize: 11 } }, { coord: [1, 0] }];
    const option = {
      series: [{ data: [{ fontSize: 3 }], markArea: { data: [quadrant] }, markLine: { data: [{ xAxis: 1, label: { fontSize: 10 } }] } }],
    };
    expect(enlargeOption(option, 2)).toMatchObject({
      series: [
        {
          data: [{ fontSize: 3 }],
          markArea: { data: [[{ coord: [0, 0.2], label: { fontSize: 22 } }, { coord: [1, 0] }]] },
          markLine: { data: [{ xAxis: 1, label: { fontSize: 20 } }] },
        },
      ],
    });
  });

  it('meeting mode enlarges axis labels that set no size (ECharts gives them 12 px, not textStyle’s) and the plot’s margins', () => {
    // A Gantt's, an S-curve's axes: at desk size on a meeting slide beside a large legend.
    const option = {
      grid: { left: 230, top: 56 },
      xAxis: { type: 'time' },
      yAxis: [{ axisLabel: { width: 210 } }, { axisLabel: { margin: 4 } }],
    };
    expect(enlargeOption(option, 1.8)).toMatchObject({
      grid: { left: 414, top: 100.8 },
      xAxis: { type: 'time', axisLabel: { fontSize: 22, margin: 14 } },
      yAxis: [{ axisLabel: { fontSize: 22, margin: 14, width: 378 } }, { axisLabel: { fontSize: 22, margin: 7.2 } }],
    });
  });
  it("meeting mode moves an axis's name out with its enlarged labels: the name does not sit on the ticks", () => {
    // The LQ × growth bubbles' x axis, its name centred under the tick labels.
    const option = {
      grid: { bottom: 36 },
      xAxis: {
        name: 'Location quotient (LQ)',
        nameLocation: 'middle',
        nameGap: 24,
        nameTextStyle: { fontSize: 11 },
        axisLabel: { fontSize: 11 },
      },
    };
    const clearance = (o: typeof option) =>
      o.xAxis.nameGap - (o.xAxis.axisLabel.fontSize + ((o.xAxis.axisLabel as { margin?: number }).margin ?? 8));
    expect(clearance(option)).toBeGreaterThan(0);
    const slide = enlargeOption(option, 1.8);
    expect(clearance(slide)).toBeGreaterThan(0);
    // And the plot leaves room below for the name at its new distance.
    expect(slide.xAxis.nameGap + slide.xAxis.nameTextStyle.fontSize).toBeLessThanOrEqual(slide.grid.bottom);
  });
});
