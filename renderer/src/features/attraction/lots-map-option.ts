import type { Lot, PlanSite } from '../../../../shared/features/attraction/types';
import { LOT_STATUSES, type LotStatus } from '../../../../shared/features/attraction/vocabulary';
import type { ChartOption } from '../../components/Chart';
import { escapeHtml } from '../../lib/html';
import { withoutRegionLabels } from '../../components/map-geo';

/** Status colours, readable in print: free land green, held amber, gone blue and grey. */
export const LOT_STATUS_COLORS: Record<LotStatus, string> = {
  available: '#2f9e44',
  reserved: '#f08c00',
  sold: '#1c7ed6',
  occupied: '#868e96',
};

export interface LotsMapInput {
  mapName: string;
  site: PlanSite;
  lots: readonly Lot[];
  labels: { status: Record<LotStatus, string>; area: string; value: string; noPoint: string };
  formatArea: (m2: number) => string;
  formatMoney: (v: number | null) => string;
  dark: boolean;
}

/**
 * No lot geometry ships: the district is a point on the state map (left) and its lots a list of
 * bars by area (right), one colour per status (stacked series, so the legend names the statuses).
 */
export function buildLotsMapOption(input: LotsMapInput): ChartOption {
  const { site, labels, dark } = input;
  const textColor = dark ? '#c9c9c9' : '#495057';
  const lots = [...input.lots].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })).reverse();
  const placed = site.lat !== null && site.lon !== null;
  const lotTooltip = (index: number): string => {
    const lot = lots[index];
    if (!lot) return '';
    const value = lot.pricePerM2 === null ? null : lot.areaM2 * lot.pricePerM2;
    return [
      `<b>${escapeHtml(lot.code)}</b> — ${escapeHtml(labels.status[lot.status])}`,
      `${escapeHtml(labels.area)}: ${escapeHtml(input.formatArea(lot.areaM2))}`,
      `${escapeHtml(labels.value)}: ${escapeHtml(input.formatMoney(value))}`,
    ].join('<br/>');
  };
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesType?: string; dataIndex: number }) => (p.seriesType === 'bar' ? lotTooltip(p.dataIndex) : escapeHtml(site.name)),
    },
    legend: { top: 0, left: '44%', textStyle: { color: textColor }, data: LOT_STATUSES.map((s) => labels.status[s]) },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: 'id',
      // The whole state, fixed: a zoomed or roamed geo would spill over the bars (ECharts does not clip it).
      roam: false,
      left: 10,
      top: 30,
      bottom: 10,
      width: '36%',
      aspectScale: Math.cos((18 * Math.PI) / 180),
      itemStyle: { areaColor: dark ? '#3b3b3b' : '#eef0f2', borderColor: dark ? '#5c5f66' : '#adb5bd', borderWidth: 0.4 },
      emphasis: { itemStyle: { areaColor: dark ? '#4a4a4a' : '#e3e6ea' } },
      select: { disabled: true },
      silent: true,
    }),
    title: placed ? undefined : { text: labels.noPoint, left: '18%', top: 'middle', textAlign: 'center', textStyle: { fontSize: 12, color: textColor, fontWeight: 'normal' } },
    grid: { left: '44%', right: 90, top: 34, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: labels.area, nameLocation: 'middle', nameGap: 22, axisLabel: { color: textColor, formatter: (v: number) => input.formatArea(v) } },
    yAxis: { type: 'category', data: lots.map((l) => l.code), axisLabel: { color: textColor, interval: 0 } },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: placed ? [{ name: site.name, value: [site.lon as number, site.lat as number] }] : [],
        symbolSize: 14,
        itemStyle: { color: '#c92a2a', borderColor: '#ffffff', borderWidth: 1.5 },
        label: { show: true, formatter: '{b}', position: 'right', color: textColor, fontSize: 11, fontWeight: 'bold' },
      },
      ...LOT_STATUSES.map((status) => ({
        type: 'bar' as const,
        name: labels.status[status],
        stack: 'lots',
        barMaxWidth: 18,
        itemStyle: { color: LOT_STATUS_COLORS[status] },
        data: lots.map((l) => (l.status === status ? l.areaM2 : null)),
        label: {
          show: true,
          position: 'right' as const,
          color: textColor,
          fontSize: 10,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? input.formatArea(p.value) : ''),
        },
      })),
    ],
  };
}
