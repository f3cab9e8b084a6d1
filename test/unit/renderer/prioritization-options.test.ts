import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { AcceptabilityRow, ScenarioRun } from '../../../shared/features/prioritization/types';
import { buildAcceptabilityOption } from '../../../renderer/src/features/prioritization/acceptability-option';
import { buildContributionOption, legendLines } from '../../../renderer/src/features/prioritization/contribution-option';
import { buildCorrelationOption } from '../../../renderer/src/features/prioritization/correlation-option';
import {
  buildRankingMapOption,
  MARKER_GAP_PX,
  MARKER_SPACING,
  spacingForScale,
  MAX_MARKER_SPACING,
  spreadPoints,
} from '../../../renderer/src/features/prioritization/ranking-map-option';
import { distinctNames, shortLabels } from '../../../renderer/src/features/prioritization/short-labels';

type Series = { name?: string; data: unknown[]; stack?: string; symbolSize?: (v: number[]) => number };
const seriesOf = (o: { series?: unknown }) => (Array.isArray(o.series) ? o.series : [o.series]) as Series[];

const ranked = [
  {
    key: 'site:1',
    label: 'Distrito Industrial do Jatobá',
    municipality: 'Belo Horizonte',
    lat: -19.9,
    lon: -43.9,
    rank: 1,
    score: 0.7,
    inTop: true,
    contributions: [0.3, 0.25],
    secondary: [0.2, 0.8],
  },
  {
    key: 'site:2',
    label: 'Distrito Industrial de <b>Betim</b>',
    municipality: 'Betim',
    lat: -19.97,
    lon: -44.2,
    rank: 2,
    score: 0.4,
    inTop: false,
    contributions: [0.1, 0.3],
    secondary: [0.6, 0.4],
  },
  {
    key: 'site:3',
    label: 'Distrito Industrial de Lugar Nenhum',
    municipality: null,
    lat: null,
    lon: null,
    rank: 3,
    score: 0.1,
    inTop: false,
    contributions: [Number.NaN, 0.1],
    secondary: null,
  },
];
const criteria = [
  { label: 'População 2022', source: 'indicator:POP:2022', direction: 'benefit', weight: 0.5, unit: 'hab.', period: '2022' },
  { label: 'QL indústria 2020', source: 'lq:2:2020', direction: 'benefit', weight: 0.5, unit: '', period: '2020' },
];
const run = { ranked, criteria, contributionKind: 'additive', method: 'wsm' } as unknown as ScenarioRun;

