import type { ChartOption } from '../../components/Chart';
import type { MonitorRow } from '../../../../shared/features/programmes/types';

/** The colour of an actual without a status (and of the actuals' key in the legend). */
const ACTUAL_COLOR = '#228be6';

/**
 * Targets and actuals of one indicator by period: two bar series, both always visible, with their
 * key in the chart (grey the target; the actual coloured by its status, which `actualKey` names):
 * presented full screen or exported, the badges beside the chart on the page are not there.
 */
export function monitorChartOption(
  rows: readonly MonitorRow[],
  /** `actualKey`: the actuals' legend entry, naming the status colours ("Realizado: verde / âmbar / vermelho"). */
  labels: { target: string; actual: string; actualKey: string },
  format: (n: number) => string,
  /** A period key as the UI writes it (period-label.ts): "1º trim. 2025", not "2025-Q1". */
  period: (key: string) => string,
): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') },
    legend: { top: 0, formatter: (name: string) => (name === labels.actual ? labels.actualKey : name) },
    grid: { left: 56, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => period(r.period)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    series: [
      { name: labels.target, type: 'bar', data: rows.map((r) => r.target), itemStyle: { color: '#adb5bd' } },
      {
        name: labels.actual,
        type: 'bar',
        itemStyle: { color: ACTUAL_COLOR },
        data: rows.map((r) => ({
          value: r.actual,
          itemStyle: { color: r.rag === 'red' ? '#e03131' : r.rag === 'amber' ? '#f08c00' : r.rag === 'green' ? '#2f9e44' : ACTUAL_COLOR },
        })),
      },
    ],
  };
}
