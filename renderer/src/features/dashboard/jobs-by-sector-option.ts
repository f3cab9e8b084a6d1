import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SectorTotal } from '../../../../shared/domain/types';
import { formatCompact, formatInteger, formatPercentPoints } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';

export type JobsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface JobsOptionInput {
  totals: readonly SectorTotal[];
  /** The sector's label in the UI language (the data's names are Portuguese). */
  sectorLabel(total: SectorTotal): string;
  locale: Locale;
  labels: { series: string; unit: string; source: string };
  dark: boolean;
}

/** Formal jobs by IBGE sector as horizontal bars, largest on top, each bar labelled with its value. */
export function buildJobsBySectorOption(input: JobsOptionInput): JobsOption {
  const { locale, labels } = input;
  const sorted = [...input.totals].sort((a, b) => b.value - a.value);
  const names = sorted.map((s) => input.sectorLabel(s));
  const grandTotal = sorted.reduce((sum, s) => sum + s.value, 0);
  const textColor = input.dark ? '#c9c9c9' : '#495057';

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    const total = sorted[p.dataIndex];
    if (!total) return '';
    const share = grandTotal > 0 ? (100 * total.value) / grandTotal : 0;
    return [
      `<b>${escapeHtml(names[p.dataIndex] ?? '')}</b>`,
      `${escapeHtml(labels.series)}: <b>${escapeHtml(formatInteger(total.value, locale))}</b> ${escapeHtml(labels.unit)} (${escapeHtml(formatPercentPoints(share, locale))})`,
      `<span style="opacity:.7">${escapeHtml(labels.source)}</span>`,
    ].join('<br/>');
  };

  return {
    // Drawn once, as the map beside it: the bars' entrance animation repainted the chart for 0.3 s
    // while the first screen was still being finished (issue 16).
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltipFormatter, confine: true },
    grid: { left: 8, right: 72, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      splitNumber: 4,
      axisLabel: { formatter: (value: number) => formatCompact(value, locale), color: textColor, fontSize: 11, hideOverlap: true },
      splitLine: { lineStyle: { opacity: input.dark ? 0.2 : 0.6 } },
    },
    yAxis: {
      type: 'category',
      data: names,
      // Largest sector first, read top-down.
      inverse: true,
      axisTick: { show: false },
      // Long sector names wrap at spaces onto a second line (there is room beside each bar) instead
      // of being cut mid-word ("Agropecuária, extração vegetal, caç…").
      axisLabel: { color: textColor, fontSize: 11, width: 190, overflow: 'break', lineHeight: 14 },
    },
    series: [
      {
        type: 'bar',
        name: labels.series,
        data: sorted.map((s) => s.value),
        barMaxWidth: 22,
        itemStyle: { color: '#228be6', borderRadius: [0, 2, 2, 0] },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: textColor,
          formatter: (p) => (typeof p.value === 'number' ? formatInteger(p.value, locale) : ''),
        },
      },
    ],
  };
}
