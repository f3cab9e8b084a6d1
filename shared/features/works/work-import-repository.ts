import type { Connection } from '../../db/connection';
import type { Measurement } from './types';
import type { WorkFields } from './work-repository';

/** A measurement as its table holds it. */
// A type, not an interface: only a type alias is assignable to the connection's Row (an index signature).
type MeasurementDbRow = {
  work_id: number;
  measured_on: string;
  physical_progress: number;
  committed: number;
  disbursed: number;
  correction: number;
};

/** The SQL of works imports: lookups for checking rows, and what a batch replaced, for undo. */
export class WorkImportRepository {
  constructor(private readonly conn: Connection) {}

  indicatorCodes(): Set<string> {
    return new Set(this.conn.all<{ code: string }>('SELECT code FROM indicator').map((r) => r.code));
  }

  workIdsByCode(): Map<string, number> {
    return new Map(this.conn.all<{ id: number; code: string }>('SELECT id, code FROM project').map((r) => [r.code.toUpperCase(), r.id]));
  }

  /** The district of each work, by the work's code in capitals. */
  workSitesByCode(): Map<string, { siteId: number; siteCode: string }> {
    return new Map(
      this.conn
        .all<{ code: string; site_id: number; site_code: string }>(
          'SELECT p.code, p.site_id, s.code AS site_code FROM project p JOIN site s ON s.id = p.site_id',
        )
        .map((r) => [r.code.toUpperCase(), { siteId: r.site_id, siteCode: r.site_code }]),
    );
  }

  /**
   * Each measured work's first measurement with progress (day and %) and its actual start, by the
   * work's code in capitals: a re-imported work may not start after progress was measured.
   */
  firstProgressByCode(): Map<string, { date: string; progress: number; actualStart: string | null }> {
    return new Map(
      this.conn
        .all<{ code: string; actual_start: string | null; measured_on: string; physical_progress: number }>(
          `SELECT p.code, p.actual_start, m.measured_on, m.physical_progress
             FROM project p
             JOIN work_measurement m ON m.work_id = p.id
            WHERE m.measured_on = (SELECT MIN(f.measured_on) FROM work_measurement f WHERE f.work_id = p.id AND f.physical_progress > 0)`,
        )
        .map((r) => [r.code.toUpperCase(), { date: r.measured_on, progress: r.physical_progress, actualStart: r.actual_start }]),
    );
  }

  /** Each work's planned and actual start, by its id. */
  /** Each work's starts, planned budget and status, what its measurements are checked against. */
  measuredWorksById(): Map<number, { plannedStart: string; actualStart: string | null; budgetPlanned: number; status: string }> {
    return new Map(
      this.conn
        .all<{ id: number; planned_start: string; actual_start: string | null; budget_planned: number; status: string }>(
          'SELECT id, planned_start, actual_start, budget_planned, status FROM project',
        )
        .map((r) => [
          r.id,
          { plannedStart: r.planned_start, actualStart: r.actual_start, budgetPlanned: r.budget_planned, status: r.status },
        ]),
    );
  }

  eachMeasurementPoint(visit: (r: MeasurementDbRow) => void): void {
    this.conn.each('SELECT work_id, measured_on, physical_progress, committed, disbursed, correction FROM work_measurement', [], visit);
  }

  /** Keeps what a batch is about to replace (once per row and batch: the first image is the one to restore). */
  recordPrevious(batchId: number, kind: 'work' | 'measurement', key: string, before: unknown, prevBatchId: number | null): void {
    this.conn.run(
      `INSERT INTO work_import_previous (batch_id, kind, row_key, before, prev_batch_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (batch_id, kind, row_key) DO NOTHING`,
      [batchId, kind, key, JSON.stringify(before), prevBatchId],
    );
  }

  previous(batchId: number, kind: 'work' | 'measurement'): { key: string; before: string; prevBatchId: number | null }[] {
    return this.conn
      .all<{ row_key: string; before: string; prev_batch_id: number | null }>(
        'SELECT row_key, before, prev_batch_id FROM work_import_previous WHERE batch_id = ? AND kind = ? ORDER BY row_key',
        [batchId, kind],
      )
      .map((r) => ({ key: r.row_key, before: r.before, prevBatchId: r.prev_batch_id }));
  }

  forgetPrevious(batchId: number): void {
    this.conn.run('DELETE FROM work_import_previous WHERE batch_id = ?', [batchId]);
  }

  /** Later batches, still in force, that replaced rows this batch wrote: they must be undone first. */
  blockingBatches(batchId: number): number[] {
    return this.conn
      .all<{ batch_id: number }>(
        `SELECT DISTINCT p.batch_id FROM work_import_previous p JOIN import_batch b ON b.id = p.batch_id
          WHERE p.prev_batch_id = ? AND p.batch_id <> ? AND b.undone_at IS NULL ORDER BY p.batch_id`,
        [batchId, batchId],
      )
      .map((r) => r.batch_id);
  }

  /** Works the batch created (not among those it replaced). */
  createdWorkIds(batchId: number): number[] {
    return this.conn
      .all<{ id: number }>(
        `SELECT id FROM project WHERE batch_id = ?
           AND CAST(id AS TEXT) NOT IN (SELECT row_key FROM work_import_previous WHERE batch_id = ? AND kind = 'work')`,
        [batchId, batchId],
      )
      .map((r) => r.id);
  }

  /** Created works that other batches or edits gave measurements, which undoing would delete. */
  createdWorksInUse(batchId: number): string[] {
    return this.conn
      .all<{ code: string }>(
        `SELECT DISTINCT p.code FROM project p JOIN work_measurement m ON m.work_id = p.id
          WHERE p.batch_id = ? AND (m.batch_id IS NULL OR m.batch_id <> ?)
            AND CAST(p.id AS TEXT) NOT IN (SELECT row_key FROM work_import_previous WHERE batch_id = ? AND kind = 'work')`,
        [batchId, batchId, batchId],
      )
      .map((r) => r.code);
  }

  workIdsOfBatch(batchId: number): number[] {
    return this.conn.all<{ id: number }>('SELECT id FROM project WHERE batch_id = ? ORDER BY id', [batchId]).map((r) => r.id);
  }

  measurementsOfBatch(batchId: number): (Measurement & { sourceRow: number | null })[] {
    return this.conn
      .all<MeasurementDbRow & { source_row: number | null }>(
        'SELECT * FROM work_measurement WHERE batch_id = ? ORDER BY work_id, measured_on',
        [batchId],
      )
      .map((r) => ({
        workId: r.work_id,
        date: r.measured_on,
        physicalProgress: r.physical_progress,
        committed: r.committed,
        disbursed: r.disbursed,
        correction: r.correction === 1,
        sourceRow: r.source_row,
      }));
  }

  deleteMeasurementsOfBatch(batchId: number): number {
    return this.conn.run('DELETE FROM work_measurement WHERE batch_id = ?', [batchId]);
  }

  deleteWorks(ids: readonly number[]): number {
    let n = 0;
    for (const id of ids) n += this.conn.run('DELETE FROM project WHERE id = ?', [id]);
    return n;
  }

  /** Batch and row of a work or a measurement, before a batch replaces it. */
  workBatch(id: number): number | null {
    return this.conn.get<{ batch_id: number | null }>('SELECT batch_id FROM project WHERE id = ?', [id])?.batch_id ?? null;
  }
}

export type { WorkFields };
