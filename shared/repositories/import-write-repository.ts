import type { SqlValue } from 'sql.js';
import type { Connection } from '../db/connection';
import type { Classification, Measure } from '../domain/types';
import { bulkInsert, type BulkInsertSpec, type BulkRows } from './import-bulk-insert';
import { ValueSourceRepository } from './value-source-repository';

/**
 * A code or year as a number when SQLite's CAST(… AS TEXT) gives the same text back (no leading
 * zero, fits a 32-bit integer, which sql.js binds as an integer), so it can be bound without a
 * string; otherwise the text itself.
 */
export function numeric(text: string): SqlValue {
  return /^(0|[1-9]\d{0,8})$/.test(text) ? Number(text) : text;
}

/** `numeric`, remembered: a million rows repeat a few thousand codes and a handful of years. */
class NumericCache {
  private readonly seen = new Map<string, SqlValue>();

  get(text: string): SqlValue {
    let v = this.seen.get(text);
    if (v === undefined) {
      v = numeric(text);
      if (this.seen.size < 100_000) this.seen.set(text, v);
    }
    return v;
  }
}

/** Below this many rows a write keeps the indexes as they are (see withIndexesDeferred). */
const MIN_ROWS_TO_DEFER_INDEXES = 10_000;

const EMPLOYMENT_UPSERT: BulkInsertSpec = {
  head: 'INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)',
  tail: `ON CONFLICT (classification, measure, year, territory_code, sector_code) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, batch_id = excluded.batch_id, source_row = excluded.source_row`,
  // ?1 classification, ?2 measure, ?3 batch; per row: territory, sector, year, value, reason, row.
  shape: ['value', 1, 'text', 'value', 2, 'value', 'value', 3, 'value'],
};

const INDICATOR_VALUE_UPSERT: BulkInsertSpec = {
  head: 'INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id, illustrative, batch_id, source_row)',
  tail: `ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source_id = excluded.source_id,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row`,
  // ?1 indicator, ?2 subject kind, ?3 source id, ?4 illustrative, ?5 batch; per row: subject, period, value, reason, row.
  shape: [1, 2, 'text', 'text', 'value', 'value', 3, 4, 5, 'value'],
};

/**
 * Employment values to write, by position in write order (the import's column store read in
 * key order): no object per row. Consecutive rows of one classification and measure are written
 * with those bound once per statement.
 */
export interface EmploymentColumns {
  readonly length: number;
  territoryCode(i: number): number;
  classification(i: number): Classification;
  sectorCode(i: number): string;
  year(i: number): number;
  measure(i: number): Measure;
  value(i: number): number | null;
  missingReason(i: number): string | null;
  sourceRow(i: number): number;
}

/** Indicator values to write, like `EmploymentColumns`; consecutive rows of one indicator and subject kind share those. */
export interface IndicatorValueColumns {
  readonly length: number;
  indicatorCode(i: number): string;
  subjectKind(i: number): 'municipality' | 'state';
  /** The subject's code, stored as TEXT (a number as its digits: the store keeps IBGE codes as numbers). */
  subjectCode(i: number): number | string;
  period(i: number): string;
  value(i: number): number | null;
  missingReason(i: number): string | null;
  sourceRow(i: number): number;
}

/** The parent keys of a bulk write, checked as a set before it (see `withBulkForeignKeys`). */
export interface EmploymentReferences {
  territories: readonly number[];
  sectors: readonly { classification: Classification; code: string }[];
}

function employmentRows(batchId: number, rows: EmploymentColumns): BulkRows {
  const codes = new NumericCache();
  return {
    length: rows.length,
    sameGroup: (i) => rows.classification(i) === rows.classification(i - 1) && rows.measure(i) === rows.measure(i - 1),
    constants(i, out) {
      out[0] = rows.classification(i);
      out[1] = rows.measure(i);
      out[2] = batchId;
    },
    values(i, out, at) {
      out[at] = rows.territoryCode(i);
      out[at + 1] = codes.get(rows.sectorCode(i));
      out[at + 2] = rows.year(i);
      out[at + 3] = rows.value(i);
      out[at + 4] = rows.missingReason(i);
      out[at + 5] = rows.sourceRow(i);
    },
  };
}

function indicatorValueRows(batchId: number, sourceId: number, rows: IndicatorValueColumns): BulkRows {
  const texts = new NumericCache();
  return {
    length: rows.length,
    sameGroup: (i) => rows.indicatorCode(i) === rows.indicatorCode(i - 1) && rows.subjectKind(i) === rows.subjectKind(i - 1),
    constants(i, out) {
      out[0] = rows.indicatorCode(i);
      out[1] = rows.subjectKind(i);
      out[2] = sourceId;
      out[3] = 0;
      out[4] = batchId;
    },
    values(i, out, at) {
      const subject = rows.subjectCode(i);
      // sql.js binds a whole number in 32 bits as an INTEGER, whose CAST gives its digits back.
      out[at] = typeof subject === 'number' && subject === (subject | 0) && subject >= 0 ? subject : texts.get(String(subject));
      out[at + 1] = texts.get(rows.period(i));
      out[at + 2] = rows.value(i);
      out[at + 3] = rows.missingReason(i);
      out[at + 4] = rows.sourceRow(i);
    },
  };
}

