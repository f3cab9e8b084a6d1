import type { Connection } from '../../db/connection';

export interface IndicatorCell {
  value: number | null;
  missingReason: string | null;
  source: string;
}

export interface MunicipalityPlace {
  code: number;
  name: string;
  stateCode: number;
  stateAbbr: string;
  stateName: string;
  lat: number | null;
  lon: number | null;
}

/** The reads a metric needs: indicator values per subject, places, jobs per territory. */
export class MetricValueRepository {
  constructor(private readonly conn: Connection) {}

  /** One indicator at one period for the given subjects (codes as text), keyed by subject code. */
  indicatorValues(code: string, period: string, kind: 'site' | 'municipality', subjects: readonly string[]): Map<string, IndicatorCell> {
    const rows = this.conn.all<{ subject_code: string; value: number | null; missing_reason: string | null; source: string }>(
      `SELECT subject_code, value, missing_reason, source FROM indicator_value
        WHERE indicator_code = ? AND period = ? AND subject_kind = ?
          AND subject_code IN (SELECT value FROM json_each(?))`,
      [code, period, kind, JSON.stringify(subjects)],
    );
    return new Map(rows.map((r) => [r.subject_code, { value: r.value, missingReason: r.missing_reason, source: r.source }]));
  }

  /** Indicator × period pairs that have values for municipalities or sites, newest period first. */
  indicatorPeriods(): { code: string; period: string }[] {
    return this.conn
      .all<{ indicator_code: string; period: string }>(
        `SELECT DISTINCT indicator_code, period FROM indicator_value
          WHERE subject_kind IN ('municipality', 'site') ORDER BY indicator_code, period DESC`,
      )
      .map((r) => ({ code: r.indicator_code, period: r.period }));
  }

  municipalities(codes: readonly number[]): MunicipalityPlace[] {
    return this.conn
      .all<{ code: number; name: string; state_code: number; abbr: string; state_name: string; lat: number | null; lon: number | null }>(
        `SELECT m.code, m.name, m.state_code, s.abbr, s.name AS state_name, m.lat, m.lon
           FROM municipality m JOIN state s ON s.code = m.state_code
          WHERE m.code IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(codes)],
      )
      .map((r) => ({
        code: r.code,
        name: r.name,
        stateCode: r.state_code,
        stateAbbr: r.abbr,
        stateName: r.state_name,
        lat: r.lat,
        lon: r.lon,
      }));
  }

  /** Formal jobs by IBGE sector for the given territories in one year: territory → sector → value. */
  jobsBySector(year: number, territories: readonly number[]): Map<number, Map<string, number | null>> {
    const out = new Map<number, Map<string, number | null>>();
    this.conn.each<{ territory_code: number; sector_code: string; value: number | null }>(
      `SELECT territory_code, sector_code, value FROM employment
        WHERE classification = 'ibge-setor' AND measure = 'jobs' AND year = ?
          AND territory_code IN (SELECT value FROM json_each(?))`,
      [year, JSON.stringify(territories)],
      (r) => {
        let sectors = out.get(r.territory_code);
        if (!sectors) out.set(r.territory_code, (sectors = new Map<string, number | null>()));
        sectors.set(r.sector_code, r.value);
      },
    );
    return out;
  }
}
