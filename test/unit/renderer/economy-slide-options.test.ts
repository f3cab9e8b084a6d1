import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../renderer/src/components/Chart';
import '../../../renderer/src/features/economy/economy-echarts';
import type { LqGridRow } from '../../../renderer/src/features/economy/lq-grid';
import { HEATMAP_ROWS, buildLqHeatmapOption, heatmapSelection } from '../../../renderer/src/features/economy/lq-heatmap-option';
import { buildPotentialOption, type PotentialBar } from '../../../renderer/src/features/economy/potential-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';

const row = (code: number, name: string, total: number, lq: Record<string, number | null>): LqGridRow => ({
  territoryCode: code,
  territoryName: name,
  total,
  specialized: Object.values(lq).filter((v) => v !== null && v >= 1).length,
  lq,
  jobs: {},
  reason: Object.fromEntries(Object.entries(lq).map(([k, v]) => [k, v === null ? ('territory-has-no-jobs' as const) : null])),
});

const SECTORS = [
  { code: '2', name: 'Indústria de transformação' },
  { code: '5', name: 'Comércio' },
  { code: '6', name: 'Serviços' },
];
const BETIM = row(3106705, 'Betim', 115_000, { '2': 2.37, '5': 0.88, '6': 0.85 });
const BH = row(3106200, 'Belo Horizonte', 1_300_000, { '2': 0.41, '5': 0.9, '6': 1.21 });
const CONTAGEM = row(3118601, 'Contagem', 200_000, { '2': 1.6, '5': 1.1, '6': null });

const tooltip = (option: { tooltip?: unknown }, params: object) =>
  (option.tooltip as { formatter: (p: TooltipComponentFormatterCallbackParams) => string }).formatter(
    params as TooltipComponentFormatterCallbackParams,
  );

const charts: echarts.ECharts[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.dispose()));

/** The texts ECharts draws for an option (server-side SVG, as on the slide). */
function drawnTexts(option: ChartOption, width: number, height: number): string[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption({ ...option, animation: false });
  const list = chart.getZr().storage.getDisplayList(true) as unknown as { ignore?: boolean; style?: { text?: string } }[];
  return list.filter((el) => !el.ignore && typeof el.style?.text === 'string').map((el) => el.style?.text ?? '');
}

