import { afterEach, describe, expect, it } from 'vitest';
import { platformApi } from 'zrender/lib/core/platform.js';
import { echarts, type ChartOption } from '../../../renderer/src/components/Chart';
import '../../../renderer/src/features/economy/economy-echarts';
import {
  MIN_KEPT_LETTERS,
  tileLabelFit,
  treemapLabelFits,
  type TileLabelStyle,
} from '../../../renderer/src/components/treemap-label-fit';
import {
  TILE_LABEL,
  buildTreemapOption,
  treemapTileTexts,
  type TreemapItem,
  type TreemapOptionInput,
} from '../../../renderer/src/features/economy/treemap-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';
import { drawnLabelStyle } from '../../../renderer/src/components/use-tile-label-fits';
import {
  SECTOR_TILE_LABEL,
  buildSectorTreemapOption,
  sectorTreemapTexts,
  type SectorTreemapInput,
} from '../../../renderer/src/features/territories/charts/treemap-option';

/** 7 px a character at 12 px, bold or not: widths worked by hand below. */
const seven = (text: string) => text.length * 7;
const STYLE: TileLabelStyle = { fontSize: 12, lineHeight: 16, padding: 6, fontFamily: 'sans-serif', nameWeight: 700 };
const TEXT = { name: ['Construção civil'], figures: ['4.542 · 4,3%', 'QL 0,74'] };

describe('what a treemap tile has room for (hand-worked, 7 px a character, 16 px a line, 6 px inside)', () => {
  it('shows all of its label where every line fits whole', () => {
    // "Construção civil" 16 × 7 = 112 px ≤ 130 - 12; three lines 48 px ≤ 60 - 12.
    expect(tileLabelFit({ width: 130, height: 60 }, TEXT, STYLE, seven)).toBe('full');
  });

  it('shows the name alone where the figures have no room, and never cuts a figure', () => {
    // Two lines' height (44 - 12 = 32 px) holds the name, not the figures under it.
    expect(tileLabelFit({ width: 130, height: 44 }, TEXT, STYLE, seven)).toBe('name');
    // "4.542 · 4,3%" is 12 × 7 = 84 px: in 80 px it would be cut, so the name stands alone.
    expect(tileLabelFit({ width: 92, height: 200 }, TEXT, STYLE, seven)).toBe('name');
  });

  it('cuts a long name with "…" only after five letters, else shows nothing', () => {
    // "Const…" is 6 × 7 = 42 px: it fits 50 - 12 = 38? No: nothing, rather than "Co…".
    expect(tileLabelFit({ width: 50, height: 200 }, TEXT, STYLE, seven)).toBe('none');
    expect(MIN_KEPT_LETTERS).toBe(5);
    expect(tileLabelFit({ width: 54, height: 200 }, TEXT, STYLE, seven)).toBe('name');
    // Too low for one line of the name.
    expect(tileLabelFit({ width: 300, height: 27 }, TEXT, STYLE, seven)).toBe('none');
  });
});

/** Betim's eight IBGE sectors, 2020, as the demo's Economia draws them (jobs and LQ). */
const BETIM: TreemapItem[] = [
  { sectorCode: '2', label: 'Indústria de transformação', jobs: 40_173, lq: 2.37, reason: null },
  { sectorCode: '6', label: 'Serviços', jobs: 30_725, lq: 0.85, reason: null },
  { sectorCode: '5', label: 'Comércio', jobs: 18_313, lq: 0.88, reason: null },
  { sectorCode: '7', label: 'Administração pública', jobs: 11_529, lq: 0.61, reason: null },
  { sectorCode: '4', label: 'Construção civil', jobs: 4_542, lq: 0.74, reason: null },
  { sectorCode: '3', label: 'Serviços industriais de utilidade pública', jobs: 846, lq: 0.91, reason: null },
  { sectorCode: '8', label: 'Agropecuária, extração vegetal, caça e pesca', jobs: 376, lq: 0.07, reason: null },
  { sectorCode: '1', label: 'Extrativa mineral', jobs: 210, lq: 0.16, reason: null },
];
const INPUT: TreemapOptionInput = {
  items: BETIM,
  locale: 'pt-BR',
  labels: { jobs: 'Empregos', share: 'Participação', lq: 'QL', legend: 'QL', noValue: 'sem valor', source: 'Fonte' },
  dark: false,
};

