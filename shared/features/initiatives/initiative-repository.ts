import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import type { InitiativeData, InitiativeKind } from './schemas';
import type { MergedColumns } from './merge-fields';
import type { InitiativeMember, InitiativeSummary } from './types';
import { byName } from '../../text/name-order';

/** The initiative row as stored (what undo restores). */
export interface InitiativeRow extends Record<string, string | number | null> {
  id: number;
  code: string;
  name: string;
  kind: string;
  route: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  region: string | null;
  sectors: string;
  maturity: string | null;
  managing_body: string | null;
  committee: string | null;
  members: string | null;
  contacts: string | null;
  started_on: string | null;
  ended_on: string | null;
  notes: string | null;
  source: string;
  territory_set_id: number;
  batch_id: number | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  'id, code, name, kind, route, country, lat, lon, region, sectors, maturity, managing_body, committee, members, contacts, started_on, ended_on, notes, source, territory_set_id, batch_id, created_at, updated_at';

/**
 * Latest resident population (indicator POP) of each municipality, in one scan: with max(), SQLite
 * takes the other columns (value, source) from the row holding the maximum (its documented
 * bare-column rule). Materialized by its callers, so it is computed once, not once per member joined
 * to it. For the members `memberCodes` (a subquery of codes) selects: read through the primary key
 * for those members only, not for all 5,571 municipalities × every period (most of the workspace's
 * values; the initiatives list's cost on first open, issue 16).
 */
export const latestPop = (memberCodes: string) => `SELECT CAST(subject_code AS INTEGER) AS code, value AS pop, max(period) AS period,
    source_id AS source_id
  FROM indicator_value
  WHERE indicator_code = 'POP' AND subject_kind = 'municipality' AND value IS NOT NULL
    AND subject_code IN (SELECT CAST(code AS TEXT) FROM (${memberCodes}))
  GROUP BY subject_code`;
export const INITIATIVE_MEMBERS = `SELECT m.municipality_code AS code FROM territory_set_member m
  WHERE m.set_id IN (SELECT territory_set_id FROM initiative)`;
export const SET_MEMBERS = 'SELECT municipality_code AS code FROM territory_set_member WHERE set_id = ?';

function sectorsOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The initiative's own columns, code … source, in the order the INSERT and UPDATE below name them. */
function columnValues(data: Omit<InitiativeData, 'municipalities'>): SqlValue[] {
  return [
    data.code,
    data.name,
    data.kind,
    data.route ?? null,
    data.country,
    data.lat ?? null,
    data.lon ?? null,
    data.region ?? null,
    JSON.stringify(data.sectors),
    data.maturity ?? null,
    data.managingBody ?? null,
    data.committee ?? null,
    data.members ?? null,
    data.contacts ?? null,
    data.startedOn ?? null,
    data.endedOn ?? null,
    data.notes ?? null,
    data.source,
  ];
}

/** The registry of initiatives; their municipalities live in their territory sets. */
export class InitiativeRepository {
  constructor(private readonly conn: Connection) {}

  rows(): InitiativeRow[] {
    return byName(this.conn.all<InitiativeRow>(`SELECT ${COLUMNS} FROM initiative`), (r) => r.name);
  }

  byCode(code: string): InitiativeRow | undefined {
    return this.conn.get<InitiativeRow>(`SELECT ${COLUMNS} FROM initiative WHERE code = ? COLLATE NOCASE`, [code.trim()]);
  }

  byId(id: number): InitiativeRow | undefined {
    return this.conn.get<InitiativeRow>(`SELECT ${COLUMNS} FROM initiative WHERE id = ?`, [id]);
  }

