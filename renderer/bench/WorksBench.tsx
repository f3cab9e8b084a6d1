import { createGrid, type GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SCurvePoint } from '../../shared/analysis/works/s-curve';
import { portfolioRows, portfolioSCurve } from '../../shared/features/works/portfolio';
import type { PortfolioRow } from '../../shared/features/works/types';
import { Chart, echarts, type ChartOption } from '../src/components/Chart';
import { DataGrid } from '../src/components/DataGrid';
import { useLocale } from '../src/i18n';
import { GANTT_WINDOW, ganttOption, ganttOrder } from '../src/features/works/gantt-option';
import { portfolioColumns } from '../src/features/works/portfolio-columns';
import { sCurveOption } from '../src/features/works/scurve-option';
import { workRowId } from '../src/features/works/PortfolioPanel';
import { worksChartLabels } from '../src/features/works/works-chart-labels';
import '../src/features/works/works-echarts';
import { syntheticPortfolio, WORKS_BENCH } from './synthetic-works';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const painted = async () => {
  await frame();
  await frame();
};
async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('Benchmark timed out.');
    await frame();
  }
}
/**
 * The anchors the figures are divided by, drawn in the same page after them (so warmed up, which only
 * makes the ratios stricter): a bare AG Grid of the same rows (plain fields, no formatter, no wrapper)
 * and a bare ECharts bar chart of GANTT_WINDOW bars, each to its first frame.
 */
async function anchors(rows: PortfolioRow[], host: HTMLElement): Promise<{ bareGridMs: number; bareChartMs: number }> {
  const gridBox = document.createElement('div');
  gridBox.style.cssText = 'position:fixed;left:0;top:0;width:720px;height:800px';
  host.appendChild(gridBox);
  let t0 = performance.now();
  const fields = Object.keys(rows[0] ?? {}).slice(0, 18) as (keyof PortfolioRow)[];
  const grid = createGrid(gridBox, { rowData: rows, columnDefs: fields.map((field) => ({ field })) });
  await until(() => gridBox.querySelector('[row-index="0"]') !== null);
  await painted();
  const bareGridMs = performance.now() - t0;
  grid.destroy();
  gridBox.remove();
  const chartBox = document.createElement('div');
  chartBox.style.cssText = 'position:fixed;left:0;top:0;width:720px;height:540px';
  host.appendChild(chartBox);
  t0 = performance.now();
  const chart = echarts.init(chartBox, undefined, { renderer: 'canvas' });
  const drawn = new Promise<void>((resolve) => chart.on('finished', () => resolve()));
  chart.setOption({
    animation: false,
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.slice(0, GANTT_WINDOW).map((r) => r.workCode) },
    series: [{ type: 'bar', data: rows.slice(0, GANTT_WINDOW).map((r) => r.budgetPlanned) }],
  });
  await drawn;
  const bareChartMs = performance.now() - t0;
  chart.dispose();
  chartBox.remove();
  return { bareGridMs, bareChartMs };
}

/** console.profile/profileEnd: Chromium's, not in the DOM typings (no-ops unless a profiler listens). */
const devtools = console as Console & { profile?: (label: string) => void; profileEnd?: (label: string) => void };

const finished = (testId: string) => document.querySelector(`[data-testid="${testId}"][data-render-finished="true"]`) !== null;

/**
 * `bench.html?bench=works`: the portfolio grid and the Gantt with 5,000 works × 24 measurements (first
 * render, a district filter) and the S-curve of the whole portfolio. The earned-value figures of the
 * rows are computed before the clock starts ("after data is loaded"), and reported apart.
 */
