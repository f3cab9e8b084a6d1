import { afterEach, describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../renderer/src/components/Chart';
import '../../../renderer/src/features/economy/economy-echarts';
import { bubbleOrder, bubbleSize, buildBubbleOption, type BubblePoint } from '../../../renderer/src/features/economy/bubble-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';
import { wrapLabel } from '../../../renderer/src/lib/wrap-label';
import en from '../../../renderer/src/features/economy/locales/en.json';
import es from '../../../renderer/src/features/economy/locales/es.json';
import ptBR from '../../../renderer/src/features/economy/locales/pt-BR.json';
import { sectorNameIn } from '../../../shared/domain/ibge-sectors';
import type { Locale } from '../../../renderer/src/i18n/locales';

/** Betim's eight IBGE sectors, 2019→2020, as the demo draws them: five crowd around LQ 0.6–0.9 and growth ±5 %. */
const BETIM: BubblePoint[] = [
  { sectorCode: '2', label: 'Indústria de transformação', lq: 2.37, growth: 0.03, jobs: 40_173 },
  { sectorCode: '6', label: 'Serviços', lq: 0.85, growth: 0.04, jobs: 30_725 },
  { sectorCode: '5', label: 'Comércio', lq: 0.88, growth: -0.01, jobs: 18_313 },
  { sectorCode: '7', label: 'Administração pública', lq: 0.61, growth: -0.197, jobs: 11_529 },
  { sectorCode: '4', label: 'Construção civil', lq: 0.74, growth: -0.035, jobs: 4_542 },
  { sectorCode: '3', label: 'Serviços industriais de utilidade pública', lq: 0.91, growth: 0.08, jobs: 1_050 },
  { sectorCode: '8', label: 'Agropecuária, extração vegetal, caça e pesca', lq: 0.07, growth: -0.407, jobs: 376 },
  { sectorCode: '1', label: 'Extrativa mineral', lq: 0.16, growth: -0.045, jobs: 210 },
];

const LABELS = {
  x: 'Quociente locacional (QL)',
  y: 'Crescimento 2019→2020',
  jobs: 'Empregos',
  quadrant: {
    specializedGrowing: 'Especializado e em crescimento',
    specializedDeclining: 'Especializado, crescendo menos',
    emergent: 'Emergente: não especializado, crescendo',
    lagging: 'Não especializado, crescendo menos',
  },
  lqLine: 'QL = 1',
  growthLine: 'crescimento de Minas Gerais: -0,8%',
  source: 'Fonte',
};

type Rect = { x: number; y: number; width: number; height: number };
type Drawn = {
  ignore?: boolean;
  style?: { text?: string };
  /** A line's text element: its label's, with the label's host (a bubble, a note's anchor) for a series' label. */
  parent?: { style?: { text?: string }; __hostTarget?: unknown } | null;
  getBoundingRect(): Rect & { clone(): Rect & { applyTransform(m: unknown): void } };
  getComputedTransform(): unknown;
};

const charts: echarts.ECharts[] = [];
afterEach(() => charts.splice(0).forEach((c) => c.dispose()));

/** The sector names ECharts draws (server-side, as the canvas would), each with its box on the chart. */
function drawnNames(option: ChartOption, width: number, height: number): { text: string; box: Rect }[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  // A long name is wrapped (and drawn line by line on SVG): each line stands for its name.
  const names = new Map(BETIM.flatMap((p) => [p.label, ...wrapLabel(p.label, 36).split('\n')].map((line) => [line, p.label])));
  const list = (chart.getZr().storage.getDisplayList(true) as unknown as Drawn[]).filter(
    (el) => !el.ignore && typeof el.style?.text === 'string' && names.has(el.style.text),
  );
  const drawn = new Map<string, Rect>();
  for (const el of list) {
    const box = el.getBoundingRect().clone();
    box.applyTransform(el.getComputedTransform());
    const text = names.get(el.style?.text ?? '') ?? '';
    const seen = drawn.get(text);
    drawn.set(text, seen ? union(seen, box) : box);
  }
  return [...drawn].map(([text, box]) => ({ text, box }));
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

function collisions(names: { text: string; box: Rect }[]): string[] {
  const found: string[] = [];
  names.forEach((a, i) => names.slice(i + 1).forEach((b) => overlap(a.box, b.box) && found.push(`${a.text} × ${b.text}`)));
  return found;
}

describe('LQ × growth chart: sector names', () => {
  const option = buildBubbleOption({ points: BETIM, referenceGrowth: -0.008, locale: 'pt-BR', labels: LABELS, dark: false });

  it("are drawn apart in the area's chart (1280 × 800 window), the big sectors' named", () => {
    const names = drawnNames(option, 1010, 470);
    expect(collisions(names)).toEqual([]);
    expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['Indústria de transformação', 'Serviços', 'Comércio']));
  });

  it('are drawn apart on a 1920 × 1080 slide, in its large type, and a name that touches none is kept', () => {
    const names = drawnNames(enlargeOption(option, 2.7), 1890, 720);
    expect(collisions(names)).toEqual([]);
    // Each name's box was as wide as the longest name's (220 px, 594 on the slide): "Extrativa
    // mineral", alone at the left, was hidden for a box that reached Construção civil's name.
    expect(names.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Indústria de transformação', 'Serviços', 'Extrativa mineral', 'Administração pública']),
    );
  });

  // A room could not tell which bubble was Comércio: its name touched the bigger Serviços' and was hidden.
  it.each([
    ['the area (1280 × 800 window)', 1, 1010, 470],
    ['a 1024 × 768 slide', 1.44, 994, 470],
    ['a 1920 × 1080 slide', 2.7, 1890, 720],
  ])('are all drawn, none over another, on %s', (_, factor, width, height) => {
    const names = drawnNames(factor === 1 ? option : enlargeOption(option, factor), width, height);
    expect(collisions(names)).toEqual([]);
    expect(names.map((n) => n.text).sort()).toEqual(BETIM.map((p) => p.label).sort());
  });

  // In the engine's order (by sector code) Comércio's name went left of its bubble, over Serviços'
  // big blue one, and a room read the blue bubble as Comércio.
  // A name may cross a smaller bubble (placed after it, its halo keeps it readable), never a bigger one.
  it("are drawn off the bigger sectors' bubbles on a 1920 × 1080 slide, from the engine's order", () => {
    const byCode = [...BETIM].sort((a, b) => a.sectorCode.localeCompare(b.sectorCode));
    const ordered = bubbleOrder(byCode);
    const slide = enlargeOption(
      buildBubbleOption({ points: ordered, referenceGrowth: -0.008, locale: 'pt-BR', labels: LABELS, dark: false }),
      2.7,
    );
    const names = drawnNames(slide, 1890, 720);
    const chart = charts[charts.length - 1];
    const max = Math.max(...ordered.map((p) => p.jobs));
    const covered = names.flatMap((n) =>
      ordered
        .filter((p) => p.label !== n.text && p.jobs > (ordered.find((o) => o.label === n.text)?.jobs ?? 0))
        .filter((p) => {
          const [x = 0, y = 0] = chart?.convertToPixel({ seriesIndex: 0 }, [p.lq, p.growth]) ?? [];
          const r = bubbleSize(p.jobs, max) / 2;
          return overlap(n.box, { x: x - r, y: y - r, width: 2 * r, height: 2 * r });
        })
        .map((p) => `${n.text} over ${p.label}`),
    );
    expect(covered).toEqual([]);
    expect(names.map((n) => n.text).sort()).toEqual(BETIM.map((p) => p.label).sort());
  });
});

