import type { ChartOption } from '../../components/Chart';
import type { Action } from '../../../../shared/features/programmes/types';
import { monthLabel } from '../../i18n/period-label';
import { monthsFrom } from './calendar';
import type { Locale } from '../../i18n/locales';

/**
 * Participants by month of the actions' start: the programme's timeline. Every month from the first
 * action's to the last one's has its bar, a month without actions at zero (a gap left out read as
 * no gap), each named in the UI language ("abr. de 2025", not the key 2025-04).
 */
export function timelineOption(actions: readonly Action[], label: string, format: (n: number) => string, locale: Locale): ChartOption {
  const byMonth = new Map<string, number>();
  for (const a of actions) byMonth.set(a.startDate.slice(0, 7), (byMonth.get(a.startDate.slice(0, 7)) ?? 0) + a.participants);
  const keys = [...byMonth.keys()].sort();
  const months = keys.length === 0 ? [] : monthsFrom(keys[0] ?? '', keys[keys.length - 1] ?? '');
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : String(v)) },
    grid: { left: 56, right: 12, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m, locale)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    series: [{ name: label, type: 'bar', data: months.map((m) => byMonth.get(m) ?? 0), itemStyle: { color: '#228be6' } }],
  };
}
