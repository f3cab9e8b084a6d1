import type { Connection } from '../../db/connection';
import type { MapMetric, MapValue } from '../../domain/types';
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
  const parts = metricId.split(':');
  let values: Map<number, number | null>;
  if (parts[0] === 'indicator' && parts.length === 3) {
    values = new IndicatorRepository(conn).municipalValues(parts[1] ?? '', parts[2] ?? '', stateCode);
  } else if (parts[0] === 'jobs' && parts[1] === 'total' && parts.length === 3) {
    values = new EmploymentRepository(conn).territoryTotals('ibge-setor', 'jobs', Number(parts[2]), stateCode);
  } else if (parts[0] === 'jobs' && parts[1] === 'sector' && parts.length === 4) {
    values = sectorJobs(conn, parts[2] ?? '', Number(parts[3]), stateCode);
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
