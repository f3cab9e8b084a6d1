import type { Connection } from '../../db/connection';
import type { MunicipalColumn, MunicipalityTable } from './types';
import { isAdditiveUnit } from './units';
import { ArranjoError } from '../../errors';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { FactsRepository } from './facts-repository';
import { IndicatorRepository } from '../../repositories/indicator-repository';
import { IndicatorValueRepository } from '../../repositories/indicator-value-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { FactsBuilder } from './facts';
import { sectorNameIn } from '../../domain/ibge-sectors';

export interface MunicipalityTableQuery {
  stateCode: number;
  /** An immediate or intermediate IBGE region: only its municipalities. */
  regionCode?: number;
  /** A custom territory: only its municipalities (of the state). */
  setId?: number;
}

/**
 * The municipalities of a state with the imported indicators (each at its newest period) and
 * formal jobs of the newest year, in total and by IBGE sector.
 */
export function municipalityTable(conn: Connection, query: MunicipalityTableQuery): MunicipalityTable {
  const facts = new FactsRepository(conn);
  let keep: Set<number> | null = null;
  if (query.regionCode !== undefined) {
    const region = facts.region(query.regionCode);
    if (!region)
      throw new ArranjoError('INVALID_INPUT', `regionCode: ${query.regionCode} is not an IBGE region.`, {}, { field: 'regionCode' });
    keep = new Set(facts.municipalitiesInRegion(region.kind, region.code));
  }
  if (query.setId !== undefined) {
    const set = new TerritorySetRepository(conn).get(query.setId);
    if (!set) throw new ArranjoError('NOT_FOUND', `Territory set ${query.setId} does not exist.`, {}, { field: 'setId' });
    const members = new Set(set.members);
    keep = keep ? new Set([...keep].filter((c) => members.has(c))) : members;
  }
  const municipalities = new TerritoryRepository(conn).listMunicipalities(query.stateCode).filter((m) => !keep || keep.has(m.code));

  const columns: MunicipalColumn[] = [];
  const values = new Map<string, Map<number, number | null>>();
  const indicators = new IndicatorValueRepository(conn);
  const definitions = new Map(new IndicatorRepository(conn).list().map((d) => [d.code, d]));
  for (const { code, period, values: v } of indicators.municipalLatest(query.stateCode)) {
    const d = definitions.get(code);
    if (!d) continue;
    const id = `indicator:${code}`;
    columns.push({
      id,
      label: { pt: d.namePt, en: d.nameEn, es: d.nameEs },
      unit: d.unit,
      period,
      source: d.source,
      direction: d.direction,
      additive: isAdditiveUnit(d.unit),
    });
    values.set(id, v);
  }
  const year = new EmploymentRepository(conn).years('ibge-setor', 'jobs').at(-1);
  if (year !== undefined) {
    const jobs = facts.stateJobsBySector(query.stateCode, year);
    const source = new FactsBuilder(conn).jobsSource(year);
    const total = new Map<number, number | null>();
    for (const [code, sectors] of jobs)
      total.set(
        code,
        [...sectors.values()].reduce((a, b) => a + b, 0),
      );
    columns.push({
      id: 'jobs:total',
      label: { pt: 'Empregos formais', en: 'Formal jobs', es: 'Empleos formales' },
      unit: 'empregos',
      period: String(year),
      source,
      direction: 'higher-better',
      additive: true,
    });
    values.set('jobs:total', total);
    for (const [sector, name] of facts.sectorNames()) {
      const id = `jobs:sector:${sector}`;
      const v = new Map<number, number | null>();
      for (const [code, sectors] of jobs) v.set(code, sectors.get(sector) ?? 0);
      columns.push({
        id,
        // The IBGE sectors by their names in each language (the data's are Portuguese).
        label: {
          pt: `Empregos — ${sectorNameIn('pt', sector, name)}`,
          en: `Jobs — ${sectorNameIn('en', sector, name)}`,
          es: `Empleos — ${sectorNameIn('es', sector, name)}`,
        },
        unit: 'empregos',
        period: String(year),
        source,
        direction: 'higher-better',
        additive: true,
      });
      values.set(id, v);
    }
  }
  return {
    columns,
    rows: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      stateAbbr: m.stateAbbr,
      immediateRegion: m.immediateRegion,
      intermediateRegion: m.intermediateRegion,
      values: Object.fromEntries(columns.map((c) => [c.id, values.get(c.id)?.get(m.code) ?? null])),
    })),
  };
}
