import { Paper, Text } from '@mantine/core';
import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Site } from '../../shared/domain/types';
import { FOCUS_STATE_CODE } from '../../shared/domain/focus-state';
import { Chart, echarts } from '../src/components/Chart';
import { DataGrid } from '../src/components/DataGrid';
import { useLocale } from '../src/i18n';
import { useEngine } from '../src/workspace/workspace-context';
import { siteColumns } from '../src/features/territories/site-columns';
import '../src/features/territories/charts/register-charts';
import { buildChoroplethOption, type ChoroplethOption } from '../src/features/territories/charts/choropleth-option';
import { MAP_SCOPES } from '../src/features/territories/maps/geo';
import { legendClasses } from '../src/features/territories/maps/map-classes';
import { syntheticSites } from './synthetic-sites';
import { WorksBench } from './WorksBench';

export type BenchKind = 'grid' | 'map' | 'works';
export const GRID_BENCH_ROWS = 100_000;

/** `bench.html?bench=grid`, `?bench=map` or `?bench=works` (the dev-only entry): the benchmark pages `npm run bench` drives. */
export function benchMode(): BenchKind | null {
  if (typeof window === 'undefined') return null;
  const value = new URLSearchParams(window.location.search).get('bench');
  return value === 'grid' || value === 'map' || value === 'works' ? value : null;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Two frames: the change is laid out and painted. */
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

/** Waits until the app reported itself ready (demo workspace built, dashboard drawn): a quiet page to measure on. */
function useAppReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stop = false;
    void until(() => stop || document.querySelector('[data-testid="app-ready"]') !== null).then(() => !stop && setReady(true));
    return () => {
      stop = true;
    };
  }, []);
  return ready;
}

function Result({ result }: { result: Record<string, unknown> | null }) {
  return (
    <Text size="xs" component="pre" data-testid={result ? 'bench-result' : 'bench-running'}>
      {result ? JSON.stringify(result) : 'running…'}
    </Text>
  );
}

function GridBench() {
  const { t, locale } = useLocale();
  const [rows, setRows] = useState<Site[] | undefined>(undefined);
  const [result, setResult] = useState<Record<string, unknown> | null>(null);
  const apiRef = useRef<GridApi<Site> | null>(null);
  const columns = useMemo(() => siteColumns(t, locale, null), [t, locale]);
  const onApi = useCallback((api: GridApi<Site> | null) => {
    apiRef.current = api;
  }, []);

  useEffect(() => {
    void (async () => {
      const data = syntheticSites(GRID_BENCH_ROWS);
      await until(() => apiRef.current !== null);
      const t0 = performance.now();
      setRows(data);
      await until(() => document.querySelector('[data-testid="bench-grid"] [row-index="0"]') !== null);
      await painted();
      const firstRender = performance.now() - t0;
      const api = apiRef.current as GridApi<Site>;

      let t1 = performance.now();
      api.applyColumnState({ state: [{ colId: 'jobs', sort: 'desc' }], defaultState: { sort: null } });
      await painted();
      const sort = performance.now() - t1;
      const top = api.getDisplayedRowAtIndex(0)?.data?.jobs ?? null;

      t1 = performance.now();
      await api.setColumnFilterModel('name', { filterType: 'text', type: 'contains', filter: '77' });
      api.onFilterChanged();
      await painted();
      const textFilter = performance.now() - t1;
      const afterText = api.getDisplayedRowCount();

      t1 = performance.now();
      await api.setColumnFilterModel('name', null);
      await api.setColumnFilterModel('areaHa', { filterType: 'number', type: 'greaterThan', filter: 2500 });
      api.onFilterChanged();
      await painted();
      const numberFilter = performance.now() - t1;
      setResult({
        rows: data.length,
        firstRenderMs: Math.round(firstRender),
        sortMs: Math.round(sort),
        textFilterMs: Math.round(textFilter),
        numberFilterMs: Math.round(numberFilter),
        check: { topJobs: top, rowsAfterTextFilter: afterText, rowsAfterNumberFilter: api.getDisplayedRowCount() },
      });
    })();
  }, []);

  return (
    <>
      <Result result={result} />
      <DataGrid<Site>
        rowData={rows}
        columnDefs={columns}
        getRowId={(s) => String(s.id)}
        testId="bench-grid"
        height="calc(100vh - 80px)"
        exportName="bench"
        totals
        onApi={onApi}
      />
    </>
  );
}

