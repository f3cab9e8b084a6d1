import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { RadarSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { radarScores, type Direction } from '../../../../../shared/analysis/compare/comparison';
import { escapeHtml } from '../../../lib/html';
import { PEER_COLOR, SUBJECT_COLORS, textColor } from './palette';
import { wrapLabel } from '../../../lib/wrap-label';

export type RadarOption = ComposeOption<RadarSeriesOption | RadarComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface RadarAxis {
  key: string;
  label: string;
  direction: Direction;
  /** The value as text with its unit, per series (tooltips show what was measured, not the score). */
  format: (value: number | null) => string;
}

export interface RadarSeries {
  name: string;
  values: (number | null)[];
  /** The peer average: grey and dashed. */
  peer?: boolean;
}

export interface RadarInput {
  axes: readonly RadarAxis[];
  series: readonly RadarSeries[];
  dark: boolean;
  labels: { scoreNote: string; noData: string };
}

/** The labels of the axes a subject has no value on. */
export function missingAxes(s: RadarSeries, axes: readonly RadarAxis[]): string[] {
  return axes.filter((_, a) => (s.values[a] ?? null) === null).map((a) => a.label);
}

/**
 * Several subjects (and a peer average) on axes in different units: each axis is scored 0–100
 * against the best value shown (radarScores), so further out is always better; tooltips give the
 * measured values.
 */
export function buildRadarOption(input: RadarInput): RadarOption {
  const { axes, series } = input;
  // scores[s][a]
  const scores = series.map(() => axes.map(() => null as number | null));
  axes.forEach((axis, a) => {
    const column = radarScores(
      series.map((s) => s.values[a] ?? null),
      axis.direction,
    );
    column.forEach((score, s) => ((scores[s] as (number | null)[])[a] = score));
  });
  const color = textColor(input.dark);
  let subjectIndex = 0;
  const colors = series.map((s) => (s.peer ? PEER_COLOR : (SUBJECT_COLORS[subjectIndex++ % SUBJECT_COLORS.length] as string)));

  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    // One radar series holds every subject: the data index is the subject.
    const target = series[p.dataIndex];
    if (!target) return '';
    const lines = [`<b>${escapeHtml(target.name)}</b>`];
    axes.forEach((axis, a) => {
      const v = target.values[a] ?? null;
      lines.push(`${escapeHtml(axis.label)}: <b>${escapeHtml(v === null ? input.labels.noData : axis.format(v))}</b>`);
    });
    lines.push(`<span style="opacity:.7">${escapeHtml(input.labels.scoreNote)}</span>`);
    return lines.join('<br/>');
  };

  return {
    animation: false,
    color: colors,
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    legend: {
      bottom: 0,
      textStyle: { color, fontSize: 12 },
      data: series.map((s) => s.name),
      formatter: (name: string) => {
        const s = series.find((x) => x.name === name);
        const gaps = s ? missingAxes(s, axes) : [];
        return gaps.length > 0 ? `${name} (${input.labels.noData}: ${gaps.join(', ')})` : name;
      },
    },
    radar: {
      // Long names wrap onto lines: a radar's side labels otherwise run off the chart.
      indicator: axes.map((a) => ({ name: wrapLabel(a.label), max: 100, min: 0 })),
      radius: '56%',
      center: ['50%', '47%'],
      splitNumber: 4,
      axisName: { color, fontSize: 11, lineHeight: 13 },
      splitLine: { lineStyle: { opacity: input.dark ? 0.25 : 0.5 } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 5,
        data: series.map((s, i) => {
          const gaps = missingAxes(s, axes);
          return {
            name: s.name,
            // ECharts has no gap in a radar: a missing value is drawn at the centre. So that it does not
            // read as a zero, the subject is drawn dotted with hollow markers and its area left empty;
            // the legend and tooltip name the axes without data, and the chart's note says so.
            value: (scores[i] ?? []).map((v) => (v === null ? 0 : Math.round(v * 10) / 10)),
            symbol: gaps.length > 0 ? 'emptyCircle' : 'circle',
            symbolSize: gaps.length > 0 ? 7 : 5,
            lineStyle: { width: s.peer ? 2 : 2.5, type: gaps.length > 0 ? 'dotted' : s.peer ? 'dashed' : 'solid', color: colors[i] },
            itemStyle: { color: colors[i] },
            areaStyle: s.peer || gaps.length > 0 ? undefined : { opacity: 0.08 },
          };
        }),
      },
    ],
  };
}