/** Belo Horizonte's eight sectors, 2019→2020 (the RAIS files in shared/data): spread wide, utilities at LQ 2.1 on MG's growth line. */
const BELO_HORIZONTE: BubblePoint[] = [
  { sectorCode: '6', label: '', lq: 1.32, growth: -0.045, jobs: 541_312 },
  { sectorCode: '7', label: '', lq: 1.5, growth: 0.108, jobs: 317_126 },
  { sectorCode: '5', label: '', lq: 0.67, growth: -0.079, jobs: 156_894 },
  { sectorCode: '4', label: '', lq: 1.62, growth: 0.13, jobs: 112_387 },
  { sectorCode: '2', label: '', lq: 0.26, growth: -0.062, jobs: 49_862 },
  { sectorCode: '3', label: '', lq: 2.1, growth: -0.004, jobs: 22_103 },
  { sectorCode: '8', label: '', lq: 0.05, growth: 0.996, jobs: 2_918 },
  { sectorCode: '1', label: '', lq: 0.08, growth: -0.048, jobs: 1_343 },
];

const LOCALES = { 'pt-BR': ['pt', ptBR], en: ['en', en], es: ['es', es] } as const;

const growthLine = (locale: Locale) =>
  LOCALES[locale][1].bubble.growthLine.replace('{{reference}}', 'Minas Gerais').replace('{{growth}}', locale === 'en' ? '-0.8%' : '-0,8 %');

