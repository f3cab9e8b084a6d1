import type { BindParams, SqlValue } from 'sql.js';
import type { Connection } from '../db/connection';
import type { Classification, Measure } from '../domain/types';

/** Rows per multi-row INSERT: fewer statement runs (sql.js pays per call) within SQLite's 32,766 variables. */
const ROWS_PER_STATEMENT = 200;

/** Per column of a multi-row INSERT: a shared constant (?1…?k), the row's next value, or that value as TEXT. */
type Slot = number | 'value' | 'text';

/**
 * `(?k+1, ?1, CAST(?k+2 AS TEXT), …), (…)` for `rows` rows: each row refers to the shared
 * constants (?1…?k: the batch, the indicator…) by number, so they are bound once per statement;
 * codes and years go in as numbers and become TEXT in SQLite. In sql.js every bound string costs
 * an array and a malloc, so this is most of what makes a large write fast.
 */
function rowsSql(shape: readonly Slot[], constants: number, rows: number): string {
  const perRow = shape.filter((s) => typeof s !== 'number').length;
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    let next = constants + r * perRow;
    tuples.push(
      `(${shape.map((s) => (typeof s === 'number' ? `?${s}` : s === 'text' ? `CAST(?${++next} AS TEXT)` : `?${++next}`)).join(', ')})`,
    );
  }
  return tuples.join(', ');
}

/** A row to write: the values shared with its neighbours (`group`) and its own (`values`). */
interface GroupedRow {
  group: SqlValue[];
  values: SqlValue[];
}

/**
 * Runs `head VALUES (…), (…) … tail` for all rows, ROWS_PER_STATEMENT at a time, one group of
 * equal constants after another (rows come sorted, so groups are long): one prepared statement for
 * the full chunks, one per group for its remainder. Every value is a bound parameter.
 */
function insertGrouped(conn: Connection, head: string, tail: string, shape: readonly Slot[], rows: Iterable<GroupedRow>): number {
  const constants = Math.max(0, ...shape.filter((s): s is number => typeof s === 'number'));
  const sqlFull = `${head} VALUES ${rowsSql(shape, constants, ROWS_PER_STATEMENT)} ${tail}`;
  let groupKey: string | null = null;
  let group: SqlValue[] = [];
  let buffer: SqlValue[] = [];
  let pending = 0;
  let changed = 0;
  const full: BindParams[] = [];
  const flush = (remainder: boolean): void => {
    if (full.length > 0) changed += conn.runMany(sqlFull, full.splice(0));
    if (remainder && pending > 0) changed += conn.run(`${head} VALUES ${rowsSql(shape, constants, pending)} ${tail}`, buffer);
    if (remainder) {
      buffer = [...group];
      pending = 0;
    }
  };
  for (const row of rows) {
    const key = row.group.join('\u0001');
    if (key !== groupKey) {
      flush(true);
      groupKey = key;
      group = row.group;
      buffer = [...group];
    }
    for (const v of row.values) buffer.push(v);
    if (++pending === ROWS_PER_STATEMENT) {
      full.push(buffer);
      buffer = [...group];
      pending = 0;
      if (full.length >= 50) flush(false);
    }
  }
  flush(true);
  return changed;
}

/** A code or year as a number when it reads back identically (so it can be bound without a string). */
function numeric(text: string): SqlValue {
  return /^(0|[1-9]\d{0,14})$/.test(text) ? Number(text) : text;
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
                                                     missing_reason, source, illustrative, prev_batch_id, prev_source_row)
        VALUES (NEW.batch_id, OLD.indicator_code, OLD.subject_kind, OLD.subject_code, OLD.period, OLD.value,
                OLD.missing_reason, OLD.source, OLD.illustrative, OLD.batch_id, OLD.source_row);
      END;`);
  }

  endCapture(): void {
    this.conn.run(`PRAGMA cache_size = ${Math.trunc(this.previousCacheSize)}`);
    this.conn.execScript(
      'DROP TRIGGER IF EXISTS temp.import_capture_employment; DROP TRIGGER IF EXISTS temp.import_capture_indicator_value;',
    );
  }

  upsertEmployment(batchId: number, records: Iterable<EmploymentWrite>): number {
    return insertGrouped(
      this.conn,
      'INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)',
      `ON CONFLICT (territory_code, classification, sector_code, year, measure) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, batch_id = excluded.batch_id, source_row = excluded.source_row`,
      ['value', 1, 'value', 'value', 2, 'value', 'value', 3, 'value'],
      (function* () {
        for (const r of records) {
          yield {
            group: [r.classification, r.measure, batchId],
            values: [r.territoryCode, r.sectorCode, r.year, r.value, r.missingReason, r.sourceRow],
          };
        }
      })(),
    );
  }

  upsertIndicatorValues(batchId: number, source: string, records: Iterable<IndicatorValueWrite>): number {
    return insertGrouped(
      this.conn,
      'INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source, illustrative, batch_id, source_row)',
      `ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source = excluded.source,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row`,
      [1, 2, 'text', 'text', 'value', 'value', 3, 4, 5, 'value'],
      (function* () {
        for (const r of records) {
          yield {
            group: [r.indicatorCode, r.subjectKind, source, 0, batchId],
            values: [numeric(r.subjectCode), numeric(r.period), r.value, r.missingReason, r.sourceRow],
          };
        }
      })(),
    );
  }

  /** How many values the batch replaced (the rest it inserted). */
  replacedCount(batchId: number): number {
    const e = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_employment WHERE batch_id = ?', [batchId]);
    const i = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_indicator_value WHERE batch_id = ?', [batchId]);
    const s = this.conn.get<{ n: number }>('SELECT count(*) AS n FROM import_previous_site WHERE batch_id = ?', [batchId]);
    return Number(e?.n ?? 0) + Number(i?.n ?? 0) + Number(s?.n ?? 0);
  }

  /** Keys of the employment values already in the workspace for these classifications, measures and years. */
  eachEmploymentKey(
    scope: { classifications: string[]; measures: string[]; years: number[] },
    visit: (r: { territory_code: number; classification: string; sector_code: string; year: number; measure: string }) => void,
  ): void {
    this.conn.each(
      `SELECT territory_code, classification, sector_code, year, measure FROM employment
        WHERE classification IN (SELECT value FROM json_each(?)) AND measure IN (SELECT value FROM json_each(?))
          AND year IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(scope.classifications), JSON.stringify(scope.measures), JSON.stringify(scope.years)],
      visit,
    );
  }

  eachIndicatorKey(
    scope: { indicators: string[]; periods: string[] },
    visit: (r: { indicator_code: string; subject_kind: string; subject_code: string; period: string }) => void,
  ): void {
    this.conn.each(
      `SELECT indicator_code, subject_kind, subject_code, period FROM indicator_value
        WHERE indicator_code IN (SELECT value FROM json_each(?)) AND period IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(scope.indicators), JSON.stringify(scope.periods)],
      visit,
    );
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