/** Write objects as columns, for the callers that have objects (the bulk path reads the stores directly). */
function columnsOf<T extends object>(records: Iterable<T>): { length: number; at: (i: number) => T } {
  const list = [...records];
  return { length: list.length, at: (i) => list[i] as T };
}

export interface EmploymentWrite {
  territoryCode: number;
  classification: Classification;
  sectorCode: string;
  year: number;
  measure: Measure;
  value: number | null;
  missingReason: string | null;
  sourceRow: number;
}

export interface IndicatorValueWrite {
  indicatorCode: string;
  subjectKind: 'municipality' | 'state';
  subjectCode: string;
  period: string;
  value: number | null;
  missingReason: string | null;
  sourceRow: number;
}

/**
 * Writes an import batch's values so that the batch can be undone: while capturing, every value
 * the batch replaces is first copied to import_previous_* by TEMP triggers. TEMP triggers live in
 * the connection's temp schema, never in the workspace file, and go away with the transaction.
 */
export class ImportWriteRepository {
  private previousCacheSize = -2000;

  constructor(private readonly conn: Connection) {}

  beginCapture(): void {
    // A large write in a small page cache spills and re-reads pages many times over: give this
    // one transaction room (sql.js keeps everything in memory anyway), then go back.
    this.previousCacheSize = Number(this.conn.get<{ cache_size: number }>('PRAGMA cache_size')?.cache_size ?? -2000);
    this.conn.execScript('PRAGMA cache_size = -65536');
    this.conn.execScript(`
      CREATE TEMP TRIGGER IF NOT EXISTS import_capture_employment BEFORE UPDATE ON main.employment
      BEGIN
        INSERT INTO import_previous_employment (batch_id, territory_code, classification, sector_code, year, measure,
                                                value, missing_reason, prev_batch_id, prev_source_row)
        VALUES (NEW.batch_id, OLD.territory_code, OLD.classification, OLD.sector_code, OLD.year, OLD.measure,
                OLD.value, OLD.missing_reason, OLD.batch_id, OLD.source_row);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS import_capture_indicator_value BEFORE UPDATE ON main.indicator_value
      BEGIN
        INSERT INTO import_previous_indicator_value (batch_id, indicator_code, subject_kind, subject_code, period, value,
                                                     missing_reason, source_id, illustrative, prev_batch_id, prev_source_row)
        VALUES (NEW.batch_id, OLD.indicator_code, OLD.subject_kind, OLD.subject_code, OLD.period, OLD.value,
                OLD.missing_reason, OLD.source_id, OLD.illustrative, OLD.batch_id, OLD.source_row);
      END;`);
  }

  endCapture(): void {
    this.conn.run(`PRAGMA cache_size = ${Math.trunc(this.previousCacheSize)}`);
    this.conn.execScript(
      'DROP TRIGGER IF EXISTS temp.import_capture_employment; DROP TRIGGER IF EXISTS temp.import_capture_indicator_value;',
    );
  }

  upsertEmployment(batchId: number, records: Iterable<EmploymentWrite>): number {
    const list = columnsOf(records);
    return this.upsertEmploymentColumns(batchId, {
      length: list.length,
      territoryCode: (i) => list.at(i).territoryCode,
      classification: (i) => list.at(i).classification,
      sectorCode: (i) => list.at(i).sectorCode,
      year: (i) => list.at(i).year,
      measure: (i) => list.at(i).measure,
      value: (i) => list.at(i).value,
      missingReason: (i) => list.at(i).missingReason,
      sourceRow: (i) => list.at(i).sourceRow,
    });
  }

  /** The bulk variant of `upsertEmployment`: rows read by position, sorted like the table's key for speed. */
  upsertEmploymentColumns(batchId: number, rows: EmploymentColumns): number {
    return bulkInsert(this.conn, EMPLOYMENT_UPSERT, employmentRows(batchId, rows));
  }

  upsertIndicatorValues(batchId: number, source: string, records: Iterable<IndicatorValueWrite>): number {
    const list = columnsOf(records);
    return this.upsertIndicatorValueColumns(batchId, source, {
      length: list.length,
      indicatorCode: (i) => list.at(i).indicatorCode,
      subjectKind: (i) => list.at(i).subjectKind,
      subjectCode: (i) => list.at(i).subjectCode,
      period: (i) => list.at(i).period,
      value: (i) => list.at(i).value,
      missingReason: (i) => list.at(i).missingReason,
      sourceRow: (i) => list.at(i).sourceRow,
    });
  }

  /** The bulk variant of `upsertIndicatorValues`. */
  upsertIndicatorValueColumns(batchId: number, source: string, rows: IndicatorValueColumns): number {
    const sourceId = new ValueSourceRepository(this.conn).idOf(source);
    return bulkInsert(this.conn, INDICATOR_VALUE_UPSERT, indicatorValueRows(batchId, sourceId, rows));
  }

