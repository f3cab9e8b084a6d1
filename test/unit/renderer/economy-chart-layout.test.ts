import { afterEach, describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../renderer/src/components/Chart';
import '../../../renderer/src/features/economy/economy-echarts';
import { bubbleOrder, bubbleSize, buildBubbleOption, type BubblePoint } from '../../../renderer/src/features/economy/bubble-option';
import { enlargeOption } from '../../../renderer/src/features/territories/meeting/enlarge';
import { wrapLabel } from '../../../renderer/src/lib/wrap-label';

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
