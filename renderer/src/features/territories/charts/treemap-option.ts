import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { TreemapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { escapeHtml } from '../../../lib/html';
import { SUBJECT_COLORS } from './palette';

export type SectorTreemapOption = ComposeOption<TreemapSeriesOption | TooltipComponentOption>;

export interface SectorTreemapInput {
  shares: readonly { code: string; label: string; value: number }[];
  formatValue: (value: number) => string;
  formatShare: (share: number) => string;
  source: string;
}

/** Sector composition: one rectangle per sector, area = jobs, labelled with the share. */
export function buildSectorTreemapOption(input: SectorTreemapInput): SectorTreemapOption {
  const total = input.shares.reduce((s, x) => s + x.value, 0);
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const item = p ? input.shares.find((s) => s.label === p.name) : undefined;
    if (!item) return '';
    return [
      `<b>${escapeHtml(item.label)}</b>`,
      `${escapeHtml(input.formatValue(item.value))} (${escapeHtml(input.formatShare(total > 0 ? item.value / total : 0))})`,
      `<span style="opacity:.7">${escapeHtml(input.source)}</span>`,
    ].join('<br/>');
  };
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        label: {
          show: true,
          overflow: 'break',
          fontSize: 12,
          lineHeight: 16,
          position: 'insideTopLeft',
          formatter: (p) => {
            const v = typeof p.value === 'number' ? p.value : 0;
            return `${p.name}\n${input.formatShare(total > 0 ? v / total : 0)}`;
          },
        },
        itemStyle: { borderColor: 'rgba(255,255,255,0.6)', borderWidth: 1, gapWidth: 1 },
        data: input.shares
          .filter((s) => s.value > 0)
          .map((s, i) => ({ name: s.label, value: s.value, itemStyle: { color: SUBJECT_COLORS[i % SUBJECT_COLORS.length] } })),
      },
    ],
  };
}
