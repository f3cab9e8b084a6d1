import type { Connection } from '../db/connection';
import { KeptReads } from '../db/kept-reads';
import type { Municipality, State } from '../domain/types';
import { byName } from '../text/name-order';

/** municipalityNames, kept while the workspace is unchanged. */
const KEPT_NAMES = new KeptReads<ReadonlyMap<number, string>>(1);

export interface StateRow {
  code: number;
  abbr: string;
  name: string;
  region: string;
  lat: number | null;
  lon: number | null;
}

export interface GeoRegionRow {
  code: number;
  kind: 'immediate' | 'intermediate';
  name: string;
  stateCode: number;
}

export interface MunicipalityRow {
  code: number;
  name: string;
  stateCode: number;
  lat: number | null;
  lon: number | null;
  isCapital: boolean;
  immediateRegion: number | null;
  intermediateRegion: number | null;
}

interface MunicipalityDbRow extends Record<string, string | number | null> {
  code: number;
  name: string;
  state_code: number;
  state_abbr: string;
  lat: number | null;
  lon: number | null;
  is_capital: number;
  immediate_name: string | null;
  intermediate_name: string | null;
}

export class TerritoryRepository {
  constructor(private readonly conn: Connection) {}

  insertStates(states: readonly StateRow[]): void {
    this.conn.runMany(
      'INSERT INTO state (code, abbr, name, region, lat, lon) VALUES (?, ?, ?, ?, ?, ?)',
      states.map((s) => [s.code, s.abbr, s.name, s.region, s.lat, s.lon]),
    );
  }

  insertRegions(regions: readonly GeoRegionRow[]): void {
    this.conn.runMany(
      'INSERT INTO geo_region (code, kind, name, state_code) VALUES (?, ?, ?, ?)',
      regions.map((r) => [r.code, r.kind, r.name, r.stateCode]),
    );
  }

  insertMunicipalities(rows: readonly MunicipalityRow[]): void {
    this.conn.runMany(
      `INSERT INTO municipality (code, name, state_code, lat, lon, is_capital, immediate_region, intermediate_region)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      rows.map((m) => [m.code, m.name, m.stateCode, m.lat, m.lon, m.isCapital ? 1 : 0, m.immediateRegion, m.intermediateRegion]),
    );
  }

  isMunicipality(code: number): boolean {
    return !!this.conn.get('SELECT 1 AS x FROM municipality WHERE code = ?', [code]);
  }

  listStates(): State[] {
    return byName(
      this.conn.all<{ code: number; abbr: string; name: string; region: string }>('SELECT code, abbr, name, region FROM state'),
      (s) => s.name,
    );
  }

  listMunicipalities(stateCode?: number): Municipality[] {
    const rows = this.conn.all<MunicipalityDbRow>(
      `SELECT m.code, m.name, m.state_code, s.abbr AS state_abbr, m.lat, m.lon, m.is_capital,
              ri.name AS immediate_name, rt.name AS intermediate_name
         FROM municipality m
         JOIN state s ON s.code = m.state_code
         LEFT JOIN geo_region ri ON ri.code = m.immediate_region
         LEFT JOIN geo_region rt ON rt.code = m.intermediate_region
        WHERE (? IS NULL OR m.state_code = ?)`,
      [stateCode ?? null, stateCode ?? null],
    );
    return byName(rows, (r) => r.name).map((r) => ({
      code: r.code,
      name: r.name,
      stateCode: r.state_code,
      stateAbbr: r.state_abbr,
      lat: r.lat,
      lon: r.lon,
      isCapital: r.is_capital === 1,
      immediateRegion: r.immediate_name,
      intermediateRegion: r.intermediate_name,
    }));
  }

  /**
   * Map from 6-digit IBGE codes (the code without its check digit, as RAIS and FJP publish it) to
   * the 7-digit code. The 6-digit prefix is unique among Brazilian municipalities.
   */
  codesBySixDigits(): Map<number, number> {
    const rows = this.conn.all<{ code: number }>('SELECT code FROM municipality');
    return new Map(rows.map((r) => [Math.floor(r.code / 10), r.code]));
  }

  /**
   * Each municipality's code and state, in code order: what matching a file's territories by code
   * needs (an import's index; the names are read only when a file names its places).
   */
  municipalityStates(): { code: number; stateCode: number }[] {
    const out: { code: number; stateCode: number }[] = [];
    this.conn.eachValues('SELECT code, state_code FROM municipality ORDER BY code', [], ([code, stateCode]) =>
      out.push({ code: Number(code), stateCode: Number(stateCode) }),
    );
    return out;
  }

  /**
   * Every municipality's name by code, kept while the workspace is unchanged: the economy area's first
   * open asks for them in each of its five analyses (5,570 names each time, ~0.1 s of the engine's
   * first clicks in a trace; issue 16). Read-only for callers.
   */
  municipalityNames(): ReadonlyMap<number, string> {
    return KEPT_NAMES.get(this.conn, 'names', () => {
      const names = new Map<number, string>();
      this.conn.eachValues('SELECT code, name FROM municipality', [], ([code, name]) => names.set(Number(code), String(name)));
      return names;
    });
  }
}
