import type { Connection } from '../../db/connection';
import type { SiteMetric, SiteMetricValue, StateMap } from './types';
import type { Site } from '../../domain/types';
import { isAdditiveUnit } from './units';
import { parseCriterionSource } from '../../domain/metric-id';
import { ArranjoError } from '../../errors';
import { FactsRepository } from './facts-repository';
import { IndicatorCatalogRepository } from './indicator-catalog-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { listMapMetrics, mapMetricValues } from '../metrics';

/**
 * The Brazilian states map of a map metric. State values are used when the workspace has them;
 * otherwise an additive metric (people, jobs, money) is the sum of the state's municipalities,
 * with how many of them had a value. A ratio or an index is never summed: those states show none.
 */
export function stateMap(conn: Connection, metricId: string): StateMap {
  const states = new TerritoryRepository(conn).listStates();
  const totals = new FactsRepository(conn).municipalityCountByState();
  const metric = parseCriterionSource(metricId);
  let sums: Map<number, { sum: number; withValue: number }> | null = null;
  let direct: Map<number, number | null> | null = null;
  if (metric?.kind === 'indicator') {
    const repo = new IndicatorCatalogRepository(conn);
    const d = repo.get(metric.code);
    if (!d) throw new ArranjoError('INVALID_INPUT', `Unknown map metric "${metricId}".`);
    const own = repo.stateValues(d.code, metric.period);
    if (own.size > 0) direct = own;
    else if (isAdditiveUnit(d.unit)) sums = repo.municipalSumsByState(d.code, metric.period);
  } else if (metric?.kind === 'jobs') {
    sums = new FactsRepository(conn).jobsByState(metric.year, metric.sector);
  } else {
    throw new ArranjoError('INVALID_INPUT', `Unknown map metric "${metricId}".`);
  }
  return {
    method: direct ? 'state-values' : sums ? 'sum-of-municipalities' : 'none',
    values: states.map((s) => {
      const sum = sums?.get(s.code);
      return {
        code: s.code,
        abbr: s.abbr,
        name: s.name,
        value: direct ? (direct.get(s.code) ?? null) : (sum?.sum ?? null),
        coverage: sums ? { withValue: sum?.withValue ?? 0, total: totals.get(s.code) ?? 0 } : null,
      };
    }),
  };
}

const SITE_FIELDS = {
  areaHa: { pt: 'Área (ha)', en: 'Area (ha)', es: 'Área (ha)', unit: 'ha' },
  lotsTotal: { pt: 'Lotes (total)', en: 'Lots (total)', es: 'Lotes (total)', unit: 'lotes' },
  lotsAvailable: { pt: 'Lotes disponíveis', en: 'Available lots', es: 'Lotes disponibles', unit: 'lotes' },
  firms: { pt: 'Empresas instaladas', en: 'Firms', es: 'Empresas instaladas', unit: 'empresas' },
  jobs: { pt: 'Empregos no distrito', en: 'Jobs in the site', es: 'Empleos en el sitio', unit: 'empregos' },
} as const satisfies Partial<Record<keyof Site, { pt: string; en: string; es: string; unit: string }>>;
type SiteField = keyof typeof SITE_FIELDS;

/** What can size or colour the site markers: the site's own fields and indicators, or its municipality's metrics. */
export function siteMetrics(conn: Connection): SiteMetric[] {
  const metrics: SiteMetric[] = (Object.keys(SITE_FIELDS) as SiteField[]).map((field) => {
    const f = SITE_FIELDS[field];
    return { id: `site:${field}`, label: { pt: f.pt, en: f.en, es: f.es }, unit: f.unit, source: '' };
  });
  const repo = new IndicatorCatalogRepository(conn);
  const definitions = new Map(repo.list().map((d) => [d.code, d]));
  for (const { code, period } of repo.siteIndicators()) {
    const d = definitions.get(code);
    if (d)
      metrics.push({
        id: `site-indicator:${code}`,
        label: { pt: `${d.namePt} ${period}`, en: `${d.nameEn} ${period}`, es: `${d.nameEs} ${period}` },
        unit: d.unit,
        source: d.source,
      });
  }
  for (const m of listMapMetrics(conn)) {
    metrics.push({
      id: `host:${m.id}`,
      label: { pt: `Município: ${m.label.pt}`, en: `Municipality: ${m.label.en}`, es: `Municipio: ${m.label.es}` },
      unit: m.unit,
      source: m.source,
    });
  }
  return metrics;
}

export function siteMetricValues(conn: Connection, metricId: string): SiteMetricValue[] {
  const sites = new SiteRepository(conn).list();
  if (metricId.startsWith('site:')) {
    const field = metricId.slice(5);
    if (!(field in SITE_FIELDS)) throw new ArranjoError('INVALID_INPUT', `Unknown site metric "${metricId}".`);
    return sites.map((s) => ({ siteId: s.id, value: s[field as SiteField] }));
  }
  if (metricId.startsWith('site-indicator:')) {
    const { values } = new IndicatorCatalogRepository(conn).latestSiteValues(metricId.slice('site-indicator:'.length));
    return sites.map((s) => ({ siteId: s.id, value: values.get(s.id) ?? null }));
  }
  if (metricId.startsWith('host:')) {
    const inner = metricId.slice(5);
    const byState = new Map<number, Map<number, number | null>>();
    return sites.map((s) => {
      if (s.municipalityCode === null) return { siteId: s.id, value: null };
      const state = Math.floor(s.municipalityCode / 100_000);
      let values = byState.get(state);
      if (!values) {
        values = new Map(mapMetricValues(conn, inner, state).map((v) => [v.code, v.value]));
        byState.set(state, values);
      }
      return { siteId: s.id, value: values.get(s.municipalityCode) ?? null };
    });
  }
  throw new ArranjoError('INVALID_INPUT', `Unknown site metric "${metricId}".`);
}
