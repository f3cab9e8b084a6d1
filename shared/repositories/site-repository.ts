import type { SqlValue } from 'sql.js';
import type { Connection } from '../db/connection';
import type { Site, SiteKind } from '../domain/types';
import type { SiteInput, SitePatch } from '../domain/schemas';
import { byName } from '../text/name-order';

/** Site fields and their columns: the one place that knows how a Site maps onto the table. */
const COLUMNS = {
  code: 'code',
  kind: 'kind',
  name: 'name',
  municipalityCode: 'municipality_code',
  managingBody: 'managing_body',
  areaHa: 'area_ha',
  lotsTotal: 'lots_total',
  lotsOccupied: 'lots_occupied',
  lotsAvailable: 'lots_available',
  firms: 'firms',
  jobs: 'jobs',
  status: 'status',
  lat: 'lat',
  lon: 'lon',
  locationNote: 'location_note',
  notes: 'notes',
  source: 'source',
} as const satisfies Record<keyof SiteInput, string>;

type SiteField = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as SiteField[];

interface SiteDbRow extends Record<string, SqlValue> {
  id: number;
  municipality_name: string | null;
}

function toSite(row: SiteDbRow): Site {
  const site: Record<string, unknown> = { id: row.id, municipalityName: row.municipality_name };
  for (const field of FIELDS) site[field] = row[COLUMNS[field]] ?? null;
  site.source = row.source ?? '';
  return site as unknown as Site;
}

export class SiteRepository {
  constructor(private readonly conn: Connection) {}

  list(): Site[] {
    const rows = this.conn.all<SiteDbRow>(
      `SELECT s.*, m.name AS municipality_name FROM site s
         LEFT JOIN municipality m ON m.code = s.municipality_code`,
    );
    return byName(rows, (r) => String(r.name)).map(toSite);
  }

  /** The sites by code (ordinal), or the one of `siteId`: the order of the canonical CSV layouts. */
  listByCode(siteId?: number): Site[] {
    return this.list()
      .filter((s) => siteId === undefined || s.id === siteId)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  get(id: number): Site | undefined {
    const row = this.conn.get<SiteDbRow>(
      `SELECT s.*, m.name AS municipality_name FROM site s
         LEFT JOIN municipality m ON m.code = s.municipality_code WHERE s.id = ?`,
      [id],
    );
    return row ? toSite(row) : undefined;
  }

  exists(id: number): boolean {
    return !!this.conn.get('SELECT 1 AS x FROM site WHERE id = ?', [id]);
  }

  /** The id of the site with this exact code, if any. */
  idByCode(code: string): number | undefined {
    return this.conn.get<{ id: number }>('SELECT id FROM site WHERE code = ?', [code])?.id;
  }

  codeTaken(code: string, exceptId?: number): boolean {
    return !!this.conn.get('SELECT 1 AS x FROM site WHERE code = ? AND id IS NOT ?', [code, exceptId ?? null]);
  }

  /** Inserts a site; `id` restores a deleted site under its old id (undo). */
  insert(input: SiteInput & { kind: SiteKind }, batchId: number | null = null, id?: number): number {
    const fields = FIELDS.filter((f) => input[f] !== undefined);
    const columns = ['id', 'batch_id', ...fields.map((f) => COLUMNS[f])];
    const values: SqlValue[] = [id ?? null, batchId, ...fields.map((f) => (input[f] ?? null) as SqlValue)];
    this.conn.run(`INSERT INTO site (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, values);
    return id ?? this.conn.lastInsertId();
  }

  update(id: number, patch: SitePatch): void {
    const fields = FIELDS.filter((f) => patch[f] !== undefined);
    if (fields.length === 0) return;
    const assignments = fields.map((f) => `${COLUMNS[f]} = ?`).join(', ');
    this.conn.run(`UPDATE site SET ${assignments} WHERE id = ?`, [...fields.map((f) => (patch[f] ?? null) as SqlValue), id]);
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM site WHERE id = ?', [id]);
  }
}
