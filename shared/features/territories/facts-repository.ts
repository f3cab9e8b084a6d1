import type { Connection } from '../../db/connection';
import type { GeoRegion } from './types';

export interface MunicipalityFacts {
  code: number;
  name: string;
  stateCode: number;
  stateAbbr: string;
  lat: number | null;
  lon: number | null;
  immediateRegion: number | null;
  intermediateRegion: number | null;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Reads for profiles, comparisons and the municipalities table: territories, jobs, related records. */
export class FactsRepository {
  constructor(private readonly conn: Connection) {}

  municipalities(codes: readonly number[]): Map<number, MunicipalityFacts> {
    const out = new Map<number, MunicipalityFacts>();
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = codes.slice(i, i + 500);
      const rows = this.conn.all<{
        code: number;
        name: string;
        state_code: number;
        abbr: string;
        lat: number | null;
        lon: number | null;
        immediate_region: number | null;
        intermediate_region: number | null;
      }>(
        `SELECT m.code, m.name, m.state_code, s.abbr, m.lat, m.lon, m.immediate_region, m.intermediate_region
           FROM municipality m JOIN state s ON s.code = m.state_code WHERE m.code IN (${placeholders(chunk.length)})`,
        [...chunk],
      );
      for (const r of rows) {
        out.set(r.code, {
          code: r.code,
          name: r.name,
          stateCode: r.state_code,
          stateAbbr: r.abbr,
          lat: r.lat,
          lon: r.lon,
          immediateRegion: r.immediate_region,
          intermediateRegion: r.intermediate_region,
        });
      }
    }
    return out;
  }

  municipalitiesInRegion(kind: 'immediate' | 'intermediate', regionCode: number): number[] {
    const column = kind === 'immediate' ? 'immediate_region' : 'intermediate_region';
    return this.conn
      .all<{ code: number }>(`SELECT code FROM municipality WHERE ${column} = ? ORDER BY code`, [regionCode])
      .map((r) => r.code);
  }

  municipalitiesInState(stateCode: number): number[] {
    return this.conn
      .all<{ code: number }>('SELECT code FROM municipality WHERE state_code = ? ORDER BY code', [stateCode])
      .map((r) => r.code);
  }

  regions(stateCode: number): GeoRegion[] {
    return this.conn
      .all<{ code: number; kind: GeoRegion['kind']; name: string; state_code: number }>(
        'SELECT code, kind, name, state_code FROM geo_region WHERE state_code = ? ORDER BY kind, name',
        [stateCode],
      )
      .map((r) => ({ code: r.code, kind: r.kind, name: r.name, stateCode: r.state_code }));
  }

  region(code: number): GeoRegion | undefined {
    const r = this.conn.get<{ code: number; kind: GeoRegion['kind']; name: string; state_code: number }>(
      'SELECT code, kind, name, state_code FROM geo_region WHERE code = ?',
      [code],
    );
    return r ? { code: r.code, kind: r.kind, name: r.name, stateCode: r.state_code } : undefined;
  }

  /** Formal jobs (IBGE sectors) of the given municipalities in one year: code → sector → jobs. */
  jobsBySector(codes: readonly number[], year: number): Map<number, Map<string, number>> {
    const out = new Map<number, Map<string, number>>();
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = codes.slice(i, i + 500);
      this.conn.each<{ code: number; sector: string; value: number }>(
        `SELECT territory_code AS code, sector_code AS sector, value FROM employment
          WHERE classification = 'ibge-setor' AND measure = 'jobs' AND year = ? AND value IS NOT NULL
            AND territory_code IN (${placeholders(chunk.length)})`,
        [year, ...chunk],
        (r) => {
          const sectors = out.get(r.code) ?? new Map<string, number>();
          sectors.set(r.sector, r.value);
          out.set(r.code, sectors);
        },
      );
    }
    return out;
  }

  /** Formal jobs of every municipality of a state in one year, by IBGE sector. */
  stateJobsBySector(stateCode: number, year: number): Map<number, Map<string, number>> {
    const out = new Map<number, Map<string, number>>();
    this.conn.each<{ code: number; sector: string; value: number }>(
      `SELECT e.territory_code AS code, e.sector_code AS sector, e.value FROM employment e
         JOIN municipality m ON m.code = e.territory_code
        WHERE e.classification = 'ibge-setor' AND e.measure = 'jobs' AND e.year = ? AND e.value IS NOT NULL AND m.state_code = ?`,
      [year, stateCode],
      (r) => {
        const sectors = out.get(r.code) ?? new Map<string, number>();
        sectors.set(r.sector, r.value);
        out.set(r.code, sectors);
      },
    );
    return out;
  }

  /** Formal jobs (all IBGE sectors, or one) summed per state in one year, with how many municipalities had data. */
  jobsByState(year: number, sectorCode: string | null): Map<number, { sum: number; withValue: number }> {
    const rows = this.conn.all<{ state: number; total: number; n: number }>(
      `SELECT m.state_code AS state, sum(e.value) AS total, count(DISTINCT e.territory_code) AS n FROM employment e
         JOIN municipality m ON m.code = e.territory_code
        WHERE e.classification = 'ibge-setor' AND e.measure = 'jobs' AND e.year = ? AND e.value IS NOT NULL
          AND (? IS NULL OR e.sector_code = ?)
        GROUP BY m.state_code`,
      [year, sectorCode, sectorCode],
    );
    return new Map(rows.map((r) => [r.state, { sum: r.total, withValue: r.n }]));
  }

  municipalityCountByState(): Map<number, number> {
    const rows = this.conn.all<{ state: number; n: number }>(
      'SELECT state_code AS state, count(*) AS n FROM municipality GROUP BY state_code',
    );
    return new Map(rows.map((r) => [r.state, r.n]));
  }

  /** What the later features hold for a site: works, lots, prospects. */
  siteRelated(siteId: number): { projects: number; lots: number; prospects: number } {
    const { works, lots, prospects } = this.siteDependents(siteId);
    return { projects: works, lots, prospects };
  }

  /** Everything that points at a site: works, attraction plans, lots, prospects, programme actions. */
  siteDependents(siteId: number): SiteDependents {
    const count = (table: 'project' | 'attraction_plan' | 'lot' | 'prospect' | 'programme_action') =>
      this.conn.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE site_id = ?`, [siteId])?.n ?? 0;
    return {
      works: count('project'),
      plans: count('attraction_plan'),
      lots: count('lot'),
      prospects: count('prospect'),
      actions: count('programme_action'),
    };
  }

  sectorNames(): Map<string, string> {
    return new Map(
      this.conn
        .all<{ code: string; name: string }>("SELECT code, name FROM classification WHERE scheme = 'ibge-setor'")
        .map((r) => [r.code, r.name]),
    );
  }
}

/** How many records of each later feature hang on one site. */
export interface SiteDependents {
  works: number;
  plans: number;
  lots: number;
  prospects: number;
  actions: number;
}