export function WorksBench({ onResult }: { onResult: (r: Record<string, unknown>) => void }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const labels = useMemo(() => worksChartLabels(t, locale), [t, locale]);
  const columns = useMemo(() => portfolioColumns(t, locale), [t, locale]);
  const [rows, setRows] = useState<PortfolioRow[] | undefined>(undefined);
  const [gantt, setGantt] = useState<ChartOption | null>(null);
  const [curve, setCurve] = useState<ChartOption | null>(null);
  const apiRef = useRef<GridApi<PortfolioRow> | null>(null);
  const onApi = useCallback((api: GridApi<PortfolioRow> | null) => {
    apiRef.current = api;
  }, []);

  useEffect(() => {
    void (async () => {
      const input = syntheticPortfolio();
      const { statusDate } = WORKS_BENCH;
      let t0 = performance.now();
      const data = portfolioRows(input, statusDate);
      const rowsComputeMs = performance.now() - t0;
      await until(() => apiRef.current !== null);

      // `&profile=gantt`, `scurve` or `grid`: that figure inside a CPU profile (test/bench/profile-works.mjs reads it over CDP).
      const profiled = new URLSearchParams(window.location.search).get('profile');
      if (profiled === 'grid') devtools.profile?.('grid');
      t0 = performance.now();
      setRows(data);
      await until(() => document.querySelector('[data-testid="bench-works-grid"] [row-index="0"]') !== null);
      await painted();
      const gridFirstRenderMs = performance.now() - t0;
      if (profiled === 'grid') devtools.profileEnd?.('grid');
      const api = apiRef.current as GridApi<PortfolioRow>;
      t0 = performance.now();
      await api.setColumnFilterModel('siteName', { filterType: 'text', type: 'equals', filter: 'Distrito 07' });
      api.onFilterChanged();
      await painted();
      const gridFilterMs = performance.now() - t0;
      const gridRowsAfterFilter = api.getDisplayedRowCount();

      if (profiled === 'gantt') devtools.profile?.('gantt');
      t0 = performance.now();
      const firstGantt = ganttOption(data, statusDate, labels.gantt, 'quarter', null, []);
      // The option's part (row order and axis span over every work, the window's bars); the rest is React and ECharts.
      const ganttOptionMs = performance.now() - t0;
      setGantt(firstGantt);
      await until(() => finished('bench-works-gantt'));
      const ganttFirstRenderMs = performance.now() - t0;
      if (profiled === 'gantt') devtools.profileEnd?.('gantt');
      t0 = performance.now();
      const district = data.filter((r) => r.siteName === 'Distrito 07');
      setGantt(ganttOption(district, statusDate, labels.gantt, 'quarter', null, []));
      await frame();
      await until(() => finished('bench-works-gantt'));
      const ganttFilterMs = performance.now() - t0;
      // The next window of the whole portfolio, as the panel's pager draws it (order kept from the first render).
      const order = ganttOrder(data);
      t0 = performance.now();
      setGantt(ganttOption(order, statusDate, labels.gantt, 'quarter', null, [], GANTT_WINDOW, true));
      await frame();
      await until(() => finished('bench-works-gantt'));
      const ganttPageMs = performance.now() - t0;

      if (profiled === 'scurve') devtools.profile?.('scurve');
      t0 = performance.now();
      const points: SCurvePoint[] = portfolioSCurve(input, statusDate);
      const sCurveComputeMs = performance.now() - t0;
      setCurve(sCurveOption(points, labels.scurve));
      await until(() => finished('bench-works-scurve'));
      const sCurveMs = performance.now() - t0;
      if (profiled === 'scurve') devtools.profileEnd?.('scurve');
      const { bareGridMs, bareChartMs } = await anchors(data, document.body);
      const round = Math.round;
      onResult({
        works: input.works.length,
        measurements: [...input.measurements.values()].reduce((s, m) => s + m.length, 0),
        rowsComputeMs: round(rowsComputeMs),
        gridFirstRenderMs: round(gridFirstRenderMs),
        gridFilterMs: round(gridFilterMs),
        ganttFirstRenderMs: round(ganttFirstRenderMs),
        ganttOptionMs: round(ganttOptionMs),
        ganttFilterMs: round(ganttFilterMs),
        ganttPageMs: round(ganttPageMs),
        bareGridMs: round(bareGridMs),
        bareChartMs: round(bareChartMs),
        sCurveMs: round(sCurveMs),
        sCurveComputeMs: round(sCurveComputeMs),
        check: { gridRowsAfterFilter, ganttRowsAfterFilter: district.length, sCurvePoints: points.length },
      });
    })();
  }, [labels, onResult]);

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
      <DataGrid<PortfolioRow>
        rowData={rows}
        columnDefs={columns}
        getRowId={workRowId}
        testId="bench-works-grid"
        height="calc(100vh - 80px)"
        exportName="bench"
        totals
        onApi={onApi}
      />
      <div>
        {gantt && <Chart option={gantt} height="60vh" title="bench" testId="bench-works-gantt" />}
        {curve && <Chart option={curve} height="30vh" title="bench" testId="bench-works-scurve" />}
      </div>
    </div>
  );
}