/** The chart as the app builds it in `locale`: the sectors' and the notes' names from its locale files. */
function localized(points: readonly BubblePoint[], locale: Locale) {
  const [lang, { bubble }] = LOCALES[locale];
  return buildBubbleOption({
    points: points.map((p) => ({ ...p, label: sectorNameIn(lang, p.sectorCode, p.label) })),
    referenceGrowth: -0.0085,
    locale,
    labels: {
      x: bubble.x,
      y: bubble.y.replace('{{from}}', '2019').replace('{{to}}', '2020'),
      jobs: 'jobs',
      quadrant: bubble.quadrants,
      lqLine: bubble.lqLine,
      growthLine: growthLine(locale),
      source: 'RAIS',
    },
    dark: false,
  });
}

/** Every series label ECharts draws (the sectors' names and the notes), each with its box, lines joined. */
function drawnLabels(option: ChartOption, width: number, height: number): { text: string; box: Rect }[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  const drawn = new Map<object, { text: string; box: Rect }>();
  for (const el of chart.getZr().storage.getDisplayList(true) as unknown as Drawn[]) {
    const label = el.parent;
    if (el.ignore || !label?.__hostTarget || !el.style?.text) continue;
    const box = el.getBoundingRect().clone();
    box.applyTransform(el.getComputedTransform());
    const seen = drawn.get(label);
    drawn.set(label, { text: (label.style?.text ?? '').replace(/\n/g, ' '), box: seen ? union(seen.box, box) : box });
  }
  return [...drawn.values()];
}

// On the 1920 × 1080 slide Betim's "Serviços industriais de utilidade pública" was drawn over the
// quadrant's name "Emergente: não especializado, crescendo", itself under "QL = 1"; in Belo Horizonte,
// in Spanish, "Servicios públicos industriales" over the growth line's label. ECharts gives a series'
// label layout no marker's label: the names could not avoid them.
describe("LQ × growth chart: the sectors' names, the quadrants' names and the lines' labels", () => {
  const territories = { Betim: BETIM, 'Belo Horizonte': BELO_HORIZONTE } as const;
  const cases = (['pt-BR', 'en', 'es'] as const).flatMap((locale) =>
    (['Betim', 'Belo Horizonte'] as const).flatMap((territory) =>
      (
        [
          ['the area (1440 × 900 window)', 1, 1170, 470],
          ['a 1024 × 768 slide', 1.44, 994, 470],
          ['a 1920 × 1080 slide', 2.7, 1890, 720],
        ] as const
      ).map(([where, factor, width, height]) => [territory, locale, where, factor, width, height] as const),
    ),
  );
  it.each(cases)('are drawn apart, each whole, for %s in %s on %s', (territory, locale, _, factor, width, height) => {
    const option = localized(bubbleOrder(territories[territory]), locale);
    const labels = drawnLabels(factor === 1 ? option : enlargeOption(option, factor), width, height);
    expect(collisions(labels)).toEqual([]);
    const [lang, { bubble }] = LOCALES[locale];
    expect(labels.map((l) => l.text).sort()).toEqual(
      [
        ...territories[territory].map((p) => sectorNameIn(lang, p.sectorCode, p.label)),
        ...Object.values(bubble.quadrants),
        bubble.lqLine,
        growthLine(locale),
      ].sort(),
    );
    // Each inside the chart: none pushed off its edge and cut.
    expect(labels.filter((l) => l.box.x < 0 || l.box.y < 0 || l.box.x + l.box.width > width || l.box.y + l.box.height > height)).toEqual([]);
  });
});

// A locale without the notes' strings drew nothing: the label layout stepped along the growth line by
// an eighth of its empty label's width, 0 px, and never ended.
it('LQ × growth chart: empty notes and names are drawn, the layout ends', () => {
  const none = { specializedGrowing: '', specializedDeclining: '', emergent: '', lagging: '' };
  const option = buildBubbleOption({
    points: [...BETIM.slice(0, 2), { ...BETIM[2]!, label: '' }],
    referenceGrowth: -0.008,
    locale: 'pt-BR',
    labels: { ...LABELS, quadrant: none, lqLine: '', growthLine: '' },
    dark: false,
  });
  expect(drawnLabels(enlargeOption(option, 2.7), 1890, 720).map((l) => l.text)).toEqual(
    expect.arrayContaining(['Indústria de transformação', 'Serviços']),
  );
});
