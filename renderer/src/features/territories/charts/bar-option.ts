import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { bestIndices, type Direction } from '../../../../../shared/analysis/compare/comparison';
import { escapeHtml } from '../../../lib/html';
import { SUBJECT_COLORS, textColor } from './palette';

export type CompareBarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption>;

export interface CompareBarInput {
  subjects: readonly string[];
  values: readonly (number | null)[];
  direction: Direction;
  baselineIndex: number;
  format: (value: number) => string;
  axisFormat: (value: number) => string;
  dark: boolean;
  labels: { best: string; baseline: string; noData: string; period: string };
}

/**
 * One indicator across the compared subjects: a bar each in its subject's colour, the best value(s)
 * marked with a star, the baseline's value as a dashed line.
 */
export function buildCompareBarOption(input: CompareBarInput): CompareBarOption {
  const color = textColor(input.dark);
  const best = new Set(bestIndices(input.values, input.direction));
  const baseline = input.values[input.baselineIndex] ?? null;
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    const v = input.values[p.dataIndex] ?? null;
    const lines = [
      `<b>${escapeHtml(input.subjects[p.dataIndex] ?? '')}</b>`,
      `${escapeHtml(v === null ? input.labels.noData : input.format(v))}`,
    ];
    if (best.has(p.dataIndex)) lines.push(`★ ${escapeHtml(input.labels.best)}`);
    if (p.dataIndex === input.baselineIndex) lines.push(escapeHtml(input.labels.baseline));
    if (input.labels.period) lines.push(`<span style="opacity:.7">${escapeHtml(input.labels.period)}</span>`);
    return lines.join('<br/>');
  };
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip, confine: true },
    grid: { left: 8, right: 16, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: input.subjects.map((s, i) => (best.has(i) ? `★ ${s}` : s)),
      axisLabel: { color, fontSize: 11, interval: 0, width: 130, overflow: 'break' },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color, fontSize: 11, formatter: (v: number) => input.axisFormat(v) },
      splitLine: { lineStyle: { opacity: input.dark ? 0.2 : 0.6 } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: input.values.map((v, i) => ({
          value: v ?? '-',
          itemStyle: {
            color: SUBJECT_COLORS[i % SUBJECT_COLORS.length],
            borderColor: best.has(i) ? '#2f9e44' : undefined,
            borderWidth: best.has(i) ? 2 : 0,
          },
        })),
        label: {
          show: true,
          position: 'top',
          color,
          fontSize: 11,
          formatter: (p) => (typeof p.value === 'number' ? input.format(p.value) : input.labels.noData),
        },
        markLine:
          baseline === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#868e96' },
                label: { formatter: input.labels.baseline, color, fontSize: 10, position: 'insideEndTop' },
                data: [{ yAxis: baseline }],
              },
      },
    ],
  };
}