  /** Every initiative with its member count, states and population. */
  summaries(): InitiativeSummary[] {
    const stats = this.conn.all<{
      id: number;
      n: number;
      states: string | null;
      names: string | null;
      pop: number | null;
      with_pop: number;
      set_name: string;
    }>(
      `WITH pop AS MATERIALIZED (${latestPop(INITIATIVE_MEMBERS)})
       SELECT i.id AS id, count(m.municipality_code) AS n,
              (SELECT group_concat(abbr, '|') FROM (SELECT DISTINCT s.abbr AS abbr FROM territory_set_member mm
                 JOIN municipality mu ON mu.code = mm.municipality_code JOIN state s ON s.code = mu.state_code
                 WHERE mm.set_id = i.territory_set_id ORDER BY s.abbr)) AS states,
              (SELECT group_concat(name, '|') FROM (SELECT mu.name AS name FROM territory_set_member mm
                 JOIN municipality mu ON mu.code = mm.municipality_code
                 WHERE mm.set_id = i.territory_set_id ORDER BY mu.name)) AS names,
              sum(pop.pop) AS pop, count(pop.pop) AS with_pop, t.name AS set_name
       FROM initiative i JOIN territory_set t ON t.id = i.territory_set_id
       LEFT JOIN territory_set_member m ON m.set_id = i.territory_set_id
       LEFT JOIN pop ON pop.code = m.municipality_code
       GROUP BY i.id`,
    );
    const byId = new Map(stats.map((s) => [s.id, s]));
    return this.rows().map((r) => {
      const s = byId.get(r.id);
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind as InitiativeKind,
        route: r.route,
        country: r.country,
        states: s?.states ? s.states.split('|') : [],
        municipalities: s?.n ?? 0,
        memberNames: s?.names ? s.names.split('|') : [],
        population: s && s.with_pop > 0 ? s.pop : null,
        sectors: sectorsOf(r.sectors),
        maturity: r.maturity,
        managingBody: r.managing_body,
        lat: r.lat,
        lon: r.lon,
        region: r.region,
        territorySetId: r.territory_set_id,
        territorySetName: s?.set_name ?? '',
        source: r.source,
      };
    });
  }

  memberList(setId: number): InitiativeMember[] {
    return this.conn
      .all<{ code: number; name: string; state: string; pop: number | null }>(
        `WITH pop AS MATERIALIZED (${latestPop(SET_MEMBERS)})
       SELECT mu.code AS code, mu.name AS name, s.abbr AS state, pop.pop AS pop FROM territory_set_member m
       JOIN municipality mu ON mu.code = m.municipality_code JOIN state s ON s.code = mu.state_code
       LEFT JOIN pop ON pop.code = mu.code WHERE m.set_id = ? ORDER BY s.abbr, mu.name`,
        [setId, setId],
      )
      .map((r) => ({ code: r.code, name: r.name, state: r.state, population: r.pop }));
  }

  /** Each municipality of the state in some initiative, with the initiatives' names (by name). */
  byMunicipality(stateCode: number): { code: number; initiatives: string[] }[] {
    const out = new Map<number, string[]>();
    for (const r of this.conn.all<{ code: number; name: string }>(
      `SELECT m.municipality_code AS code, i.name AS name FROM initiative i
       JOIN territory_set_member m ON m.set_id = i.territory_set_id
       JOIN municipality mu ON mu.code = m.municipality_code
       WHERE mu.state_code = ? ORDER BY m.municipality_code, i.name`,
      [stateCode],
    )) {
      const names = out.get(r.code) ?? [];
      names.push(r.name);
      out.set(r.code, names);
    }
    return [...out].map(([code, initiatives]) => ({ code, initiatives }));
  }

  /** Member codes of every initiative, by initiative id. */
  allMembers(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (const r of this.conn.all<{ id: number; code: number }>(
      'SELECT i.id AS id, m.municipality_code AS code FROM initiative i JOIN territory_set_member m ON m.set_id = i.territory_set_id',
    )) {
      const list = out.get(r.id) ?? [];
      list.push(r.code);
      out.set(r.id, list);
    }
    return out;
  }

  insert(data: Omit<InitiativeData, 'municipalities'>, setId: number, batchId: number | null, now: string, id?: number): number {
    this.conn.run(
      `INSERT INTO initiative (id, code, name, kind, route, country, lat, lon, region, sectors, maturity, managing_body, committee, members,
         contacts, started_on, ended_on, notes, source, territory_set_id, batch_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id ?? null, ...columnValues(data), setId, batchId, now, now],
    );
    return id ?? this.conn.lastInsertId();
  }

  update(id: number, data: Omit<InitiativeData, 'municipalities'>, now: string): void {
    this.conn.run(
      `UPDATE initiative SET code = ?, name = ?, kind = ?, route = ?, country = ?, lat = ?, lon = ?, region = ?, sectors = ?, maturity = ?,
         managing_body = ?, committee = ?, members = ?, contacts = ?, started_on = ?, ended_on = ?, notes = ?, source = ?, updated_at = ?
       WHERE id = ?`,
      [...columnValues(data), now, id],
    );
  }

  /** Writes what a merge gave the kept initiative (shared/features/initiatives/merge-fields.ts). */
  updateMerged(id: number, c: MergedColumns, now: string): void {
    this.conn.run(
      `UPDATE initiative SET sectors = ?, maturity = ?, managing_body = ?, committee = ?, members = ?, contacts = ?, started_on = ?,
         ended_on = ?, region = ?, lat = ?, lon = ?, notes = ?, updated_at = ? WHERE id = ?`,
      [
        JSON.stringify(c.sectors),
        c.maturity,
        c.managing_body,
        c.committee,
        c.members,
        c.contacts,
        c.started_on,
        c.ended_on,
        c.region,
        c.lat,
        c.lon,
        c.notes,
        now,
        id,
      ],
    );
  }

  /** Puts a stored row back exactly (undo of an import or an edit). */
  restoreRow(row: InitiativeRow): void {
    this.conn.run(
      `INSERT OR REPLACE INTO initiative (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.code,
        row.name,
        row.kind,
        row.route,
        row.country,
        row.lat,
        row.lon,
        row.region,
        row.sectors,
        row.maturity,
        row.managing_body,
        row.committee,
        row.members,
        row.contacts,
        row.started_on,
        row.ended_on,
        row.notes,
        row.source,
        row.territory_set_id,
        row.batch_id,
        row.created_at,
        row.updated_at,
      ],
    );
  }

