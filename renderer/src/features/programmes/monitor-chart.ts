import type { ChartOption } from '../../components/Chart';
import type { MonitorRow } from '../../../../shared/features/programmes/types';

/** Targets and actuals of one indicator by period: two bar series, both always visible. */
export function monitorChartOption(
  rows: readonly MonitorRow[],
  labels: { target: string; actual: string },
  format: (n: number) => string,
  /** A period key as the UI writes it (period-label.ts): "1º trim. 2025", not "2025-Q1". */
  period: (key: string) => string,
): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') },
    legend: { show: false },
    grid: { left: 56, right: 16, top: 28, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => period(r.period)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    series: [
      { name: labels.target, type: 'bar', data: rows.map((r) => r.target), itemStyle: { color: '#adb5bd' } },
      {
        name: labels.actual,
        type: 'bar',
        data: rows.map((r) => ({
          value: r.actual,
          itemStyle: { color: r.rag === 'red' ? '#e03131' : r.rag === 'amber' ? '#f08c00' : r.rag === 'green' ? '#2f9e44' : '#228be6' },
        })),
      },
    ],
  };
}
