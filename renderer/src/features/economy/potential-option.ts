import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { wrapLabel } from '../../lib/wrap-label';
import { formatRatio } from './economy-format';
import { NO_VALUE_COLOR, lqClass } from './lq-classes';
import { lqClassKey } from './lq-key';

export type PotentialOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface PotentialBar {
  sectorCode: string;
  label: string;
  /** Relatedness density, 0–1. */
  density: number;
  /** The territory's LQ in the sector now (below 1: not specialized yet). */
  lq: number | null;
  /** The specializations that make it a candidate, as the area lists them ("Sector (0,62)"). */
  related: string;
}

export interface PotentialOptionInput {
  bars: readonly PotentialBar[];
  locale: Locale;
  labels: { density: string; lq: string; relatedTo: string; legend: string; noValue: string; source: string };
  dark: boolean;
}

/**
 * The sectors the territory could attract, as the area lists them (by relatedness density, highest
 * first): one bar each, its length the density, coloured by the territory's LQ class in it now, with
 * the classes' key above the bars (in the chart, it goes onto the meeting slide and into the PNG).
 */
export function buildPotentialOption(input: PotentialOptionInput): PotentialOption {
  const { bars, locale, labels, dark } = input;
  const textColor = dark ? '#c9c9c9' : '#495057';
  const max = Math.max(0, ...bars.map((b) => b.density));

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const bar = p && p.componentType === 'series' ? bars[p.dataIndex] : undefined;
    if (!bar) return '';
    return [
      `<b>${escapeHtml(bar.label)}</b>`,
      `${escapeHtml(labels.density)}: <b>${escapeHtml(formatRatio(bar.density, locale) ?? '')}</b>`,
      `${escapeHtml(labels.lq)}: <b>${escapeHtml(formatRatio(bar.lq, locale) ?? '—')}</b>`,
      `${escapeHtml(labels.relatedTo)} ${escapeHtml(bar.related)}`,
      tooltipNote(labels.source),
    ].join('<br/>');
  };

  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    // A key only: the bars carry their class's colour.
    visualMap: lqClassKey({ locale, dark, labels }),
    grid: { left: 8, right: 48, top: 34, bottom: 28, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: labels.density,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: textColor, fontSize: 11 },
      min: 0,
      // Densities are shares (0–1): the axis ends at a round tenth above the longest bar.
      max: Math.min(1, Math.ceil((max + 0.05) * 10) / 10),
      // Two decimals, as the bars' values: ticks fall on twentieths (one decimal wrote "0,1" twice).
      axisLabel: { color: textColor, fontSize: 11, formatter: (v: number) => formatRatio(v, locale) ?? '' },
      splitLine: { lineStyle: { opacity: dark ? 0.15 : 0.5 } },
    },
    yAxis: {
      type: 'category',
      // The highest density on top, as the area's list.
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      // The line height set, or a wrapped name's two lines are drawn over each other.
      axisLabel: { color: textColor, fontSize: 11, lineHeight: 14, formatter: (name: string) => wrapLabel(name, 32) },
    },
    series: [
      {
        type: 'bar',
        name: labels.density,
        barMaxWidth: 28,
        label: {
          show: true,
          position: 'right',
          color: textColor,
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => formatRatio(bars[p.dataIndex]?.density ?? null, locale) ?? '',
        },
        data: bars.map((b) => ({
          value: b.density,
          itemStyle: {
            color: lqClass(b.lq)?.color ?? NO_VALUE_COLOR[dark ? 'dark' : 'light'],
            borderColor: dark ? '#909296' : '#868e96',
            borderWidth: 1,
          },
        })),
      },
    ],
  };
}
