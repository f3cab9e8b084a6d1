import type { ChartOption } from '../../components/Chart';
import {
  WORK_HEALTHS,
  type BaselineItem,
  type Milestone,
  type PortfolioRow,
  type WorkHealth,
} from '../../../../shared/features/works/types';
import { HEALTH_COLORS } from './works-format';
import { fittedAxisLabel } from '../../components/chart-label';

export type GanttZoom = 'month' | 'quarter';

export interface GanttLabels {
  planned: string;
  actual: string;
  baseline: string;
  today: string;
  milestone: string;
  /** Each schedule health's name: the actual bars' colours are keyed in the legend by them. */
  health: Record<WorkHealth, string>;
  formatDate: (iso: string) => string;
  /** A milestone's name as its diamond's tooltip says it (the demo's own in the language in use). */
  milestoneName: (name: string) => string;
}

const DAY = 86_400_000;
const time = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

interface Bar {
  row: number;
  start: number;
  end: number;
  kind: 'planned' | 'actual' | 'baseline';
  color: string;
  code: string;
  /** An actual bar's schedule health (its colour). */
  health?: WorkHealth;
}

/** Rows drawn at once: a longer portfolio pages through windows of this many rows (the panel's pager). */
export const GANTT_WINDOW = 40;

/** The height of a Gantt of `rows` rows on screen (34 px a row) or, denser, in an exported image. */
export const ganttHeight = (rows: number, perRow = 34): number => Math.max(260, rows * perRow + 90);
/** A row's label: one line of at most 210 px at the axis's 12 px (exported rows are 22 px), shortened at a word. */
const ROW_LABEL = fittedAxisLabel(210, 12);

/** Rows of an exported Gantt are denser than on screen: a whole portfolio on one image. */
export const EXPORT_ROW_HEIGHT = 22;

// One collator for every sort: String.localeCompare builds one per call (seconds over 5,000 works).
const byName = new Intl.Collator('pt-BR').compare;

/**
 * The Gantt's row order: by district, then planned start. The districts' names (a few dozen) are
 * collated, not every pair of 5,000 works; within a district ISO dates sort as text.
 */
export function ganttOrder(rows: readonly PortfolioRow[]): PortfolioRow[] {
  const groups = new Map<string, PortfolioRow[]>();
  for (const r of rows) {
    const group = groups.get(r.siteName);
    if (group) group.push(r);
    else groups.set(r.siteName, [r]);
  }
  const out: PortfolioRow[] = [];
  for (const name of [...groups.keys()].sort(byName)) {
    const group = groups.get(name) ?? [];
    group.sort((a, b) => (a.plannedStart < b.plannedStart ? -1 : a.plannedStart > b.plannedStart ? 1 : 0));
    for (const r of group) out.push(r);
  }
  return out;
}

const spans = new WeakMap<readonly PortfolioRow[], { key: string; min: number; max: number }>();

/**
 * The time span of every row (planned, baseline, actual up to the status date): ISO dates compared
 * as text (their order is the calendar's), only the two ends turned into times; kept per row list,
 * status date and baseline, so paging through windows does not scan 5,000 works again.
 */
function axisSpan(
  all: readonly PortfolioRow[],
  statusDate: string,
  baseline: readonly BaselineItem[] | null,
  frozen: ReadonlyMap<string, BaselineItem>,
): { min: number; max: number } {
  const key = `${statusDate}|${baseline === null ? '' : baseline.length}`;
  const cached = spans.get(all);
  if (cached && cached.key === key && baseline === null) return cached;
  let first = statusDate;
  let last = '';
  for (const r of all) {
    if (r.plannedStart < first) first = r.plannedStart;
    if (r.plannedEnd > last) last = r.plannedEnd;
    const b = frozen.size > 0 ? frozen.get(r.workCode) : undefined;
    if (b) {
      if (b.plannedStart < first) first = b.plannedStart;
      if (b.plannedEnd > last) last = b.plannedEnd;
    }
    if (r.actualStart && r.actualStart <= statusDate) {
      if (r.actualStart < first) first = r.actualStart;
      const end = r.actualEnd ?? statusDate;
      if (end > last) last = end;
    }
  }
  // A bar ends at the end of its last day; the status date itself is a line, not a day.
  const span = { key, min: time(first), max: Math.max(last === '' ? -Infinity : time(last) + DAY, time(statusDate)) };
  spans.set(all, span);
  return span;
}

