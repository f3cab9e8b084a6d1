import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { AcceptabilityRow } from '../../../../shared/features/prioritization/types';
import { formatNumber, formatPercent } from './format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';
import { shortLabels } from './short-labels';
import { fittedAxisLabel } from '../../components/chart-label';

export type AcceptabilityOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface AcceptabilityInput {
  rows: readonly AcceptabilityRow[];
  topN: number;
  draws: number;
  locale: Locale;
  labels: { topN: string; first: string; baseRank: string; meanRank: string; draws: string };
  dark: boolean;
}

const pct = (share: number) => (Number.isFinite(share) ? Math.round(share * 1000) / 10 : 0);

/**
 * Rank acceptability: for each alternative, the share of Monte Carlo draws in which it is in the
 * top N (and first), most robust on top. Bars are percentages 0–100 with the value printed.
 */
export function buildAcceptabilityOption(input: AcceptabilityInput): AcceptabilityOption {
  const { rows, locale, labels, dark } = input;
  const textColor = dark ? '#c9c9c9' : '#495057';
  const percent = (v: number) => formatPercent(v, locale);
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = (Array.isArray(params) ? params[0] : params) ?? null;
    const row = p ? rows[p.dataIndex] : undefined;
    if (!row) return '';
    return [
      `<b>${escapeHtml(row.label)}</b>`,
      `${escapeHtml(labels.topN)}: <b>${escapeHtml(percent(pct(row.topNShare)))}</b>`,
      `${escapeHtml(labels.first)}: ${escapeHtml(percent(pct(row.firstShare)))}`,
      `${escapeHtml(labels.baseRank)}: ${row.rank} · ${escapeHtml(labels.meanRank)}: ${escapeHtml(formatNumber(row.meanRank, locale, 1))}`,
      `<span style="opacity:.7">${escapeHtml(labels.draws)}</span>`,
    ].join('<br/>');
  };
  return {
    animationDuration: 300,
    legend: { top: 0, right: 28, textStyle: { color: textColor, fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip, confine: true },
    grid: { left: 8, right: 56, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => percent(v) },
      splitLine: { lineStyle: { opacity: dark ? 0.2 : 0.6 } },
    },
    yAxis: {
      type: 'category',
      data: shortLabels(rows.map((r) => r.label)).map((label, i) => `${rows[i]?.rank ?? ''}. ${label}`),
      inverse: true,
      axisTick: { show: false },
      axisLabel: { color: textColor, ...fittedAxisLabel(230, 11) },
    },
    series: [
      {
        type: 'bar',
        name: labels.topN,
        data: rows.map((r) => pct(r.topNShare)),
        barMaxWidth: 16,
        itemStyle: { color: '#2f9e44' },
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          color: textColor,
          formatter: (p) => (typeof p.value === 'number' ? percent(p.value) : ''),
        },
      },
      {
        type: 'bar',
        name: labels.first,
        data: rows.map((r) => pct(r.firstShare)),
        barMaxWidth: 8,
        itemStyle: { color: '#1c7ed6' },
      },
    ],
  };
}
