import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkAreaComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { formatAmount, formatPercent, formatRatio } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { wrapLabel } from '../../lib/wrap-label';
import { besideBubbles } from './bubble-layout';

export type BubbleOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption | MarkAreaComponentOption
>;

export interface BubblePoint {
  sectorCode: string;
  label: string;
  lq: number;
  /** g_ij over the period, as a ratio (0.03 = +3 %). */
  growth: number;
  jobs: number;
}

export type Quadrant = 'specializedGrowing' | 'specializedDeclining' | 'emergent' | 'lagging';

export interface BubbleOptionInput {
  points: readonly BubblePoint[];
  /** G: the reference region's growth, the horizontal quadrant line. */
  referenceGrowth: number;
  locale: Locale;
  /** The measure shown: value added and payroll in reais. Jobs when absent. */
  measure?: Measure;
  labels: {
    x: string;
    y: string;
    jobs: string;
    quadrant: Record<Quadrant, string>;
    lqLine: string;
    growthLine: string;
    source: string;
  };
  dark: boolean;
}

const QUADRANT_COLORS: Record<Quadrant, string> = {
  specializedGrowing: '#2f9e44',
  specializedDeclining: '#e8590c',
  emergent: '#1c7ed6',
  lagging: '#868e96',
};

/** Which of the four classic quadrants a sector falls in: LQ against 1, growth against G. */
export function quadrantOf(lq: number, growth: number, referenceGrowth: number): Quadrant {
  if (lq >= 1) return growth >= referenceGrowth ? 'specializedGrowing' : 'specializedDeclining';
  return growth >= referenceGrowth ? 'emergent' : 'lagging';
}

function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** Axis bounds that contain every value (and the quadrant line) with a margin, on round numbers. */
export function axisBounds(values: readonly number[], line: number, minSpan: number): { min: number; max: number } {
  const low = Math.min(line, ...values);
  const high = Math.max(line, ...values);
  const span = Math.max(high - low, minSpan);
  const step = niceStep(span * 1.3);
  return { min: Math.floor((low - span * 0.12) / step) * step, max: Math.ceil((high + span * 0.12) / step) * step };
}

/** Bubble area proportional to jobs: radius grows with the square root, from 10 to 64 px. */
export function bubbleSize(jobs: number, maxJobs: number): number {
  if (maxJobs <= 0 || jobs <= 0) return 10;
  return 10 + 54 * Math.sqrt(jobs / maxJobs);
}

/** The chart's series: the quadrants' names, the sectors' bubbles, the lines' labels (see besideBubbles). */
export const BUBBLE_SERIES = { corners: 0, bubbles: 1, lines: 2 } as const;

/**
 * A note's line, in characters: a quadrant's longest names (Emergente: não especializado, crescendo)
 * and the growth line's label on two lines; on one, in large type, each took the room a sector's
 * name needed (Betim's "Serviços industriais de utilidade pública", Belo Horizonte's).
 */
const NOTE_WIDTH = { quadrant: 32, line: 24 } as const;

/** A sector's name beside its bubble, wrapped between words. */
const nameOf = (point: BubblePoint | undefined): string => wrapLabel(point?.label ?? '', 36);

/**
 * The order a territory's sectors are drawn and named in: the biggest first, so their names are
 * placed first beside their bubbles (besideBubbles) and the smaller bubbles are drawn over them.
 */
export function bubbleOrder(points: readonly BubblePoint[]): BubblePoint[] {
  return [...points].sort((a, b) => b.jobs - a.jobs || a.sectorCode.localeCompare(b.sectorCode));
}

