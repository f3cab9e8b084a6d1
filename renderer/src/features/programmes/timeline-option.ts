import type { ChartOption } from '../../components/Chart';
import type { Action } from '../../../../shared/features/programmes/types';

/** Participants by month of the actions' start: the programme's timeline. */
export function timelineOption(actions: readonly Action[], label: string, format: (n: number) => string): ChartOption {
  const months = new Map<string, number>();
  for (const a of actions) months.set(a.startDate.slice(0, 7), (months.get(a.startDate.slice(0, 7)) ?? 0) + a.participants);
  const keys = [...months.keys()].sort();
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : String(v)) },
    grid: { left: 56, right: 12, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: keys },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    series: [{ name: label, type: 'bar', data: keys.map((k) => months.get(k) ?? 0), itemStyle: { color: '#228be6' } }],
  };
}
