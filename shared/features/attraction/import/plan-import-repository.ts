import type { Connection } from '../../../db/connection';
import { companyKey, lotKey } from '../plan-keys';
import type { LotRecord, ProspectRecord } from './converters';
import { PlanRecordStore } from './converters';

type DbRow = Record<string, string | number | null>;

const LOT_COLUMNS = ['area_m2', 'price_per_m2', 'status', 'zoning', 'pollution_class', 'infrastructure', 'notes'] as const;
const PROSPECT_COLUMNS = [
  'company', 'cnpj', 'cnae', 'investment', 'jobs', 'area_needed_m2', 'stage', 'next_action', 'next_action_date', 'contact', 'notes',
] as const;

function lotValues(r: LotRecord): (string | number | null)[] {
  return [r.areaM2, r.pricePerM2, r.status, r.zoning, r.pollutionClass, r.infrastructure, r.notes];
}
function prospectValues(r: ProspectRecord): (string | number | null)[] {
  return [r.company, r.cnpj, r.cnae, r.investment, r.jobs, r.areaNeededM2, r.stage, r.nextAction, r.nextActionDate, r.contact, r.notes];
}

/** The note on stage changes an import wrote, so undoing the batch removes exactly those. */
const importNote = (batchId: number): string => `import:${batchId}`;

/**
 * Writes and undoes imports of lots and prospects: an existing row (same district and lot code; same
 * district and CNPJ, or company name without one) is updated and its previous state kept for undo.
 */
export class PlanImportRepository {
  /** Each district's prospects without CNPJ by companyKey, read once per district and import. */
  private readonly nameless = new Map<number, Map<string, DbRow>>();
  /** Each district's lots by lotKey, read once per district and import. */
  private readonly lotsBySite = new Map<number, Map<string, DbRow>>();

  constructor(private readonly conn: Connection) {}

  /** The lot a record updates: same district and code, case aside (lotKey). */
  private existingLot(r: LotRecord): DbRow | undefined {
    const sql = 'SELECT * FROM lot WHERE site_id = ? ORDER BY id';
    return this.keyedRows(this.lotsBySite, sql, r.siteId, (row) => lotKey(String(row.code))).get(lotKey(r.code));
  }

  /** The prospect a record updates: same district and CNPJ, or without one the same company (companyKey). */
  private existingProspect(r: ProspectRecord): DbRow | undefined {
    if (r.cnpj) return this.conn.get<DbRow>('SELECT * FROM prospect WHERE site_id = ? AND cnpj = ?', [r.siteId, r.cnpj]);
    const sql = 'SELECT * FROM prospect WHERE site_id = ? AND cnpj IS NULL ORDER BY id';
    return this.keyedRows(this.nameless, sql, r.siteId, (row) => companyKey(String(row.company))).get(companyKey(r.company));
  }

  /**
   * A district's rows by key (the first of a key kept), read by `sql` once per district and import.
   * Rows this import adds need no entry: the converter's store lets a file give each key once.
   */
  private keyedRows(cache: Map<number, Map<string, DbRow>>, sql: string, siteId: number, keyOf: (row: DbRow) => string): Map<string, DbRow> {
    let byKey = cache.get(siteId);
    if (!byKey) {
      byKey = new Map();
      for (const row of this.conn.all<DbRow>(sql, [siteId])) {
        const key = keyOf(row);
        if (!byKey.has(key)) byKey.set(key, row);
      }
      cache.set(siteId, byKey);
    }
    return byKey;
  }

  private remember(batchId: number, entity: 'lot' | 'prospect', row: DbRow): void {
    this.conn.run(
      `INSERT OR IGNORE INTO import_previous_attraction (batch_id, entity, entity_id, before, prev_batch_id) VALUES (?, ?, ?, ?, ?)`,
      [batchId, entity, row.id ?? 0, JSON.stringify(row), row.batch_id ?? null],
    );
  }

  /** Returns [written, replaced]. */
  writeLots(batchId: number, records: readonly LotRecord[]): [number, number] {
    let replaced = 0;
    for (const r of records) {
      const existing = this.existingLot(r);
      if (existing) {
        this.remember(batchId, 'lot', existing);
        this.conn.run(`UPDATE lot SET ${LOT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, batch_id = ? WHERE id = ?`, [...lotValues(r), batchId, existing.id ?? 0]);
        replaced++;
      } else {
        this.conn.run(
          `INSERT INTO lot (site_id, code, ${LOT_COLUMNS.join(', ')}, batch_id) VALUES (?, ?, ${LOT_COLUMNS.map(() => '?').join(', ')}, ?)`,
          [r.siteId, r.code, ...lotValues(r), batchId],
        );
      }
    }
    return [records.length, replaced];
  }

