import type { Connection } from '../../db/connection';
import type { MapMetric, MapValue } from '../../domain/types';
import { parseCriterionSource } from '../../domain/metric-id';
import { ArranjoError } from '../../errors';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';

const RAIS_SOURCE = 'MTE/RAIS via FJP';

/**
 * What can shade a municipal map: each indicator at each period it has, and formal jobs (total and
 * per IBGE sector) for each year imported. Ids encode the choice: `indicator:POP:2022`,
 * `jobs:total:2020`, `jobs:sector:2:2020`.
 */
export function listMapMetrics(conn: Connection): MapMetric[] {
  const metrics: MapMetric[] = [];
  const employment = new EmploymentRepository(conn);
  const sectors = new ClassificationRepository(conn).list('ibge-setor');
  for (const year of employment.years('ibge-setor').reverse()) {
    metrics.push({
      id: `jobs:total:${year}`,
      label: { pt: `Empregos formais ${year}`, en: `Formal jobs ${year}`, es: `Empleos formales ${year}` },
      unit: 'empregos',
      source: `${RAIS_SOURCE}, ${year}`,
    });
    for (const sector of sectors) {
      metrics.push({
        id: `jobs:sector:${sector.code}:${year}`,
        label: {
          pt: `Empregos formais ${year} — ${sector.name}`,
          en: `Formal jobs ${year} — ${sector.name}`,
          es: `Empleos formales ${year} — ${sector.name}`,
        },
        unit: 'empregos',
        source: `${RAIS_SOURCE}, ${year}`,
      });
    }
  }
  const indicators = new IndicatorRepository(conn);
  const definitions = new Map(indicators.definitions().map((d) => [d.code, d]));
  for (const { indicatorCode, period } of indicators.municipalPeriods()) {
    const d = definitions.get(indicatorCode);
    if (!d) continue;
    metrics.push({
      id: `indicator:${indicatorCode}:${period}`,
      label: { pt: `${d.namePt} ${period}`, en: `${d.nameEn} ${period}`, es: `${d.nameEs} ${period}` },
      unit: d.unit,
      source: d.source,
    });
  }
  return metrics;
}

export function mapMetricValues(conn: Connection, metricId: string, stateCode: number): MapValue[] {
  const metric = parseCriterionSource(metricId);
  let values: Map<number, number | null>;
  if (metric?.kind === 'indicator') {
    values = new IndicatorRepository(conn).municipalValues(metric.code, metric.period, stateCode);
  } else if (metric?.kind === 'jobs' && metric.sector === null) {
    values = new EmploymentRepository(conn).territoryTotals('ibge-setor', 'jobs', metric.year, stateCode);
  } else if (metric?.kind === 'jobs' && metric.sector !== null) {
    values = sectorJobs(conn, metric.sector, metric.year, stateCode);
  } else {
    throw new ArranjoError('INVALID_INPUT', `Unknown map metric "${metricId}".`);
  }
  return new TerritoryRepository(conn).listMunicipalities(stateCode).map((m) => ({ code: m.code, value: values.get(m.code) ?? null }));
}

function sectorJobs(conn: Connection, sectorCode: string, year: number, stateCode: number): Map<number, number | null> {
  const map = new Map<number, number | null>();
  for (const r of new EmploymentRepository(conn).records('ibge-setor', 'jobs', year)) {
    if (r.sectorCode === sectorCode && Math.floor(r.territoryCode / 100_000) === stateCode) map.set(r.territoryCode, r.value);
  }
  return map;
}