/**
 * A Gantt of works as one custom series: per work a planned bar (light), the actual bar over it
 * (from the actual start to the actual end or the status date, coloured by schedule health — late
 * in red), a baseline shadow bar under it when a baseline is chosen; milestones as diamonds and the
 * status date as a vertical line. Month or quarter scale sets the axis ticks.
 *
 * Only the window of GANTT_WINDOW rows from `first` (in `ganttOrder`) is drawn, against a time axis
 * spanning every row, so paging does not move the axis. Handing ECharts all 5,000 works of a large
 * portfolio (even behind a dataZoom) took seconds to draw; the window draws in milliseconds.
 */
export function ganttOption(
  rows: readonly PortfolioRow[],
  statusDate: string,
  labels: GanttLabels,
  zoom: GanttZoom,
  baseline: readonly BaselineItem[] | null,
  milestones: readonly Milestone[],
  first = 0,
  ordered = false,
  count = GANTT_WINDOW,
): ChartOption {
  const all = ordered ? rows : ganttOrder(rows);
  const order = all.slice(first, first + count);
  const index = new Map(order.map((r, i) => [r.id, i]));
  const frozen = new Map((baseline ?? []).map((b) => [b.workCode, b]));
  const { min, max } = axisSpan(all, statusDate, baseline, frozen);
  const bars: Bar[] = [];
  order.forEach((r, i) => {
    bars.push({ row: i, start: time(r.plannedStart), end: time(r.plannedEnd) + DAY, kind: 'planned', color: '#a5d8ff', code: r.workCode });
    const b = frozen.get(r.workCode);
    if (b)
      bars.push({
        row: i,
        start: time(b.plannedStart),
        end: time(b.plannedEnd) + DAY,
        kind: 'baseline',
        color: '#adb5bd',
        code: r.workCode,
      });
    if (r.actualStart && r.actualStart <= statusDate) {
      const end = r.actualEnd ?? statusDate;
      bars.push({
        row: i,
        start: time(r.actualStart),
        end: time(end) + DAY,
        kind: 'actual',
        color: HEALTH_COLORS[r.health],
        code: r.workCode,
        health: r.health,
      });
    }
  });
  const marks = milestones
    .filter((m) => index.has(m.workId))
    .map((m) => ({ value: [time(m.actualDate ?? m.plannedDate), index.get(m.workId) ?? 0], name: labels.milestoneName(m.name) }));
  const pad = zoom === 'month' ? 15 * DAY : 45 * DAY;
  // One series of actual bars per schedule health drawn, named and coloured as the legend shows it:
  // one "Actual" entry in a single colour did not say what red, orange or blue bars mean.
  const healths = WORK_HEALTHS.filter((h) => bars.some((b) => b.health === h));
  const actualName = (h: WorkHealth): string => `${labels.actual} — ${labels.health[h]}`;
  const layers: { kind: Bar['kind']; health?: WorkHealth; name: string; color: string }[] = [
    { kind: 'planned', name: labels.planned, color: '#a5d8ff' },
    ...healths.map((h) => ({ kind: 'actual' as const, health: h, name: actualName(h), color: HEALTH_COLORS[h] })),
    ...(baseline ? [{ kind: 'baseline' as const, name: labels.baseline, color: '#adb5bd' }] : []),
  ];
  return {
    animation: false,
    // The bars stand at UTC midnights (`time`) and the labels read UTC days: the ticks are placed in
    // UTC too. At the machine's midnights, east of UTC every month's tick read its eve ("31/01/2026"
    // under February) and, west of it, stood hours off the bars' days.
    useUTC: true,
    // Room above the plot for the status-date label: at the line's foot it hid the axis date under it.
    grid: { left: 230, right: 30, top: 56, bottom: 36 },
    legend: { top: 0, data: [...layers.map((l) => l.name), labels.milestone] },
    tooltip: {
      // A bar's text is made when it is hovered, not for every bar drawn.
      formatter: (p: { data?: { tip?: string; code?: string; value?: number[] }; name?: string }) => {
        const bar = p.data;
        if (bar?.code && bar.value) {
          const day = (t: number) => labels.formatDate(new Date(t).toISOString().slice(0, 10));
          return `${bar.code}: ${day(bar.value[1] ?? 0)} → ${day((bar.value[2] ?? 0) - DAY)}`;
        }
        return bar?.tip ?? p.name ?? '';
      },
    },
    xAxis: {
      type: 'time',
      min: min - pad,
      max: max + pad,
      minInterval: zoom === 'month' ? 28 * DAY : 89 * DAY,
      axisLabel: { formatter: (v: number) => labels.formatDate(new Date(v).toISOString().slice(0, 10)), hideOverlap: true },
      splitLine: { show: true, lineStyle: { opacity: 0.3 } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: order.map((r) => `${r.workCode} · ${r.title}`),
      axisLabel: ROW_LABEL,
    },
    series: layers
      .map(({ kind, health, name, color }) => ({
        type: 'custom',
        name,
        color,
        encode: { x: [1, 2], y: 0 },
        renderItem: (
          _params: unknown,
          api: {
            value: (i: number) => number;
            coord: (v: number[]) => number[];
            size: (v: number[]) => number[];
            style: (s: object) => object;
          },
        ) => {
          const row = api.value(0);
          const start = api.coord([api.value(1), row]);
          const end = api.coord([api.value(2), row]);
          const band = (api.size([0, 1])[1] ?? 20) * 0.7;
          const [h, dy] =
            kind === 'planned' ? [band * 0.5, -band * 0.35] : kind === 'actual' ? [band * 0.4, -band * 0.1] : [band * 0.2, band * 0.3];
          const x = start[0] ?? 0;
          return {
            type: 'rect',
            shape: { x, y: (start[1] ?? 0) + dy, width: Math.max(2, (end[0] ?? 0) - x), height: h },
            style: api.style({ opacity: kind === 'baseline' ? 0.7 : 1 }),
          };
        },
        data: bars
          .filter((b) => b.kind === kind && b.health === health)
          .map((b) => ({
            value: [b.row, b.start, b.end],
            itemStyle: { color: b.color },
            code: b.code,
          })),
        ...(kind === 'planned'
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                label: { formatter: labels.today, position: 'start', color: '#e8590c' },
                lineStyle: { color: '#e8590c', type: 'dashed', width: 2 },
                data: [{ xAxis: time(statusDate) }],
              },
            }
          : {}),
      }))
      .concat([
        {
          type: 'scatter',
          name: labels.milestone,
          symbol: 'diamond',
          symbolSize: 12,
          color: '#5f3dc4',
          data: marks.map((m) => ({ value: m.value, tip: m.name })),
        } as never,
      ]),
  };
}

/**
 * The Gantt of every row (not only the window on screen), with the height that fits them: what the
 * PNG/SVG export and meeting mode draw, so an exported or presented Gantt leaves no work out.
 */
export function ganttFullView(
  order: readonly PortfolioRow[],
  statusDate: string,
  labels: GanttLabels,
  zoom: GanttZoom,
  baseline: readonly BaselineItem[] | null,
  milestones: readonly Milestone[],
  perRow = EXPORT_ROW_HEIGHT,
): { option: ChartOption; height: number } {
  return {
    option: ganttOption(order, statusDate, labels, zoom, baseline, milestones, 0, true, order.length),
    height: ganttHeight(order.length, perRow),
  };
}
