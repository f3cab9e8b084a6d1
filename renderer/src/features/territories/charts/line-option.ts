import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { SUBJECT_COLORS, textColor } from './palette';

export type SeriesLineOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface SeriesLineInput {
  name: string;
  points: readonly { period: string; value: number | null }[];
  format: (value: number) => string;
  axisFormat: (value: number) => string;
  dark: boolean;
}

/** A time series by period; gaps stay gaps (a missing year is not drawn as zero). */
export function buildSeriesLineOption(input: SeriesLineInput): SeriesLineOption {
  const color = textColor(input.dark);
  const values = input.points.map((p) => p.value).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v) => (typeof v === 'number' ? input.format(v) : '–'),
    },
    grid: { left: 8, right: 24, top: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: input.points.map((p) => p.period), axisLabel: { color, fontSize: 11 }, boundaryGap: false },
    yAxis: {
      type: 'value',
      // Population series change by a few percent: an axis from zero would draw a flat line.
      scale: min > 0 && (max - min) / max < 0.5,
      axisLabel: { color, fontSize: 11, formatter: (v: number) => input.axisFormat(v) },
      splitLine: { lineStyle: { opacity: input.dark ? 0.2 : 0.6 } },
    },
    series: [
      {
        type: 'line',
        name: input.name,
        data: input.points.map((p) => p.value ?? '-'),
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { width: 2.5, color: SUBJECT_COLORS[0] },
        itemStyle: { color: SUBJECT_COLORS[0] },
        label: {
          show: input.points.length <= 6,
          position: 'top',
          fontSize: 10,
          color,
          formatter: (p) => (typeof p.value === 'number' ? input.format(p.value) : ''),
        },
      },
    ],
  };
}