describe('LQ heat map slide', () => {
  it('shows the territory first, then the largest municipalities, at most HEATMAP_ROWS', () => {
    const many = Array.from({ length: 20 }, (_, i) => row(3100000 + i, `M${i}`, 1000 + i, { '2': 1 }));
    const picked = heatmapSelection({ sectors: SECTORS, rows: [BH, BETIM, CONTAGEM, ...many] }, [BETIM], [3106705]);
    expect(picked.rows.map((r) => r.territoryName).slice(0, 3)).toEqual(['Betim', 'Belo Horizonte', 'Contagem']);
    expect(picked.rows).toHaveLength(HEATMAP_ROWS);
    expect(picked.rows.map((r) => r.territoryName)).toContain('M19');
    expect(picked.rows.map((r) => r.territoryName)).not.toContain('M0');
    expect(picked).toMatchObject({ sectors: SECTORS, cut: false });
  });

  it("keeps a custom territory's members under its row, and its strongest sectors where there are too many", () => {
    const sectors = Array.from({ length: 15 }, (_, i) => ({ code: String(10 + i), name: `S${i}` }));
    const lq = Object.fromEntries(sectors.map((s, i) => [s.code, i / 10]));
    const set = { ...row(7, 'Entorno', 50, lq), territoryKind: 'territory-set' as const };
    const member = row(3118601, 'Contagem', 20, lq);
    const picked = heatmapSelection({ sectors, rows: [row(1, 'Grande', 999, lq), member] }, [set], [3118601]);
    expect(picked.rows.map((r) => r.territoryName)).toEqual(['Entorno', 'Contagem', 'Grande']);
    expect(picked.cut).toBe(true);
    // The 12 highest LQs of the territory (S3…S14), in code order.
    expect(picked.sectors.map((s) => s.name)).toEqual(sectors.slice(3).map((s) => s.name));
  });

  const option = buildLqHeatmapOption({
    rows: [BETIM, BH, CONTAGEM],
    sectors: SECTORS.map((s) => ({ code: s.code, label: s.name })),
    locale: 'pt-BR',
    dark: false,
    labels: { lq: 'QL', legend: 'QL', noValue: 'sem valor', source: 'Fonte: RAIS', reason: () => 'sem empregos' },
  });

  it('colours each cell by its LQ class with the key in the chart, and writes the value in the UI language', () => {
    const series = (option.series as { data: { value: number[]; label: { formatter: string; color: string } }[] }[])[0];
    expect(series?.data[0]).toMatchObject({ value: [0, 0, 2.37], label: { formatter: '2,37', color: '#ffffff' } });
    // Contagem has no LQ in Serviços: the key's "no value" class, a dash, the reason in the tooltip.
    expect(series?.data[8]).toMatchObject({ value: [2, 2, -1], label: { formatter: '—' } });
    expect(tooltip(option, { value: [2, 2, -1] })).toContain('— sem empregos');
    expect(tooltip(option, { value: [0, 0, 2.37] })).toContain('<b>Betim</b> · Indústria de transformação');
    const key = option.visualMap as { seriesIndex: number[]; dimension: number; pieces: { label: string }[]; text: string[] };
    expect(key).toMatchObject({ seriesIndex: [0], dimension: 2, text: ['QL:', ''] });
    expect(key.pieces.map((p) => p.label)).toEqual(['< 0,5', '0,5 – 1', '1 – 1,5', '1,5 – 2', '2 – 5', '≥ 5', 'sem valor']);
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual(['Betim', 'Belo Horizonte', 'Contagem']);
  });

  it('is drawn on a 1920 × 1080 slide with its key, every territory and every value', () => {
    const texts = drawnTexts(enlargeOption(option, 2.7), 1890, 700);
    expect(texts).toEqual(expect.arrayContaining(['QL:', 'sem valor', 'Betim', 'Belo Horizonte', 'Contagem', '2,37', '1,21', '—']));
  });
});

describe('potential sectors slide', () => {
  const bars: PotentialBar[] = [
    { sectorCode: '4', label: 'Construção civil', density: 0.62, lq: 0.74, related: 'Indústria de transformação (proximidade 0,62)' },
    { sectorCode: '1', label: 'Extrativa mineral', density: 0.41, lq: 0.16, related: 'Indústria de transformação (proximidade 0,41)' },
    { sectorCode: '8', label: 'Agropecuária', density: 0.2, lq: null, related: 'Comércio (proximidade 0,20)' },
  ];
  const option = buildPotentialOption({
    bars,
    locale: 'pt-BR',
    dark: false,
    labels: { density: 'Densidade', lq: 'QL', relatedTo: 'próximo de:', legend: 'QL atual', noValue: 'sem valor', source: 'Fonte: RAIS' },
  });

  it('draws a bar per sector by density, highest on top, coloured by its current LQ class, the key in the chart', () => {
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0];
    expect(series?.data.map((d) => d.value)).toEqual([0.62, 0.41, 0.2]);
    expect(series?.data.map((d) => d.itemStyle.color)).toEqual(['#d1e5f0', '#92c5de', '#e9ecef']);
    expect((option.yAxis as { data: string[]; inverse: boolean }).inverse).toBe(true);
    expect(option.xAxis).toMatchObject({ min: 0, max: 0.7 });
    // A key only: the bars are not recoloured or filtered by it.
    expect(option.visualMap).toMatchObject({ seriesIndex: [], text: ['QL atual:', ''] });
    const text = tooltip(option, { componentType: 'series', dataIndex: 0 });
    expect(text).toContain('Densidade: <b>0,62</b>');
    expect(text).toContain('QL: <b>0,74</b>');
    expect(text).toContain('próximo de: Indústria de transformação (proximidade 0,62)');
  });

  it('is drawn on a 1024 × 768 slide with its key, every sector and its density', () => {
    const texts = drawnTexts(enlargeOption(option, 1.44), 994, 470);
    expect(texts).toEqual(expect.arrayContaining(['QL atual:', 'Construção civil', 'Extrativa mineral', 'Agropecuária', '0,62', '0,20']));
  });
});
