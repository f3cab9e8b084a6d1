import type { ChartOption } from '../../components/Chart';
import type { SCurvePoint } from '../../../../shared/analysis/works/s-curve';

export interface CurveLabels {
  planned: string;
  physical: string;
  financial: string;
  formatPct: (v: number) => string;
  /** An axis tick (20 for 20 %) as the language writes a percentage: "20%" in pt-BR, "20 %" in es. */
  formatAxisPct: (v: number) => string;
  /** A month key (2025-04) as the axis and the tooltip write it. */
  formatMonth: (month: string) => string;
}

/** Planned vs actual cumulative progress (physical and financial) by month, in % of the budget. */
export function sCurveOption(points: readonly SCurvePoint[], labels: CurveLabels): ChartOption {
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '–' : labels.formatPct(v)) },
    xAxis: { type: 'category', data: points.map((p) => labels.formatMonth(p.month)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => labels.formatAxisPct(v) } },
    series: [
      {
        type: 'line',
        name: labels.planned,
        data: points.map((p) => round(p.planned)),
        color: '#868e96',
        lineStyle: { type: 'dashed' },
        symbol: 'none',
      },
      // Wider, under the financial line: where spending keeps pace with the works the two coincide,
      // and the physical line showed nowhere (the demo portfolio's whole curve).
      {
        type: 'line',
        name: labels.physical,
        data: points.map((p) => round(p.physical)),
        color: '#1971c2',
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { width: 6 },
      },
      {
        type: 'line',
        name: labels.financial,
        data: points.map((p) => round(p.financial)),
        color: '#2f9e44',
        symbol: 'triangle',
        symbolSize: 6,
        lineStyle: { width: 2 },
      },
    ],
  };
}

export interface EvLabels {
  pv: string;
  ev: string;
  ac: string;
  formatMoney: (v: number) => string;
  /** A month key (2025-04) as the axis and the tooltip write it. */
  formatMonth: (month: string) => string;
}

/** PV, EV and AC by month (PMI's three curves), in R$. */
export function earnedValueOption(points: readonly SCurvePoint[], labels: EvLabels): ChartOption {
  return {
    animation: false,
    grid: { left: 80, right: 24, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '–' : labels.formatMoney(v)) },
    xAxis: { type: 'category', data: points.map((p) => labels.formatMonth(p.month)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.formatMoney(v) } },
    series: [
      { type: 'line', name: labels.pv, data: points.map((p) => p.pv), color: '#868e96', lineStyle: { type: 'dashed' }, symbol: 'none' },
      // EV wider, under AC: on budget they coincide, and EV showed nowhere (see the S-curve).
      { type: 'line', name: labels.ev, data: points.map((p) => p.ev), color: '#1971c2', symbolSize: 9, lineStyle: { width: 6 } },
      { type: 'line', name: labels.ac, data: points.map((p) => p.ac), color: '#e03131', symbolSize: 5, lineStyle: { width: 2 } },
    ],
  };
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

export interface BudgetLabels {
  planned: string;
  committed: string;
  disbursed: string;
  formatMoney: (v: number) => string;
}

/** Planned, committed and disbursed side by side per group (district or funding source). */
export function budgetOption(
  groups: readonly { name: string; planned: number; committed: number; disbursed: number }[],
  labels: BudgetLabels,
): ChartOption {
  return {
    animation: false,
    grid: { left: 200, right: 24, top: 36, bottom: 30 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => labels.formatMoney(v) },
    // A district's long name wraps at spaces ("Distrito Industrial de Governador …" was cut); four
    // or five money ticks, as seven ("R$ 12 mi R$ 15 mi R$ 18 mi…") touched in a half-width panel.
    yAxis: {
      type: 'category',
      inverse: true,
      data: groups.map((g) => g.name),
      axisLabel: { width: 190, overflow: 'break', lineHeight: 14 },
    },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: (v: number) => labels.formatMoney(v) } },
    series: [
      { type: 'bar', name: labels.planned, data: groups.map((g) => g.planned), color: '#a5d8ff' },
      { type: 'bar', name: labels.committed, data: groups.map((g) => g.committed), color: '#4dabf7' },
      { type: 'bar', name: labels.disbursed, data: groups.map((g) => g.disbursed), color: '#1864ab' },
    ],
  };
}