  writeProspects(batchId: number, records: readonly ProspectRecord[], at: string): [number, number] {
    let replaced = 0;
    for (const r of records) {
      const existing = this.existingProspect(r);
      let id: number;
      let from: string | null = null;
      if (existing) {
        this.remember(batchId, 'prospect', existing);
        id = Number(existing.id);
        from = String(existing.stage);
        this.conn.run(`UPDATE prospect SET ${PROSPECT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, batch_id = ? WHERE id = ?`, [
          ...prospectValues(r),
          batchId,
          id,
        ]);
        replaced++;
      } else {
        this.conn.run(
          `INSERT INTO prospect (site_id, ${PROSPECT_COLUMNS.join(', ')}, batch_id) VALUES (?, ${PROSPECT_COLUMNS.map(() => '?').join(', ')}, ?)`,
          [r.siteId, ...prospectValues(r), batchId],
        );
        id = this.conn.lastInsertId();
      }
      if (from !== r.stage)
        this.conn.run('INSERT INTO prospect_stage_change (prospect_id, from_stage, to_stage, changed_at, note) VALUES (?, ?, ?, ?, ?)', [
          id,
          from,
          r.stage,
          at,
          importNote(batchId),
        ]);
    }
    return [records.length, replaced];
  }

  /** Later batches (not undone) that replaced rows this batch wrote: undo them first. */
  blockingBatches(batchId: number): number[] {
    return this.conn
      .all<{ id: number }>(
        `SELECT DISTINCT p.batch_id AS id FROM import_previous_attraction p JOIN import_batch b ON b.id = p.batch_id AND b.undone_at IS NULL
          WHERE p.prev_batch_id = ? AND p.batch_id <> ? ORDER BY id`,
        [batchId, batchId],
      )
      .map((r) => r.id);
  }

  /** Deletes what the batch created, restores what it replaced; returns [removed, restored]. */
  undo(batchId: number): [number, number] {
    const previous = this.conn.all<{ entity: string; entity_id: number; before: string }>(
      'SELECT entity, entity_id, before FROM import_previous_attraction WHERE batch_id = ?',
      [batchId],
    );
    const kept = (entity: string): Set<number> => new Set(previous.filter((p) => p.entity === entity).map((p) => p.entity_id));
    this.conn.run('DELETE FROM prospect_stage_change WHERE note = ?', [importNote(batchId)]);
    let removed = 0;
    for (const [table, entity] of [['prospect', 'prospect'], ['lot', 'lot']] as const) {
      const keep = kept(entity);
      for (const { id } of this.conn.all<{ id: number }>(`SELECT id FROM ${table} WHERE batch_id = ?`, [batchId])) {
        if (keep.has(id)) continue;
        this.conn.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
        removed++;
      }
    }
    for (const p of previous) {
      const before = JSON.parse(p.before) as DbRow;
      const table = p.entity === 'lot' ? 'lot' : 'prospect';
      const cols = table === 'lot' ? [...LOT_COLUMNS, 'batch_id'] : [...PROSPECT_COLUMNS, 'batch_id'];
      this.conn.run(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...cols.map((c) => before[c] ?? null), p.entity_id]);
    }
    this.conn.run('DELETE FROM import_previous_attraction WHERE batch_id = ?', [batchId]);
    return [removed, previous.length];
  }

  /** What the batch wrote, as records, to write it again (redo). */
  lotsOf(batchId: number): PlanRecordStore<LotRecord> {
    const store = new PlanRecordStore<LotRecord>();
    for (const r of this.conn.all<DbRow>('SELECT l.*, s.code AS site_code FROM lot l JOIN site s ON s.id = l.site_id WHERE l.batch_id = ?', [batchId])) {
      store.add(`${r.site_id}|${lotKey(String(r.code))}`, {
        siteId: Number(r.site_id), siteCode: String(r.site_code), code: String(r.code), areaM2: Number(r.area_m2),
        pricePerM2: r.price_per_m2 === null ? null : Number(r.price_per_m2), status: r.status as LotRecord['status'],
        zoning: r.zoning as string | null, pollutionClass: r.pollution_class as string | null,
        infrastructure: r.infrastructure as string | null, notes: r.notes as string | null, sourceRow: 0,
      });
    }
    return store;
  }

  prospectsOf(batchId: number): PlanRecordStore<ProspectRecord> {
    const store = new PlanRecordStore<ProspectRecord>();
    for (const r of this.conn.all<DbRow>('SELECT p.*, s.code AS site_code FROM prospect p JOIN site s ON s.id = p.site_id WHERE p.batch_id = ?', [batchId])) {
      store.add(`${r.site_id}|${r.cnpj ?? `name:${companyKey(String(r.company))}`}`, {
        siteId: Number(r.site_id), siteCode: String(r.site_code), company: String(r.company), cnpj: r.cnpj as string | null,
        cnae: r.cnae as string | null, investment: r.investment as number | null, jobs: r.jobs as number | null,
        areaNeededM2: r.area_needed_m2 as number | null, stage: r.stage as ProspectRecord['stage'], nextAction: r.next_action as string | null,
        nextActionDate: r.next_action_date as string | null, contact: r.contact as string | null, notes: r.notes as string | null, sourceRow: 0,
      });
    }
    return store;
  }

  /** How many records of an import already exist (they will be updated). */
  countExisting(target: 'lots' | 'prospects', records: readonly (LotRecord | ProspectRecord)[]): number {
    let n = 0;
    for (const r of records) {
      if (target === 'lots') {
        if (this.existingLot(r as LotRecord)) n++;
      } else {
        if (this.existingProspect(r as ProspectRecord)) n++;
      }
    }
    return n;
  }
}