const charts: echarts.ECharts[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.dispose()));

type Drawn = { ignore?: boolean; style?: { text?: unknown } };

/** Draws `option` server-side, as the canvas would: the texts drawn, line by line. */
function draw(option: ChartOption, width: number, height: number): string[] {
  return textsOf(drawn(option, width, height));
}

function drawn(option: ChartOption, width: number, height: number): echarts.ECharts {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  return chart;
}

function textsOf(chart: echarts.ECharts): string[] {
  return (chart.getZr().storage.getDisplayList(true) as unknown as Drawn[])
    .filter((el) => !el.ignore && typeof el.style?.text === 'string' && el.style.text !== '')
    .flatMap((el) => String(el.style?.text).split('\n'));
}

/** ECharts' own measure of a text (what it cuts lines with). */
const measure = (text: string, font: string) => platformApi.measureText(text, font).width;

/** Two draws, as the panel makes them: the first says each tile's size, the second shows what fits. */
function drawFitted(enlarge: number, width: number, height: number) {
  const tiles = new Map<string, { width: number; height: number }>();
  const build = (fit?: ReadonlyMap<string, 'full' | 'name' | 'none'>) => {
    const option = buildTreemapOption({ ...INPUT, fit, onTile: (code, box) => tiles.set(code, box) }) as ChartOption;
    return enlarge === 1 ? option : enlargeOption(option, enlarge);
  };
  const chart = drawn(build(), width, height);
  const first = new Map(tiles);
  tiles.clear();
  // The type as drawn, as the panel reads it (a slide enlarges the size, not the padding).
  const style = drawnLabelStyle(chart, TILE_LABEL);
  const fits = treemapLabelFits(first, treemapTileTexts(INPUT), style, measure);
  return { tiles: first, again: tiles, fits, drawn: draw(build(fits), width, height) };
}

/** The LQ classes' key, drawn above the tiles. */
const KEY = new Set(['QL:', '≥ 5', '2 – 5', '1,5 – 2', '1 – 1,5', '0,5 – 1', '< 0,5', 'sem valor']);

/**
 * The drawn lines that are neither a whole line of a tile's label nor one cut with "…" after at least
 * five letters: the stubs ECharts cut a line to ("Se…", "84…", "Ser").
 */
function stubs(drawn: string[], texts: ReadonlyMap<string, { name: readonly string[]; figures: readonly string[] }>): string[] {
  const whole = [...texts.values()].flatMap((t) => [...t.name, ...t.figures]);
  const fairCut = (line: string) =>
    line.endsWith('…') && line.length - 1 >= MIN_KEPT_LETTERS && whole.some((w) => w.startsWith(line.slice(0, -1)));
  return drawn.filter((line) => !KEY.has(line) && !whole.includes(line) && !fairCut(line));
}

describe("the sectors treemap's tile labels, drawn (Betim, 2020)", () => {
  it("are told each tile's drawn size, the larger sector the larger tile, its label shown or not", () => {
    const { tiles, again } = drawFitted(1, 1170, 570);
    // A tile drawn without its label still says its size: grown by a resize, it gets its label back.
    expect(again).toEqual(tiles);
    expect([...tiles.keys()].sort()).toEqual(BETIM.map((i) => i.sectorCode).sort());
    const areas = BETIM.map((i) => (tiles.get(i.sectorCode)?.width ?? 0) * (tiles.get(i.sectorCode)?.height ?? 0));
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
  });

  it("in the area's panel: the large tiles say everything, the small ones what fits, and no line is cut to a stub", () => {
    const before = draw(buildTreemapOption(INPUT), 1170, 570);
    // What ECharts drew left to itself (the defect): stubs in the small tiles.
    expect(stubs(before, treemapTileTexts(INPUT))).toEqual(expect.arrayContaining(['Se…', 'Q…']));
    const { fits, drawn } = drawFitted(1, 1170, 570);
    expect(stubs(drawn, treemapTileTexts(INPUT))).toEqual([]);
    for (const code of ['2', '6', '5', '7', '4']) expect(fits.get(code)).toBeUndefined();
    expect(drawn).toEqual(expect.arrayContaining(['40.173 · 37,6%', 'QL 2,37', '4.542 · 4,3%', 'QL 0,74']));
    expect(fits.get('8')).toBe('none');
  });

  it('on a 1920 × 1080 slide, in its large type, the same: no stub', () => {
    const { drawn } = drawFitted(2.7, 1890, 720);
    expect(stubs(drawn, treemapTileTexts(INPUT))).toEqual([]);
    expect(drawn).toEqual(expect.arrayContaining(['Serviços', 'Comércio']));
  });
});

