import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassMethod } from '../../../../../shared/analysis/compare/class-breaks';
import { FOCUS_STATE_CODE } from '../../../../../shared/domain/focus-state';
import { labelKey } from '../../../i18n/locales';
import { useLocale } from '../../../i18n';
import { useEngineData } from '../../../workspace/use-engine-data';
import { buildChoroplethOption, type ChoroplethArea, type ChoroplethMarker, type ChoroplethOption } from '../charts/choropleth-option';
import { formatFact } from '../format';
import { legendClasses, type LegendClass } from './map-classes';
import { MAP_SCOPES, type MapScope } from './geo';

/** The choices that make a map; stored as a meeting view's spec too. */
export interface MapSpec {
  scope: MapScope;
  metric: string | null;
  method: ClassMethod;
  classes: number;
  siteMetric: string | null;
  markerMode: 'size' | 'color';
}

export const DEFAULT_MAP_SPEC: MapSpec = {
  scope: 'mg',
  metric: null,
  method: 'quantile',
  classes: 5,
  siteMetric: null,
  markerMode: 'size',
};

export interface ChoroplethView {
  loading: boolean;
  error: unknown;
  option: ChoroplethOption | null;
  title: string;
  source: string;
  classes: LegendClass[];
  missing: number;
  areaCount: number;
  note: string | null;
  metricLabel: string | null;
  metrics: { value: string; label: string }[];
  siteMetrics: { value: string; label: string }[];
  /** The metric actually shown (the spec's, or the workspace's first). */
  metricId: string | null;
}

/** Loads and builds a classed map of MG municipalities or of the states, with the site markers. */
export function useChoropleth(spec: MapSpec): ChoroplethView {
  const { t: tc } = useTranslation('territories');
  const { t, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const key = labelKey(locale);

  const lists = useEngineData(async (engine) => {
    const [metrics, siteMetrics] = await Promise.all([engine.mapMetrics(), engine.siteMetrics()]);
    return { metrics, siteMetrics };
  }, []);
  const metric = lists.data?.metrics.find((m) => m.id === spec.metric) ?? lists.data?.metrics[0] ?? null;
  const siteMetric = spec.scope === 'mg' ? (lists.data?.siteMetrics.find((m) => m.id === spec.siteMetric) ?? null) : null;

  const data = useEngineData(
    async (engine) => {
      const scope = MAP_SCOPES[spec.scope];
      await scope.ensure();
      if (!metric) return null;
      if (spec.scope === 'br') {
        const states = await engine.stateMap(metric.id);
        return { kind: 'br' as const, states, municipalities: [], values: [], sites: [], siteValues: [] };
      }
      const [municipalities, values, sites, siteValues] = await Promise.all([
        engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }),
        engine.mapValues(metric.id, FOCUS_STATE_CODE),
        engine.listSites(),
        siteMetric ? engine.siteMetricValues(siteMetric.id) : Promise.resolve([]),
      ]);
      return { kind: 'mg' as const, states: null, municipalities, values, sites, siteValues };
    },
    [spec.scope, metric?.id ?? null, siteMetric?.id ?? null],
  );

  return useMemo<ChoroplethView>(() => {
    const base = {
      loading: lists.loading || data.loading,
      error: lists.error ?? data.error,
      metrics: (lists.data?.metrics ?? []).map((m) => ({ value: m.id, label: m.label[key] })),
      siteMetrics: (lists.data?.siteMetrics ?? []).map((m) => ({ value: m.id, label: m.label[key] })),
      metricId: metric?.id ?? null,
    };
    const d = data.data;
    if (!d || !metric || base.loading) {
      return {
        ...base,
        option: null,
        title: '',
        source: '',
        classes: [],
        missing: 0,
        areaCount: 0,
        note: null,
        metricLabel: metric?.label[key] ?? null,
      };
    }
    const scope = MAP_SCOPES[spec.scope];
    const format = (v: number) => formatFact(v, metric.unit, locale, tc);
    let areas: ChoroplethArea[];
    let note: string | null = null;
    if (d.kind === 'br' && d.states) {
      const method = d.states.method;
      areas = d.states.values.map((s) => ({
        key: s.abbr,
        name: s.name,
        value: s.value,
        note: s.coverage && s.value !== null ? tc('maps.coverage', { count: s.coverage.withValue, total: s.coverage.total }) : undefined,
      }));
      note = method === 'sum-of-municipalities' ? tc('maps.sumNote') : method === 'none' ? tc('maps.notAdditive') : null;
    } else {
      const names = new Map(d.municipalities.map((m) => [m.code, m.name]));
      areas = d.values.map((v) => ({ key: String(v.code), name: names.get(v.code) ?? String(v.code), value: v.value }));
    }
    const values = areas.map((a) => a.value);
    const { bounds, classes, missing } = legendClasses(values, spec.method, spec.classes, locale);
    const siteValue = new Map(d.siteValues.map((v) => [v.siteId, v.value]));
    const markers: ChoroplethMarker[] = d.sites
      .filter((s) => s.lat !== null && s.lon !== null)
      .map((s) => ({
        id: s.id,
        name: s.name,
        lon: s.lon as number,
        lat: s.lat as number,
        municipality: s.municipalityName,
        value: siteValue.get(s.id) ?? null,
      }));
    const label = metric.label[key];
    const option = buildChoroplethOption({
      mapName: scope.mapName,
      nameProperty: scope.nameProperty,
      latitude: scope.latitude,
      areas,
      metric: { label, source: metric.source, format },
      bounds,
      colors: classes.map((c) => c.color),
      classLabels: classes.map((c) => `${c.label} (${c.count})`),
      markers,
      markerMetric: siteMetric
        ? { label: siteMetric.label[key], format: (v) => formatFact(v, siteMetric.unit, locale, tc), mode: spec.markerMode }
        : null,
      dark,
      labels: {
        noData: tc('common.noData'),
        source: t('common.source'),
        sites: tc('maps.sites'),
        areas: spec.scope === 'br' ? tc('maps.states') : tc('maps.municipalities'),
        classOf: (i, k) => tc('maps.classOf', { index: i, count: k, method: tc(`maps.methods.${spec.method}`) }),
      },
    });
    const where = spec.scope === 'br' ? tc('maps.scopeBr') : tc('maps.scopeMg');
    return {
      ...base,
      option,
      title: `${label} — ${where}`,
      source: `${t('common.source')}: ${metric.source}${note ? ` (${note})` : ''}`,
      classes,
      missing,
      areaCount: areas.length,
      note,
      metricLabel: label,
    };
  }, [lists, data, metric, siteMetric, spec, key, locale, t, tc, dark]);
}