describe('contribution chart', () => {
  it('stacks one series per criterion, best alternative on top, never NaN', () => {
    const option = buildContributionOption({
      run,
      secondary: false,
      locale: 'pt-BR',
      labels: { total: 'Total', atDistanceZero: 'é o ideal (distância 0)' },
      dark: false,
    });
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['População 2022', 'QL indústria 2020']);
    expect(series.every((s) => s.stack === 'total')).toBe(true);
    expect(series[0]?.data).toEqual([0.3, 0.1, 0]);
    const yAxis = option.yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['1. DI do Jatobá', '2. DI de <b>Betim</b>', '3. DI de Lugar Nenhum']);
  });

  it('shows TOPSIS distance shares as percentages (ideal or anti-ideal) and escapes names in the tooltip', () => {
    const topsis = { ...run, contributionKind: 'distance-shares', method: 'topsis' } as ScenarioRun;
    const ideal = buildContributionOption({
      run: topsis,
      secondary: false,
      locale: 'en',
      labels: { total: 'Total', atDistanceZero: 'é o ideal (distância 0)' },
      dark: true,
    });
    expect(seriesOf(ideal)[1]?.data).toEqual([25, 30, 10]);
    const anti = buildContributionOption({
      run: topsis,
      secondary: true,
      locale: 'en',
      labels: { total: 'Total', atDistanceZero: 'é o ideal (distância 0)' },
      dark: true,
    });
    expect(seriesOf(anti)[1]?.data).toEqual([80, 40, 0]);
    const formatter = (ideal.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter;
    const html = formatter([{ dataIndex: 1 }] as unknown as TooltipComponentFormatterCallbackParams);
    expect(html).toContain('&lt;b&gt;Betim&lt;/b&gt;');
    expect(html).toContain('<b>30%</b>');
  });

  it("labels a TOPSIS row on the ideal, which has no distance to share and so no bar (the first-ranked district's row read as missing data)", () => {
    const onIdeal = ranked.map((r, i) => (i === 0 ? { ...r, contributions: [0, 0] } : r));
    const topsis = { ...run, ranked: onIdeal, contributionKind: 'distance-shares', method: 'topsis' } as unknown as ScenarioRun;
    const option = buildContributionOption({
      run: topsis,
      secondary: false,
      locale: 'pt-BR',
      labels: { total: 'Total', atDistanceZero: 'é o ideal (distância 0)' },
      dark: false,
    });
    const series = seriesOf(option) as (Series & { label?: { show: boolean; formatter: string } })[];
    expect(series).toHaveLength(3);
    const note = series[2];
    expect(note?.data).toEqual([0, '-', '-']);
    expect(note?.label).toMatchObject({ show: true, formatter: 'é o ideal (distância 0)' });
    // The criteria alone are in the legend.
    expect((option.legend as { data: string[] }).data).toEqual(['População 2022', 'QL indústria 2020']);
    // An additive method's zero is a score of zero, not a distance: no label.
    const wsm = buildContributionOption({
      run: { ...run, ranked: onIdeal } as unknown as ScenarioRun,
      secondary: false,
      locale: 'pt-BR',
      labels: { total: 'Total', atDistanceZero: 'x' },
      dark: false,
    });
    expect(seriesOf(wsm)).toHaveLength(2);
  });

  it('draws as many percentage ticks as fit: 0, 50 and 100 % beside the map, every 25 % when wide', () => {
    const topsis = { ...run, contributionKind: 'distance-shares', method: 'topsis' } as ScenarioRun;
    const axis = (width: number) => {
      const option = buildContributionOption({
        run: topsis,
        width,
        secondary: false,
        locale: 'es',
        labels: { total: 'Total', atDistanceZero: 'é o ideal (distância 0)' },
        dark: false,
      });
      return {
        x: option.xAxis as { interval: number; max: number },
        names: (option.yAxis as { axisLabel: { width: number } }).axisLabel.width,
      };
    };
    // The results tab at 1280 × 720: the chart beside the ranking map is about 300 px wide.
    const narrow = axis(300);
    expect([narrow.x.max, narrow.x.interval]).toEqual([100, 50]);
    expect(narrow.names).toBe(120);
    const wide = axis(900);
    expect([wide.x.max, wide.x.interval]).toEqual([100, 25]);
    expect(wide.names).toBe(170);
  });

  it('leaves the legend room for its lines', () => {
    expect(legendLines(['a', 'b'], 400)).toBe(1);
    expect(
      legendLines(
        ['População residente 2022', 'Empregos formais 2020', 'QL indústria de transformação 2020', 'Crescimento 2019–2020'],
        400,
      ),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('acceptability chart', () => {
  it('draws the top-N share and the first-place share in percent', () => {
    const rows: AcceptabilityRow[] = [
      { key: 'a', label: 'A', rank: 1, topNShare: 1, firstShare: 0.734, meanRank: 1.3, bestRank: 1, worstRank: 2 },
      { key: 'b', label: 'B', rank: 2, topNShare: 0.1234, firstShare: 0, meanRank: 2.9, bestRank: 1, worstRank: 4 },
    ];
    const option = buildAcceptabilityOption({
      rows,
      topN: 1,
      draws: 1000,
      locale: 'pt-BR',
      labels: { topN: 'Top 1', first: '1º', baseRank: 'Posição', meanRank: 'média', draws: '1000 sorteios' },
      dark: false,
    });
    const [top, first] = seriesOf(option);
    expect(top?.data).toEqual([100, 12.3]);
    expect(first?.data).toEqual([73.4, 0]);
    expect((option.xAxis as { max: number }).max).toBe(100);
  });
});

describe('correlation heat map', () => {
  it('puts each pair in a cell and leaves undefined correlations blank', () => {
    const option = buildCorrelationOption({
      names: ['Codemig', 'FIEMG'],
      matrix: [
        [1, 0.8571],
        [0.8571, null],
      ],
      measure: 'Spearman ρ',
      locale: 'pt-BR',
      labels: { undefined: 'indefinida' },
      dark: false,
    });
    expect(seriesOf(option)[0]?.data).toEqual([
      [0, 0, 1],
      [1, 0, 0.857],
      [0, 1, 0.857],
      [1, 1, '-'],
    ]);
    expect((option.visualMap as { min: number; max: number }).min).toBe(-1);
  });

  it('shows long scenario names by what tells them apart (a copy read the same, cut to the axis width)', () => {
    const base = 'Priorização dos distritos industriais de Minas Gerais 2027–2030 (versão de trabalho)';
    const option = buildCorrelationOption({
      names: [base, `${base} (cópia)`],
      matrix: [
        [1, 1],
        [1, 1],
      ],
      measure: 'Spearman ρ',
      locale: 'pt-BR',
      labels: { undefined: 'indefinida' },
      dark: false,
    });
    const x = option.xAxis as { data: string[]; axisLabel: { rotate: number } };
    expect(x.data).toEqual(['… trabalho)', '… trabalho) (cópia)']);
    expect(x.axisLabel.rotate).toBe(30);
    expect((option.yAxis as { data: string[] }).data).toEqual(x.data);
    // Short names, or names that part early, are left as they are.
    expect(distinctNames(['Codemig', 'FIEMG'])).toEqual(['Codemig', 'FIEMG']);
    expect(distinctNames(['Distritos 2027–2030 pela agência', 'Distritos 2027–2030 pela FIEMG'])).toEqual([
      '… pela agência',
      '… pela FIEMG',
    ]);
    expect(distinctNames(['Cenário A com um nome bem longo', 'Cenário B com um nome bem longo'])).toEqual([
      'Cenário A com um nome bem longo',
      'Cenário B com um nome bem longo',
    ]);
  });
});

describe('ranking map', () => {
  it('places the alternatives with coordinates, coloured by rank, the top N larger', () => {
    const option = buildRankingMapOption({
      mapName: 'mg',
      ranked,
      topN: 1,
      locale: 'pt-BR',
      labels: { rank: 'Posição', score: 'Pontuação', topN: 'top 1', best: 'melhor', worst: 'pior', seatNote: 'sede' },
      dark: false,
    });
    const [points] = seriesOf(option);
    expect(points?.data).toEqual([
      { name: 'Distrito Industrial do Jatobá', value: [-43.9, -19.9, 1] },
      { name: 'Distrito Industrial de <b>Betim</b>', value: [-44.2, -19.97, 2] },
    ]);
    expect(points?.symbolSize?.([0, 0, 1])).toBeGreaterThan(points?.symbolSize?.([0, 0, 2]) ?? 99);
    expect((option.visualMap as { dimension: number; min: number; max: number }).dimension).toBe(2);
  });
});

describe('short labels', () => {
  it('abbreviates the words every label starts with, and only then', () => {
    expect(shortLabels(['Distrito Industrial de Betim', 'Distrito Industrial Juventino Dias'])).toEqual([
      'DI de Betim',
      'DI Juventino Dias',
    ]);
    expect(shortLabels(['Betim', 'Contagem'])).toEqual(['Betim', 'Contagem']);
    expect(shortLabels(['Polo Norte', 'Polo Sul'])).toEqual(['Polo Norte', 'Polo Sul']);
    expect(shortLabels(['Distrito Industrial', 'Distrito Industrial de X'])).toEqual(['Distrito Industrial', 'Distrito Industrial de X']);
  });
});

describe('ranking map markers', () => {
  it('spreads markers that would overlap (districts around Belo Horizonte) onto a ring; a lone one stays', () => {
    // Jatobá (Belo Horizonte), Contagem and Betim seats, and Uberlândia far away.
    const seats: [number, number][] = [
      [-43.9345, -19.9208],
      [-44.0539, -19.9321],
      [-44.1987, -19.9668],
      [-48.2772, -18.9141],
    ];
    const spread = spreadPoints(seats);
    expect(spread[3]).toEqual(seats[3]);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) {
        const [a, b] = [spread[i]!, spread[j]!];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(MARKER_SPACING - 1e-9);
      }
    // Before: Belo Horizonte and Contagem were 0.12° apart, under one marker's width.
    expect(Math.hypot(seats[0]![0] - seats[1]![0], seats[0]![1] - seats[1]![1])).toBeLessThan(MARKER_SPACING);
  });
});

describe('ranking map markers set apart by the drawn scale (issue 14)', () => {
  const minGap = (out: readonly (readonly [number, number])[]) => {
    let nearest = Infinity;
    out.forEach((p, i) => out.slice(i + 1).forEach((q) => (nearest = Math.min(nearest, Math.hypot(p[0] - q[0], p[1] - q[1])))));
    return nearest;
  };

  it('a ring that would reach a point beside it takes that point in: no two markers closer than the spacing', () => {
    // Six districts on one seat and one 1.1 spacings away (Divinópolis beside Belo Horizonte, on a small map).
    const points: [number, number][] = [...Array.from({ length: 6 }, (): [number, number] => [-44, -19.9]), [-44 - 1.1, -19.9]];
    const out = spreadPoints(points, 1);
    expect(minGap(out)).toBeGreaterThanOrEqual(0.999);
  });

  it('the spacing in degrees follows the pixels per degree of the drawn map, never below the default', () => {
    expect(spacingForScale(40)).toBeCloseTo(MARKER_GAP_PX / 40, 10);
    expect(spacingForScale(1000)).toBe(MARKER_SPACING);
    expect(spacingForScale(0)).toBe(MARKER_SPACING);
  });

  it('a map drawn before its panel had its width does not spread the markers across the state', () => {
    // 4 px a degree (a first layout about 50 px wide) asked for 5° between markers: one ring of them all.
    expect(spacingForScale(4)).toBe(MAX_MARKER_SPACING);
  });
});