function MapBench() {
  const engine = useEngine();
  const [option, setOption] = useState<ChoroplethOption | null>(null);
  const [result, setResult] = useState<Record<string, unknown> | null>(null);
  const start = useRef(0);
  const partial = useRef<Record<string, number>>({});

  useEffect(() => {
    void (async () => {
      // The GeoJSON, parsed and registered as a map never shown before (the dashboard registered its own copy).
      let t0 = performance.now();
      const raw = await import('../../resources/data/geo/mg_municipios_simplified.json?raw');
      echarts.registerMap('bench-mg', JSON.parse(raw.default) as Parameters<typeof echarts.registerMap>[1]);
      partial.current.geoJsonParseRegisterMs = performance.now() - t0;

      t0 = performance.now();
      start.current = t0;
      const metric = (await engine.mapMetrics()).find((m) => m.id.startsWith('indicator:POP:')) ?? (await engine.mapMetrics())[0];
      if (!metric) throw new Error('No map metric in the demo workspace.');
      const [values, municipalities] = await Promise.all([
        engine.mapValues(metric.id, FOCUS_STATE_CODE),
        engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }),
      ]);
      partial.current.dataMs = performance.now() - t0;
      const t1 = performance.now();
      const names = new Map(municipalities.map((m) => [m.code, m.name]));
      const areas = values.map((v) => ({ key: String(v.code), name: names.get(v.code) ?? '', value: v.value }));
      const { bounds, classes } = legendClasses(
        areas.map((a) => a.value),
        'jenks',
        5,
        'pt-BR',
      );
      partial.current.jenksMs = performance.now() - t1;
      partial.current.municipalities = areas.length;
      setOption(
        buildChoroplethOption({
          mapName: 'bench-mg',
          nameProperty: MAP_SCOPES.mg.nameProperty,
          latitude: MAP_SCOPES.mg.latitude,
          areas,
          metric: { label: metric.label.pt, source: metric.source, format: String },
          bounds,
          colors: classes.map((c) => c.color),
          classLabels: classes.map((c) => c.label),
          markers: [],
          markerMetric: null,
          dark: false,
          labels: { noData: '–', source: 'Fonte', sites: 'Distritos', areas: 'Municípios', classOf: () => '' },
        }),
      );
      await until(() => document.querySelector('[data-testid="bench-map"][data-render-finished="true"]') !== null);
      await painted();
      const round = (v: number | undefined) => Math.round(v ?? 0);
      setResult({
        metric: metric.id,
        municipalities: partial.current.municipalities,
        geoJsonParseRegisterMs: round(partial.current.geoJsonParseRegisterMs),
        dataMs: round(partial.current.dataMs),
        jenksMs: round(partial.current.jenksMs),
        firstRenderMs: Math.round(performance.now() - start.current),
      });
    })();
  }, [engine]);

  return (
    <>
      <Result result={result} />
      {option && <Chart option={option} height="calc(100vh - 80px)" title="bench" testId="bench-map" />}
    </>
  );
}

function WorksBenchPage() {
  const [result, setResult] = useState<Record<string, unknown> | null>(null);
  return (
    <>
      <Result result={result} />
      <WorksBench onResult={setResult} />
    </>
  );
}

/** The benchmark page over the app, started once the app is ready. */
export function BenchOverlay({ kind }: { kind: BenchKind }) {
  const ready = useAppReady();
  return (
    <Paper style={{ position: 'fixed', inset: 0, zIndex: 500, padding: 12 }} data-testid="bench-overlay">
      {ready ? kind === 'grid' ? <GridBench /> : kind === 'map' ? <MapBench /> : <WorksBenchPage /> : <Result result={null} />}
    </Paper>
  );
}