/** LQ × growth × jobs for one territory's sectors, with the quadrant lines at LQ = 1 and growth = G. */
export function buildBubbleOption(input: BubbleOptionInput): BubbleOption {
  const { points, referenceGrowth: g, locale, labels, measure = 'jobs' } = input;
  const textColor = input.dark ? '#c9c9c9' : '#495057';
  const maxJobs = Math.max(0, ...points.map((p) => p.jobs));
  const x = axisBounds(
    points.map((p) => p.lq),
    1,
    1,
  );
  const xAxisBounds = { min: Math.max(0, x.min), max: x.max };
  const y = axisBounds(
    points.map((p) => p.growth),
    g,
    0.05,
  );

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const point = p && p.componentType === 'series' ? points[p.dataIndex] : undefined;
    if (!point) return '';
    return [
      `<b>${escapeHtml(point.label)}</b>`,
      `${escapeHtml(labels.x)}: <b>${escapeHtml(formatRatio(point.lq, locale) ?? '')}</b>`,
      `${escapeHtml(labels.y)}: <b>${escapeHtml(formatPercent(point.growth, locale, { signed: true }) ?? '')}</b>`,
      `${escapeHtml(labels.jobs)}: <b>${escapeHtml(formatAmount(point.jobs, measure, locale) ?? '')}</b>`,
      escapeHtml(labels.quadrant[quadrantOf(point.lq, point.growth, g)]),
      tooltipNote(labels.source),
    ].join('<br/>');
  };

  const area = (quadrant: Quadrant, from: [number, number], to: [number, number]) => [
    {
      coord: from,
      name: labels.quadrant[quadrant],
      itemStyle: { color: QUADRANT_COLORS[quadrant], opacity: input.dark ? 0.1 : 0.06 },
    },
    { coord: to },
  ];
  const { min: left, max: right } = xAxisBounds;
  // The quadrants' names in the plot's corners, the lines' labels at their lines' ends: where the
  // marked areas' and lines' labels were, now labels of series of their own, which the sectors' names
  // avoid (see besideBubbles).
  const quadrantNote = (quadrant: Quadrant, value: [number, number], position: string) => ({
    name: wrapLabel(labels.quadrant[quadrant], NOTE_WIDTH.quadrant),
    value,
    label: { position, color: QUADRANT_COLORS[quadrant], fontWeight: 600 as const },
  });
  const labelLayout = besideBubbles(BUBBLE_SERIES);
  const notes = (data: object[]): ScatterSeriesOption => ({
    type: 'scatter',
    silent: true,
    z: 1.5,
    symbolSize: 0,
    data,
    label: { show: true, formatter: '{b}', color: textColor, fontSize: 11, lineHeight: 14, distance: 5 },
    labelLayout,
    emphasis: { disabled: true },
    tooltip: { show: false },
  });
  return {
    animationDuration: 300,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    grid: { left: 12, right: 24, top: 30, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: labels.x,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: textColor, fontSize: 11 },
      min: xAxisBounds.min,
      max: xAxisBounds.max,
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => formatRatio(v, locale, 1) ?? '' },
      splitLine: { lineStyle: { opacity: input.dark ? 0.15 : 0.5 } },
    },
    yAxis: {
      type: 'value',
      name: labels.y,
      nameTextStyle: { color: textColor, fontSize: 11, align: 'left' },
      min: y.min,
      max: y.max,
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => formatPercent(v, locale, { digits: 0, signed: true }) ?? '' },
      splitLine: { lineStyle: { opacity: input.dark ? 0.15 : 0.5 } },
    },
    // In BUBBLE_SERIES' order: the series' labels are laid out in turn.
    series: [
      notes([
        quadrantNote('specializedGrowing', [right, y.max], 'insideTopRight'),
        quadrantNote('emergent', [left, y.max], 'insideTopLeft'),
        quadrantNote('specializedDeclining', [right, y.min], 'insideBottomRight'),
        quadrantNote('lagging', [left, y.min], 'insideBottomLeft'),
      ]),
      {
        type: 'scatter',
        name: labels.jobs,
        data: points.map((p) => ({
          name: p.label,
          value: [p.lq, p.growth, p.jobs],
          symbolSize: bubbleSize(p.jobs, maxJobs),
          itemStyle: {
            color: QUADRANT_COLORS[quadrantOf(p.lq, p.growth, g)],
            opacity: 0.75,
            borderColor: input.dark ? '#1a1b1e' : '#ffffff',
            borderWidth: 1,
          },
        })),
        // A halo in the background's colour keeps a label readable where it crosses a neighbouring
        // bubble or the reference lines ("Construção civil" over Comércio's bubble in Betim).
        label: {
          show: true,
          position: 'right',
          // Wrapped between words, not cut ("Agropecuaria, extracción vegetal, caza y p..."), by the
          // name's length rather than a fixed box: a box as wide as the longest name made every short
          // name's box that wide too, and the overlap check hid names that did not touch ("Comércio").
          formatter: (p: { dataIndex: number }) => nameOf(points[p.dataIndex]),
          fontSize: 11,
          // Set, or a wrapped name's two lines are drawn over each other.
          lineHeight: 14,
          color: textColor,
          textBorderColor: input.dark ? '#1a1b1e' : '#ffffff',
          textBorderWidth: 3,
        },
        // Each name beside its own bubble where it touches no name placed before it, none hidden: the
        // overlap check hid a name that touched a bigger one's, and on a slide, in large type, a
        // room could not tell which bubble was Comércio (Betim, beside Serviços).
        labelLayout,
        emphasis: { focus: 'self', label: { show: true } },
        markLine: {
          // Between the quadrants' areas (z 1) and the bubbles with their labels (z 2): a reference
          // line ran through the sector names it crossed (ECharts draws marker lines at z 5).
          z: 1.5,
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: input.dark ? '#909296' : '#495057', width: 1 },
          label: { show: false },
          data: [
            { xAxis: 1, name: labels.lqLine },
            { yAxis: g, name: labels.growthLine },
          ],
        },
        markArea: {
          silent: true,
          label: { show: false },
          data: [
            area('specializedGrowing', [1, g], [right, y.max]),
            area('emergent', [left, g], [1, y.max]),
            area('specializedDeclining', [1, y.min], [right, g]),
            area('lagging', [left, y.min], [1, g]),
          ] as MarkAreaComponentOption['data'],
        },
      },
      notes([
        { name: labels.lqLine, value: [1, y.max], label: { position: 'top' } },
        { name: wrapLabel(labels.growthLine, NOTE_WIDTH.line), value: [right, g], label: { position: 'insideTopRight' } },
      ]),
    ],
  };
}