describe("the texts a treemap's fit was measured on", () => {
  // The panels compute each tile's texts once, to fit them, and hand them to the option: it writes
  // those, not a second computation of its own (the same texts for the same input).
  it('are what the option writes when the caller hands them', () => {
    const texts = new Map([...treemapTileTexts(INPUT)].map(([code, text]) => [code, { ...text, name: [`#${code}`] }]));
    expect(draw(buildTreemapOption({ ...INPUT, texts }) as ChartOption, 1170, 570)).toContain('#2');
    const input: SectorTreemapInput = {
      shares: [{ code: '2', label: 'Indústria', value: 10 }],
      formatValue: String,
      formatShare: (s) => `${Math.round(100 * s)}%`,
      source: 'Fonte',
    };
    const sectorTexts = new Map([['2', { name: ['#2'], figures: ['100%'] }]]);
    expect(draw(buildSectorTreemapOption({ ...input, texts: sectorTexts }) as ChartOption, 600, 320)).toContain('#2');
    expect(draw(buildSectorTreemapOption(input) as ChartOption, 600, 320)).toContain('Indústria');
  });
});

describe("a district profile's sectors treemap, drawn (Betim's sectors in the profile's 320 px panel)", () => {
  const input: SectorTreemapInput = {
    shares: BETIM.map((i) => ({ code: i.sectorCode, label: i.label, value: i.jobs })),
    formatValue: String,
    formatShare: (share) => `${(100 * share).toFixed(1).replace('.', ',')}%`,
    source: 'RAIS',
  };

  it('shows each tile all of its label, its name or nothing, never a stub', () => {
    const tiles = new Map<string, { width: number; height: number }>();
    const build = (fit?: ReadonlyMap<string, 'full' | 'name' | 'none'>) =>
      buildSectorTreemapOption({ ...input, fit, onTile: (code, box) => tiles.set(code, box) }) as ChartOption;
    const texts = sectorTreemapTexts(input);
    // Left to ECharts, "Serviços industriais…" was cut to "Ser".
    expect(stubs(draw(build(), 560, 320), texts)).toEqual(['Ser']);
    const style = { ...SECTOR_TILE_LABEL, fontFamily: 'sans-serif' };
    const fits = treemapLabelFits(tiles, texts, style, measure);
    const drawn = draw(build(fits), 560, 320);
    expect(stubs(drawn, texts)).toEqual([]);
    expect(drawn).toEqual(expect.arrayContaining(['Indústria de', 'transformação', '37,6%', 'Serviços', '28,8%']));
  });
});

describe('the label type a fit measures', () => {
  it("is the drawn chart's: a slide's enlarged size, the system's family (ECharts draws in Microsoft YaHei on Windows)", () => {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 1890, height: 720 });
    charts.push(chart);
    chart.setOption({ ...(enlargeOption(buildTreemapOption(INPUT) as ChartOption, 2.7) as object), textStyle: { fontFamily: 'Microsoft YaHei' } });
    const style = drawnLabelStyle(chart, TILE_LABEL);
    expect(style.fontSize).toBeCloseTo(TILE_LABEL.fontSize * 2.7, 5);
    expect(style.lineHeight).toBeCloseTo(TILE_LABEL.lineHeight * 2.7, 5);
    // The slide's enlargement leaves a label's padding as it is.
    expect(style).toMatchObject({ padding: TILE_LABEL.padding, fontFamily: 'Microsoft YaHei', nameWeight: 700 });
  });
});
