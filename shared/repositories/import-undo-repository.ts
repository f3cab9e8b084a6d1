import type { Connection } from '../db/connection';

export interface PreviousSite {
  siteId: number;
  before: string;
  prevBatchId: number | null;
}

/** Undoing an import batch: remove what it inserted, put back what it replaced. */
export class ImportUndoRepository {
  constructor(private readonly conn: Connection) {}

  /** Batches not undone that replaced values of `batchId` (they must be undone first). */
  blockingBatches(batchId: number): number[] {
    return this.conn
      .all<{ id: number }>(
        `SELECT DISTINCT p.batch_id AS id FROM (
           SELECT batch_id FROM import_previous_employment WHERE prev_batch_id = ?1
           UNION SELECT batch_id FROM import_previous_indicator_value WHERE prev_batch_id = ?1
           UNION SELECT batch_id FROM import_previous_site WHERE prev_batch_id = ?1) p
          JOIN import_batch b ON b.id = p.batch_id AND b.undone_at IS NULL
         WHERE p.batch_id <> ?1 ORDER BY id`,
        [batchId],
      )
      .map((r) => r.id);
  }

  /** Sites the batch created that now carry works, lots or prospects (undo would delete those too). */
  createdSitesInUse(batchId: number): { code: string; name: string }[] {
    return this.conn.all<{ code: string; name: string }>(
      `SELECT s.code, s.name FROM site s
        WHERE s.batch_id = ?1 AND NOT EXISTS (SELECT 1 FROM import_previous_site p WHERE p.batch_id = ?1 AND p.site_id = s.id)
          AND (EXISTS (SELECT 1 FROM project WHERE site_id = s.id) OR EXISTS (SELECT 1 FROM lot WHERE site_id = s.id)
               OR EXISTS (SELECT 1 FROM prospect WHERE site_id = s.id))`,
      [batchId],
    );
  }

  /** Deletes the batch's employment values and restores those it replaced; returns [removed, restored]. */
  revertEmployment(batchId: number): [number, number] {
    const deleted = this.conn.run('DELETE FROM employment WHERE batch_id = ?', [batchId]);
    const restored = this.conn.run(
      `INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
       SELECT territory_code, classification, sector_code, year, measure, value, missing_reason, prev_batch_id, prev_source_row
         FROM import_previous_employment WHERE batch_id = ?`,
      [batchId],
    );
    this.conn.run('DELETE FROM import_previous_employment WHERE batch_id = ?', [batchId]);
    return [deleted - restored, restored];
  }

  revertIndicatorValues(batchId: number): [number, number] {
    const deleted = this.conn.run('DELETE FROM indicator_value WHERE batch_id = ?', [batchId]);
    const restored = this.conn.run(
      `INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id, illustrative, batch_id, source_row)
       SELECT indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id, illustrative, prev_batch_id, prev_source_row
         FROM import_previous_indicator_value WHERE batch_id = ?`,
      [batchId],
    );
    this.conn.run('DELETE FROM import_previous_indicator_value WHERE batch_id = ?', [batchId]);
    return [deleted - restored, restored];
  }

  createdIndicators(batchId: number): string[] {
    return this.conn
      .all<{ code: string }>('SELECT indicator_code AS code FROM import_batch_indicator WHERE batch_id = ?', [batchId])
      .map((r) => r.code);
  }

  forgetCreatedIndicators(batchId: number): void {
    this.conn.run('DELETE FROM import_batch_indicator WHERE batch_id = ?', [batchId]);
  }

  /** Deletes an indicator definition when no value uses it; a constraint from elsewhere (a scenario) throws. */
  deleteIndicatorIfUnused(code: string): boolean {
    return (
      this.conn.run('DELETE FROM indicator WHERE code = ? AND NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_code = ?)', [
        code,
        code,
      ]) > 0
    );
  }

  previousSites(batchId: number): PreviousSite[] {
    return this.conn
      .all<{ site_id: number; before: string; prev_batch_id: number | null }>(
        'SELECT site_id, before, prev_batch_id FROM import_previous_site WHERE batch_id = ?',
        [batchId],
      )
      .map((r) => ({ siteId: r.site_id, before: r.before, prevBatchId: r.prev_batch_id }));
  }

  /** Deletes the sites the batch created (those it only updated have a previous image). */
  deleteCreatedSites(batchId: number): number {
    return this.conn.run(
      'DELETE FROM site WHERE batch_id = ?1 AND id NOT IN (SELECT site_id FROM import_previous_site WHERE batch_id = ?1)',
      [batchId],
    );
  }

  forgetPreviousSites(batchId: number): void {
    this.conn.run('DELETE FROM import_previous_site WHERE batch_id = ?', [batchId]);
  }
}

/** The values a batch wrote, read back before undoing it (so a redo can write them again). */
export class BatchContentRepository {
  constructor(private readonly conn: Connection) {}

  eachEmployment(
    batchId: number,
    visit: (r: {
      territory_code: number;
      classification: string;
      sector_code: string;
      year: number;
      measure: string;
      value: number | null;
      missing_reason: string | null;
      source_row: number | null;
    }) => void,
  ): void {
    this.conn.each(
      'SELECT territory_code, classification, sector_code, year, measure, value, missing_reason, source_row FROM employment WHERE batch_id = ?',
      [batchId],
      visit,
    );
  }

  eachIndicatorValue(
    batchId: number,
    visit: (r: {
      indicator_code: string;
      subject_kind: string;
      subject_code: string;
      period: string;
      value: number | null;
      missing_reason: string | null;
      source: string;
      source_row: number | null;
    }) => void,
  ): void {
    this.conn.each(
      `SELECT v.indicator_code, v.subject_kind, v.subject_code, v.period, v.value, v.missing_reason, s.text AS source, v.source_row
         FROM indicator_value v JOIN value_source s ON s.id = v.source_id WHERE v.batch_id = ?`,
      [batchId],
      visit,
    );
  }

  siteIds(batchId: number): number[] {
    return this.conn.all<{ id: number }>('SELECT id FROM site WHERE batch_id = ?', [batchId]).map((r) => r.id);
  }
}
