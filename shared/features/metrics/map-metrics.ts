import type { Connection } from '../../db/connection';
import type { Classification, MapMetric, MapValue, Measure } from '../../domain/types';
import { sectorNameIn } from '../../domain/ibge-sectors';
import { criterionSourceLabel, criterionUnit, formatCriterionSource, parseCriterionSource } from '../../domain/metric-id';
import { ArranjoError } from '../../errors';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { IndicatorValueRepository } from '../../repositories/indicator-value-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { ActivityLevels } from '../economy';
import { activityOptions } from './activity-metric';
import { describeSubjects, resolveMetric } from './metric-resolver';

/**
 * What can shade a municipal map: each indicator at each period it has, and formal jobs (total and
 * per IBGE sector) for each year imported. Ids encode the choice: `indicator:POP:2022`,
 * `jobs:total:2020`, `jobs:sector:2:2020`.
 */
export function listMapMetrics(conn: Connection): MapMetric[] {
  const metrics: MapMetric[] = [];
  const employment = new EmploymentRepository(conn);
  const sectors = new ClassificationRepository(conn).list('ibge-setor');
  // Each measure's files, once per level and year: the map footer and its PNG name them (never a
  // provider the values did not come from: the jobs are the imported RAIS files', or whoever's).
  const levels = new ActivityLevels(conn);
  const files = new Map<string, string>();
  const filesOf = (s: { classification: Classification; measure: Measure; year: number }): string => {
    const key = `${s.classification}|${s.measure}|${s.year}`;
    let text = files.get(key);
    if (text === undefined) {
      text = `${levels
        .sources(s.classification, s.measure, s.year)
        .map((f) => f.file)
        .join(', ')}, ${s.year}`;
      files.set(key, text);
    }
    return text;
  };
  for (const year of employment.years('ibge-setor').reverse()) {
    const source = filesOf({ classification: 'ibge-setor', measure: 'jobs', year });
    metrics.push({
      id: `jobs:total:${year}`,
      label: { pt: `Empregos formais ${year}`, en: `Formal jobs ${year}`, es: `Empleos formales ${year}` },
      unit: 'empregos',
      source,
    });
    for (const sector of sectors) {
      const name = (lang: 'pt' | 'en' | 'es') => sectorNameIn(lang, sector.code, sector.name);
      metrics.push({
        id: `jobs:sector:${sector.code}:${year}`,
        label: {
          pt: `Empregos formais ${year} — ${name('pt')}`,
          en: `Formal jobs ${year} — ${name('en')}`,
          es: `Empleos formales ${year} — ${name('es')}`,
        },
        unit: 'empregos',
        source,
      });
    }
  }
  for (const source of activityOptions(conn)) {
    metrics.push({
      id: formatCriterionSource(source),
      label: criterionSourceLabel(source),
      unit: criterionUnit(source),
      source: filesOf(source),
    });
  }
  const indicators = new IndicatorRepository(conn);
  const definitions = new Map(indicators.list().map((d) => [d.code, d]));
  for (const { indicatorCode, period } of new IndicatorValueRepository(conn).municipalPeriods()) {
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

/** A map metric's value for every municipality of a state, read by the same resolver as the criteria. */
export function mapMetricValues(conn: Connection, metricId: string, stateCode: number): MapValue[] {
  const metric = parseCriterionSource(metricId);
  if (metric?.kind !== 'indicator' && metric?.kind !== 'jobs' && metric?.kind !== 'activity') {
    throw new ArranjoError('INVALID_INPUT', `Unknown map metric "${metricId}".`);
  }
  const municipalities = new TerritoryRepository(conn).listMunicipalities(stateCode);
  const subjects = describeSubjects(
    conn,
    municipalities.map((m) => ({ kind: 'municipality' as const, code: String(m.code) })),
  );
  const cells = resolveMetric(conn, subjects, metric);
  return municipalities.map((m, i) => ({ code: m.code, value: cells[i]?.value ?? null }));
}