  setBatch(id: number, batchId: number | null): void {
    this.conn.run('UPDATE initiative SET batch_id = ? WHERE id = ?', [batchId, id]);
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM initiative WHERE id = ?', [id]);
  }

  createdBy(batchId: number): InitiativeRow[] {
    return this.conn.all<InitiativeRow>(`SELECT ${COLUMNS} FROM initiative WHERE batch_id = ? ORDER BY id`, [batchId]);
  }

  recordPrevious(batchId: number, initiativeId: number, before: unknown, prevBatchId: number | null): void {
    this.conn.run('INSERT OR IGNORE INTO import_previous_initiative (batch_id, initiative_id, before, prev_batch_id) VALUES (?, ?, ?, ?)', [
      batchId,
      initiativeId,
      JSON.stringify(before),
      prevBatchId,
    ]);
  }

  previous(batchId: number): { initiativeId: number; before: string; prevBatchId: number | null }[] {
    return this.conn
      .all<{ initiative_id: number; before: string; prev_batch_id: number | null }>(
        'SELECT initiative_id, before, prev_batch_id FROM import_previous_initiative WHERE batch_id = ? ORDER BY initiative_id',
        [batchId],
      )
      .map((r) => ({ initiativeId: r.initiative_id, before: r.before, prevBatchId: r.prev_batch_id }));
  }

  forgetPrevious(batchId: number): void {
    this.conn.run('DELETE FROM import_previous_initiative WHERE batch_id = ?', [batchId]);
  }

  /** Later batches that replaced initiatives this batch wrote: they must be undone first. */
  blockingBatches(batchId: number): number[] {
    return this.conn
      .all<{ b: number }>(
        `SELECT DISTINCT p.batch_id AS b FROM import_previous_initiative p JOIN import_batch ib ON ib.id = p.batch_id
         WHERE p.prev_batch_id = ? AND ib.undone_at IS NULL ORDER BY b`,
        [batchId],
      )
      .map((r) => r.b);
  }

  count(): number {
    return Number(this.conn.get<{ n: number }>('SELECT count(*) AS n FROM initiative')?.n ?? 0);
  }
}

/** Jobs by IBGE sector of each initiative's territory set, in one year (the latest with data when absent). */
export function sectorProfiles(conn: Connection, year?: number): { year: number | null; profiles: Map<number, Map<string, number>> } {
  const y =
    year ??
    conn.get<{ y: number | null }>("SELECT max(year) AS y FROM employment WHERE classification = 'ibge-setor' AND measure = 'jobs'")?.y ??
    null;
  const profiles = new Map<number, Map<string, number>>();
  if (y === null) return { year: null, profiles };
  for (const r of conn.all<{ id: number; sector: string; jobs: number }>(
    `SELECT i.id AS id, e.sector_code AS sector, sum(e.value) AS jobs FROM initiative i
     JOIN territory_set_member m ON m.set_id = i.territory_set_id
     JOIN employment e ON e.territory_code = m.municipality_code
     WHERE e.classification = 'ibge-setor' AND e.measure = 'jobs' AND e.year = ? AND e.value IS NOT NULL
     GROUP BY i.id, e.sector_code`,
    [y],
  )) {
    const p = profiles.get(r.id) ?? new Map<string, number>();
    p.set(r.sector, r.jobs);
    profiles.set(r.id, p);
  }
  return { year: y, profiles };
}
