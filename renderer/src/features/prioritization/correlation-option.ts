import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatNumber } from './format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';
import { distinctNames } from './short-labels';
import { fittedAxisLabel } from '../../components/chart-label';

export type CorrelationOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface CorrelationInput {
  names: readonly string[];
  /** k × k, null where the correlation is undefined (a ranking that is all ties). */
  matrix: readonly (readonly (number | null)[])[];
  measure: string;
  locale: Locale;
  labels: { undefined: string };
  dark: boolean;
}

/** Diverging red–white–blue (ColorBrewer RdBu): −1 disagree, 0 unrelated, +1 agree. */
const DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];

/** A rank-correlation matrix as a labelled heat map; undefined cells are left blank (never NaN). */
export function buildCorrelationOption(input: CorrelationInput): CorrelationOption {
  const { names, matrix, locale, dark } = input;
  const textColor = dark ? '#c9c9c9' : '#495057';
  // The axes show what tells long names apart; side by side under narrow cells, tilted so they do not run together.
  const shown = distinctNames(names);
  const tilt = shown.some((n) => n.length > 12) ? 30 : 0;
  const data: [number, number, number | '-'][] = [];
  matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      data.push([j, i, v === null || !Number.isFinite(v) ? '-' : Math.round(v * 1000) / 1000]);
    }),
  );
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const cell = p?.data as [number, number, number | '-'] | undefined;
    if (!cell) return '';
    const [j, i, v] = cell;
    const text = v === '-' ? input.labels.undefined : formatNumber(v, locale, 3);
    return `${escapeHtml(names[i] ?? '')} × ${escapeHtml(names[j] ?? '')}<br/>${escapeHtml(input.measure)}: <b>${escapeHtml(text)}</b>`;
  };
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    grid: { left: 8, right: 8, top: 8, bottom: 48, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: shown,
      axisLabel: { color: textColor, interval: 0, rotate: tilt, ...fittedAxisLabel(110, 11) },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: shown,
      inverse: true,
      axisLabel: { color: textColor, ...fittedAxisLabel(130, 11) },
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: -1,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      itemWidth: 10,
      textStyle: { color: textColor, fontSize: 10 },
      inRange: { color: DIVERGING },
    },
    series: [
      {
        type: 'heatmap',
        name: input.measure,
        data,
        label: {
          show: true,
          fontSize: 11,
          // White on the saturated ends of the scale (|ρ| > 0.6), dark on the pale middle.
          formatter: (p) => {
            const v = (p.data as [number, number, number | '-'])[2];
            if (v === '-') return '{dark|–}';
            return `{${Math.abs(v) > 0.6 ? 'light' : 'dark'}|${formatNumber(v, locale, 2)}}`;
          },
          rich: { light: { color: '#ffffff', fontSize: 11 }, dark: { color: '#212529', fontSize: 11 } },
        },
        emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
      },
    ],
  };
}
