import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { formatCompact } from '../../i18n/format';
import { formatSignedAmount } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';

export type WaterfallOption = ComposeOption<CustomSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface WaterfallStep {
  key: string;
  label: string;
  value: number;
  /** What the step is, in one line (the tooltip's second line). */
  hint: string;
}

export interface WaterfallBar {
  key: string;
  label: string;
  hint: string;
  value: number;
  low: number;
  high: number;
  kind: 'increase' | 'decrease' | 'total';
}

/**
 * The bars of a waterfall: each effect starts where the previous one ended, and the last bar (the
 * total change) starts at zero — so the bars read as "these effects add up to that change".
 */
export function waterfallBars(steps: readonly WaterfallStep[], total: { label: string; hint: string; value: number }): WaterfallBar[] {
  const bars: WaterfallBar[] = [];
  let level = 0;
  for (const s of steps) {
    const next = level + s.value;
    bars.push({ ...s, low: Math.min(level, next), high: Math.max(level, next), kind: s.value < 0 ? 'decrease' : 'increase' });
    level = next;
  }
  bars.push({ key: 'total', ...total, low: Math.min(0, total.value), high: Math.max(0, total.value), kind: 'total' });
  return bars;
}

const COLORS = { increase: '#2f9e44', decrease: '#e03131', total: '#1c7ed6' } as const;

export interface WaterfallOptionInput {
  steps: readonly WaterfallStep[];
  total: { label: string; hint: string; value: number };
  locale: Locale;
  /** The measure shown: value added and payroll in reais. Jobs when absent. */
  measure?: Measure;
  labels: { unit: string; source: string };
  dark: boolean;
}

interface RenderApi {
  value(dimension: number): number | string;
  coord(point: [number, number]): number[];
  size(value: [number, number]): number[] | number;
}

/** Shift-share effects as a waterfall: reference share, industry mix, regional shift → total change. */
export function buildWaterfallOption(input: WaterfallOptionInput): WaterfallOption {
  const { locale, labels, measure = 'jobs' } = input;
  const bars = waterfallBars(input.steps, input.total);
  const textColor = input.dark ? '#c9c9c9' : '#495057';

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const bar = p ? bars[p.dataIndex] : undefined;
    if (!bar) return '';
    return [
      `<b>${escapeHtml(bar.label)}</b>: <b>${escapeHtml(formatSignedAmount(bar.value, measure, locale) ?? '')}</b> ${escapeHtml(labels.unit)}`,
      `<span style="opacity:.8">${escapeHtml(bar.hint)}</span>`,
      tooltipNote(labels.source),
    ].join('<br/>');
  };

  const renderItem = (_params: unknown, api: RenderApi) => {
    const index = Number(api.value(0));
    const low = Number(api.value(1));
    const high = Number(api.value(2));
    const bar = bars[index];
    const top = api.coord([index, high]);
    const bottom = api.coord([index, low]);
    const size = api.size([1, 0]);
    const band = Array.isArray(size) ? (size[0] ?? 0) : size;
    const width = Math.min(band * 0.55, 120);
    const x = (top[0] ?? 0) - width / 2;
    const y = top[1] ?? 0;
    // A zero effect still shows as a hairline, so the step is visibly there.
    const height = Math.max((bottom[1] ?? 0) - y, 1);
    return { type: 'rect', shape: { x, y, width, height }, style: { fill: COLORS[bar?.kind ?? 'total'] } };
  };

  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    grid: { left: 12, right: 16, top: 28, bottom: 20, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      // Labels under the chart even when every bar is negative (the axis line would sit at zero, on top).
      axisLine: { onZero: false },
      axisLabel: { color: textColor, fontSize: 11, interval: 0, width: 140, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      scale: false,
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => formatCompact(v, locale) },
      splitLine: { lineStyle: { opacity: input.dark ? 0.15 : 0.5 } },
    },
    series: [
      {
        type: 'custom',
        name: labels.unit,
        renderItem: renderItem as unknown as CustomSeriesOption['renderItem'],
        encode: { x: 0, y: [1, 2] },
        data: bars.map((b, i) => [i, b.low, b.high]),
      },
      {
        // Each bar's value, above it (below a decrease): chart labels, so that meeting mode's large
        // type scales them with the axes (drawn inside renderItem they stayed 11 px on a slide).
        type: 'scatter',
        silent: true,
        tooltip: { show: false },
        symbolSize: 0,
        data: bars.map((b, i) => ({
          value: [i, b.value < 0 ? b.low : b.high],
          label: { position: b.value < 0 ? ('bottom' as const) : ('top' as const) },
        })),
        label: {
          show: true,
          distance: 4,
          color: textColor,
          fontSize: 11,
          fontWeight: 600,
          formatter: (p: { dataIndex: number }) => formatSignedAmount(bars[p.dataIndex]?.value ?? 0, measure, locale) ?? '',
        },
      },
    ],
  };
}
