import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ScenarioRun } from '../../../../shared/features/prioritization/types';
import { formatNumber, formatPercent } from './format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';
import { shortLabels } from './short-labels';
import { fittedAxisLabel } from '../../components/chart-label';

export type ContributionOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Qualitative colours (ColorBrewer Set2 + Dark2), distinguishable in both schemes. */
export const CRITERION_COLORS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#666666',
  '#8da0cb',
  '#fc8d62',
];

export interface ContributionInput {
  run: Pick<ScenarioRun, 'ranked' | 'criteria' | 'contributionKind' | 'method'>;
  /** How wide the chart is drawn, for the legend's room above the bars and the ticks that fit (default 420 px). */
  width?: number;
  /** TOPSIS only: the shares of the distance to the anti-ideal instead of the ideal. */
  secondary: boolean;
  locale: Locale;
  /** `atDistanceZero`: what a TOPSIS row with no bar is ("is the ideal (distance 0)", or the anti-ideal). */
  labels: { total: string; atDistanceZero: string };
  dark: boolean;
}

/**
 * What each criterion adds to each alternative, as stacked horizontal bars, best alternative on top.
 * WSM and PROMETHEE II: the bars add up to the score (PROMETHEE terms can be negative). VIKOR: the
 * regret per criterion, adding up to S (shorter is better). TOPSIS: each criterion's share of the
 * squared distance to the ideal (or to the anti-ideal), as percentages adding up to 100.
 */
export function buildContributionOption(input: ContributionInput): ContributionOption {
  const { run, locale, dark } = input;
  const shares = run.contributionKind === 'distance-shares';
  const rows = run.ranked;
  const short = shortLabels(rows.map((r) => r.label));
  const names = rows.map((r, i) => `${r.rank}. ${short[i] ?? r.label}`);
  const textColor = dark ? '#c9c9c9' : '#495057';
  const value = (r: (typeof rows)[number], j: number): number => {
    const v = shares && input.secondary ? (r.secondary?.[j] ?? 0) : (r.contributions[j] ?? 0);
    const scaled = shares ? v * 100 : v;
    return Number.isFinite(scaled) ? scaled : 0;
  };
  const width = input.width ?? 420;
  // The names take at most 40 % of a narrow chart; the bars and their axis keep the rest.
  const nameWidth = Math.min(170, Math.round(width * 0.4));
  // Ticks as many as their labels fit: "100 %" is about 33 px at 11 px type, with a gap, 44 px a
  // label. A chart beside the map at 1280 px left room for 0, 25 and 75 % only (50 and 100 % hidden).
  const roomForFiveTicks = width - 32 - nameWidth >= 5 * 44;
  const digits = shares ? 1 : 3;
  const show = (v: number) => (shares ? formatPercent(v, locale, digits) : formatNumber(v, locale, digits));

  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const list = Array.isArray(params) ? params : [params];
    const first = list[0];
    if (!first) return '';
    const row = rows[first.dataIndex];
    if (!row) return '';
    const lines = [`<b>${escapeHtml(row.label)}</b>`];
    run.criteria.forEach((c, j) => lines.push(`${escapeHtml(c.label)}: <b>${escapeHtml(show(value(row, j)))}</b>`));
    if (!shares)
      lines.push(
        `${escapeHtml(input.labels.total)}: <b>${escapeHtml(
          formatNumber(
            row.contributions.reduce((a, b) => a + b, 0),
            locale,
            3,
          ),
        )}</b>`,
      );
    return lines.join('<br/>');
  };

  // A TOPSIS alternative on the ideal (or the anti-ideal) has no distance to share, so no bar: the
  // first-ranked district's row read as missing data. A label in its place says why.
  const atDistanceZero = rows.map((r) => shares && run.criteria.every((_, j) => value(r, j) === 0));
  const distanceZeroSeries: BarSeriesOption[] = atDistanceZero.some(Boolean)
    ? [
        {
          type: 'bar',
          id: 'distance-zero',
          stack: 'total',
          silent: true,
          tooltip: { show: false },
          data: atDistanceZero.map((zero) => (zero ? 0 : '-')),
          label: { show: true, position: 'right', color: textColor, fontSize: 11, formatter: input.labels.atDistanceZero },
        },
      ]
    : [];

  return {
    animationDuration: 300,
    color: CRITERION_COLORS,
    legend: {
      data: run.criteria.map((c) => c.label),
      top: 0,
      left: 0,
      right: 28,
      type: 'plain',
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { color: textColor, fontSize: 11 },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip, confine: true },
    grid: {
      left: 8,
      right: 24,
      top:
        8 +
        20 *
          legendLines(
            run.criteria.map((c) => c.label),
            width - 28,
          ),
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      max: shares ? 100 : undefined,
      interval: shares ? (roomForFiveTicks ? 25 : 50) : undefined,
      splitNumber: roomForFiveTicks ? 4 : 2,
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => show(v), hideOverlap: true },
      splitLine: { lineStyle: { opacity: dark ? 0.2 : 0.6 } },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { color: textColor, ...fittedAxisLabel(nameWidth, 11) },
    },
    series: run.criteria
      .map((c, j): BarSeriesOption => ({
        type: 'bar',
        name: c.label,
        stack: 'total',
        barMaxWidth: 20,
        emphasis: { focus: 'series' },
        data: rows.map((r) => value(r, j)),
      }))
      .concat(distanceZeroSeries),
  };
}

/** How many lines a plain legend of these labels takes in `width` px (11 px type: ~6.6 px a character, rounded up). */
export function legendLines(labels: readonly string[], width: number): number {
  let lines = 1;
  let used = 0;
  for (const label of labels) {
    const item = 14 + 5 + label.length * 6.6 + 10;
    if (used > 0 && used + item > width) {
      lines++;
      used = 0;
    }
    used += item;
  }
  return lines;
}