  /**
   * Runs `work` — which opens the transaction of a bulk write — with SQLite's foreign-key checks
   * off, then on again as they were. Each checked row costs a lookup per reference (a third of
   * the insert time of an employment import); the caller checks the parent keys as a set instead
   * (`checkEmploymentReferences`, `checkIndicatorReferences`), before writing. Inside a transaction
   * the pragma does nothing, so a nested write keeps the row checks: slower, never less safe.
   */
  withBulkForeignKeys<T>(work: () => T): T {
    const enabled = Number(this.conn.get<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys ?? 0) === 1;
    if (!enabled) return work();
    this.conn.execScript('PRAGMA foreign_keys = OFF');
    try {
      return work();
    } finally {
      this.conn.execScript('PRAGMA foreign_keys = ON');
    }
  }

  /**
   * Runs a bulk write of `rows` rows into `table` with the table's secondary indexes dropped, then
   * created again from their own SQL, in one transaction (a savepoint of the caller's): a failure
   * rolls the indexes back with the rows. Building an index once from the finished table is
   * cheaper than updating it row by row when the rows do not come in its order — but not when the
   * table already holds as many rows as the write brings: then the indexes stay. Counting stops at
   * `rows`, so the check costs no more than the write.
   */
  withIndexesDeferred<T>(table: 'employment' | 'indicator_value', rows: number, work: () => T): T {
    if (rows < MIN_ROWS_TO_DEFER_INDEXES) return work();
    const present = this.count(`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} LIMIT ?)`, [rows]);
    if (present >= rows) return work();
    return this.conn.transaction(() => {
      const indexes = this.conn.all<{ name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
        [table],
      );
      for (const index of indexes) this.conn.execScript(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
      const result = work();
      for (const index of indexes) this.conn.execScript(index.sql);
      return result;
    });
  }

  /** Throws SQLite's own error when a row would break a foreign key of employment. */
  checkEmploymentReferences(batchId: number, refs: EmploymentReferences): void {
    const missing =
      this.missingBatch(batchId) +
      this.count('SELECT count(*) AS n FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM municipality m WHERE m.code = j.value)', [
        JSON.stringify(refs.territories),
      ]) +
      this.count(
        `SELECT count(*) AS n FROM json_each(?) j
          WHERE NOT EXISTS (SELECT 1 FROM classification c WHERE c.scheme = j.value ->> 0 AND c.code = j.value ->> 1)`,
        [JSON.stringify(refs.sectors.map((s) => [s.classification, s.code]))],
      );
    if (missing > 0) throw new Error('FOREIGN KEY constraint failed');
  }

  /** Throws SQLite's own error when a row would break a foreign key of indicator_value. */
  checkIndicatorReferences(batchId: number, indicatorCodes: readonly string[]): void {
    const missing =
      this.missingBatch(batchId) +
      this.count('SELECT count(*) AS n FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = j.value)', [
        JSON.stringify(indicatorCodes),
      ]);
    if (missing > 0) throw new Error('FOREIGN KEY constraint failed');
  }

  private missingBatch(batchId: number): number {
    return this.conn.get('SELECT 1 AS x FROM import_batch WHERE id = ?', [batchId]) ? 0 : 1;
  }

  private count(sql: string, params: SqlValue[]): number {
    return Number(this.conn.get<{ n: number }>(sql, params)?.n ?? 0);
  }

  /** How many values the batch replaced (the rest it inserted). */
  replacedCount(batchId: number): number {
    const e = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_employment WHERE batch_id = ?', [batchId]);
    const i = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_indicator_value WHERE batch_id = ?', [batchId]);
    const s = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_site WHERE batch_id = ?', [batchId]);
    return Number(e?.n ?? 0) + Number(i?.n ?? 0) + Number(s?.n ?? 0);
  }

  recordCreatedIndicators(batchId: number, codes: readonly string[]): void {
    this.conn.runMany(
      'INSERT INTO import_batch_indicator (batch_id, indicator_code) VALUES (?, ?)',
      codes.map((c) => [batchId, c]),
    );
  }

  siteByCode(code: string): { id: number; batch_id: number | null } | undefined {
    return this.conn.get<{ id: number; batch_id: number | null }>('SELECT id, batch_id FROM site WHERE code = ?', [code]);
  }

  recordPreviousSite(batchId: number, siteId: number, before: unknown, prevBatchId: number | null): void {
    this.conn.run('INSERT INTO import_previous_site (batch_id, site_id, before, prev_batch_id) VALUES (?, ?, ?, ?)', [
      batchId,
      siteId,
      JSON.stringify(before),
      prevBatchId,
    ]);
  }

  setSiteBatch(siteId: number, batchId: number | null): void {
    this.conn.run('UPDATE site SET batch_id = ? WHERE id = ?', [batchId, siteId]);
  }
}
