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

const YEAR = /^\d{4}$/;

/**
 * A time series by period; gaps stay gaps (a missing year is not drawn as zero). Yearly periods sit
 * on a time axis, so a year the source skips (population has no 2023) leaves its space.
 */
export function buildSeriesLineOption(input: SeriesLineInput): SeriesLineOption {
  const color = textColor(input.dark);
  const yearly = input.points.length > 0 && input.points.every((p) => YEAR.test(p.period));
  const years = input.points.map((p) => Number(p.period));
  const span = yearly ? Math.max(...years) - Math.min(...years) : 0;
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
    xAxis: yearly
      ? {
          type: 'value',
          min: 'dataMin',
          max: 'dataMax',
          minInterval: 1,
          ...(span <= 16 ? { interval: span > 8 ? 2 : 1 } : {}),
          axisLabel: { color, fontSize: 11, formatter: (v: number) => String(v) },
          splitLine: { show: false },
        }
      : { type: 'category', data: input.points.map((p) => p.period), axisLabel: { color, fontSize: 11 }, boundaryGap: false },
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
        data: yearly ? input.points.map((p) => [Number(p.period), p.value ?? '-']) : input.points.map((p) => p.value ?? '-'),
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { width: 2.5, color: SUBJECT_COLORS[0] },
        itemStyle: { color: SUBJECT_COLORS[0] },
        label: {
          show: input.points.length <= 6,
          position: 'top',
          fontSize: 10,
          color,
          formatter: (p) => {
            const value = Array.isArray(p.value) ? p.value[1] : p.value;
            return typeof value === 'number' ? input.format(value) : '';
          },
        },
      },
    ],
  };
}
