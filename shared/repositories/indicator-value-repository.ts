import type { SqlValue } from 'sql.js';
import type { Connection } from '../db/connection';
import { ValueSourceRepository } from './value-source-repository';

/** A stored value in full, so an edit can be undone exactly. */
export interface StoredValue {
  indicatorCode: string;
  subjectKind: 'municipality' | 'state' | 'site';
  subjectCode: string;
  period: string;
  value: number | null;
  missingReason: string | null;
  source: string;
  illustrative: boolean;
  batchId: number | null;
  sourceRow: number | null;
  enteredAt: string | null;
}

export interface ValueKey {
  indicatorCode: string;
  subjectKind: 'municipality' | 'state' | 'site';
  subjectCode: string;
  period: string;
}

/** A value as an import writes it: the stored shape without the hand-entry time. */
export type ImportedValue = Omit<StoredValue, 'enteredAt'>;

export interface IndicatorCell {
  value: number | null;
  missingReason: string | null;
  source: string;
}

interface ValueDbRow extends Record<string, SqlValue> {
  indicator_code: string;
  subject_kind: StoredValue['subjectKind'];
  subject_code: string;
  period: string;
  value: number | null;
  missing_reason: string | null;
  source: string;
  illustrative: number;
  batch_id: number | null;
  source_row: number | null;
  entered_at: string | null;
}

function toStored(r: ValueDbRow): StoredValue {
  return {
    indicatorCode: r.indicator_code,
    subjectKind: r.subject_kind,
    subjectCode: r.subject_code,
    period: r.period,
    value: r.value,
    missingReason: r.missing_reason,
    source: r.source,
    illustrative: r.illustrative === 1,
    batchId: r.batch_id,
    sourceRow: r.source_row,
    enteredAt: r.entered_at,
  };
}

/** A value's columns as an import writes them, its source as the id `sourceId` gives (a hand edit adds `entered_at`). */
function importedValues(v: ImportedValue, sourceId: (text: string) => number): (string | number | null)[] {
  const { indicatorCode, subjectKind, subjectCode, period, value, missingReason, source, illustrative, batchId, sourceRow } = v;
  return [indicatorCode, subjectKind, subjectCode, period, value, missingReason, sourceId(source), illustrative ? 1 : 0, batchId, sourceRow];
}

/** Every column of a stored value (`ValueDbRow`), its source as text: read FROM `VALUES_WITH_SOURCE`. */
const VALUE_COLUMNS = `v.indicator_code, v.subject_kind, v.subject_code, v.period, v.value, v.missing_reason, s.text AS source,
       v.illustrative, v.batch_id, v.source_row, v.entered_at`;
const VALUES_WITH_SOURCE = 'indicator_value v JOIN value_source s ON s.id = v.source_id';

/**
 * Every indicator a value can have (its foreign key), named so that a read of one subject's values
 * seeks the primary key (indicator_code, subject_kind, subject_code, period) once per indicator: the
 * table has no index by subject (schema 14).
 */
const ANY_INDICATOR = 'v.indicator_code IN (SELECT code FROM indicator)';

/** Indicator values (the `indicator_value` table): by subject, by period, per state; written by imports and hand edits. */
export class IndicatorValueRepository {
  private readonly sources: ValueSourceRepository;

  constructor(private readonly conn: Connection) {
    this.sources = new ValueSourceRepository(conn);
  }

  upsertValues(values: Iterable<ImportedValue>): number {
    const sourceId = this.sources.lookup();
    return this.conn.runMany(
      `INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id, illustrative, batch_id, source_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source_id = excluded.source_id,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row`,
      (function* () {
        for (const v of values) {
          yield importedValues(v, sourceId);
        }
      })(),
    );
  }

  /** Periods with municipal values for each indicator, newest first. */
  municipalPeriods(): { indicatorCode: string; period: string }[] {
    return this.distinctPeriods(['municipality']).map((r) => ({ indicatorCode: r.code, period: r.period }));
  }

  /**
   * The distinct indicator × period pairs of some subject kinds, by code then newest period first.
   * A DISTINCT over the table reads every value (~78,000 in the demo, a second in the browser's
   * worker, issue 16); this steps through the index on (subject_kind, indicator_code, period)
   * (schema 12) with one seek per pair instead: the next period of the same code, else the next code.
   */
  private distinctPeriods(kinds: readonly ('municipality' | 'site')[]): { code: string; period: string }[] {
    const pairs = new Map<string, { code: string; period: string }>();
    for (const kind of kinds) {
      const next = (code: string, after: string | null) =>
        this.conn.get<{ period: string | null }>(
          `SELECT min(period) AS period FROM indicator_value WHERE subject_kind = ? AND indicator_code = ?${after === null ? '' : ' AND period > ?'}`,
          after === null ? [kind, code] : [kind, code, after],
        )?.period ?? null;
      let code = this.nextCode(kind, null);
      while (code !== null) {
        for (let period = next(code, null); period !== null; period = next(code, period))
          pairs.set(`${code}\u0000${period}`, { code, period });
        code = this.nextCode(kind, code);
      }
    }
    return [...pairs.values()].sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : a.period < b.period ? 1 : a.period > b.period ? -1 : 0,
    );
  }

  private nextCode(kind: string, after: string | null): string | null {
    return (
      this.conn.get<{ code: string | null }>(
        `SELECT min(indicator_code) AS code FROM indicator_value WHERE subject_kind = ?${after === null ? '' : ' AND indicator_code > ?'}`,
        after === null ? [kind] : [kind, after],
      )?.code ?? null
    );
  }

  /** One indicator at one period for the municipalities of a state. */
  municipalValues(indicatorCode: string, period: string, stateCode: number): Map<number, number | null> {
    const rows = this.conn.all<{ code: string; value: number | null }>(
      `SELECT v.subject_code AS code, v.value FROM indicator_value v
         JOIN municipality m ON m.code = CAST(v.subject_code AS INTEGER)
        WHERE v.indicator_code = ? AND v.period = ? AND v.subject_kind = 'municipality' AND m.state_code = ?`,
      [indicatorCode, period, stateCode],
    );
    return new Map(rows.map((r) => [Number(r.code), r.value]));
  }

  /** One indicator at one period for the given subjects (codes as text), keyed by subject code. */
  indicatorValues(code: string, period: string, kind: 'site' | 'municipality', subjects: readonly string[]): Map<string, IndicatorCell> {
    const rows = this.conn.all<{ subject_code: string; value: number | null; missing_reason: string | null; source: string }>(
      `SELECT v.subject_code, v.value, v.missing_reason, s.text AS source FROM ${VALUES_WITH_SOURCE}
        WHERE v.indicator_code = ? AND v.period = ? AND v.subject_kind = ?
          AND v.subject_code IN (SELECT value FROM json_each(?))`,
      [code, period, kind, JSON.stringify(subjects)],
    );
    return new Map(rows.map((r) => [r.subject_code, { value: r.value, missingReason: r.missing_reason, source: r.source }]));
  }

  /** Indicator × period pairs that have values for municipalities or sites, newest period first. */
  indicatorPeriods(): { code: string; period: string }[] {
    return this.distinctPeriods(['municipality', 'site']);
  }

  /** Per indicator: how many values, for which subject kinds, at which periods (newest first). */
  usage(): Map<string, { count: number; kinds: Set<string>; periods: Set<string> }> {
    const usage = new Map<string, { count: number; kinds: Set<string>; periods: Set<string> }>();
    const rows = this.conn.all<{ code: string; kind: string; period: string; n: number }>(
      `SELECT indicator_code AS code, subject_kind AS kind, period, count(*) AS n
         FROM indicator_value GROUP BY indicator_code, subject_kind, period ORDER BY period DESC`,
    );
    for (const r of rows) {
      const u = usage.get(r.code) ?? { count: 0, kinds: new Set<string>(), periods: new Set<string>() };
      u.count += r.n;
      u.kinds.add(r.kind);
      u.periods.add(r.period);
      usage.set(r.code, u);
    }
    return usage;
  }

  valueCount(code: string): number {
    return this.conn.get<{ n: number }>('SELECT count(*) AS n FROM indicator_value WHERE indicator_code = ?', [code])?.n ?? 0;
  }

  /** Values of one subject kind, optionally one subject / indicator / category, with their import batch. */
  values(
    subjectKind: StoredValue['subjectKind'],
    filter: { subjectCode?: string; indicatorCode?: string; category?: string },
  ): (StoredValue & { file: string | null; sheet: string | null; importedAt: string | null })[] {
    // One subject's values: a seek per indicator (the planner cannot seek on `? IS NULL OR …`).
    const subject = filter.subjectCode === undefined ? '? IS NULL' : `${ANY_INDICATOR} AND v.subject_code = ?`;
    return this.conn
      .all<ValueDbRow & { source_file: string | null; sheet: string | null; imported_at: string | null }>(
        `SELECT ${VALUE_COLUMNS}, b.source_file, b.sheet, b.imported_at
           FROM ${VALUES_WITH_SOURCE}
           JOIN indicator i ON i.code = v.indicator_code
           LEFT JOIN import_batch b ON b.id = v.batch_id
          WHERE v.subject_kind = ?
            AND ${subject}
            AND (? IS NULL OR v.indicator_code = ?)
            AND (? IS NULL OR i.category = ?)
          ORDER BY i.category, v.indicator_code, v.subject_code, v.period DESC`,
        [
          subjectKind,
          filter.subjectCode ?? null,
          filter.indicatorCode ?? null,
          filter.indicatorCode ?? null,
          filter.category ?? null,
          filter.category ?? null,
        ],
      )
      .map((r) => ({ ...toStored(r), file: r.source_file, sheet: r.sheet, importedAt: r.imported_at }));
  }

  getValue(key: ValueKey): StoredValue | undefined {
    const row = this.conn.get<ValueDbRow>(
      `SELECT ${VALUE_COLUMNS} FROM ${VALUES_WITH_SOURCE}
        WHERE v.indicator_code = ? AND v.subject_kind = ? AND v.subject_code = ? AND v.period = ?`,
      [key.indicatorCode, key.subjectKind, key.subjectCode, key.period],
    );
    return row ? toStored(row) : undefined;
  }

  putValue(v: StoredValue): void {
    this.conn.run(
      `INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source_id, illustrative, batch_id, source_row, entered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source_id = excluded.source_id,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row,
         entered_at = excluded.entered_at`,
      [...importedValues(v, (text) => this.sources.idOf(text)), v.enteredAt],
    );
  }

  deleteValue(key: ValueKey): void {
    this.conn.run('DELETE FROM indicator_value WHERE indicator_code = ? AND subject_kind = ? AND subject_code = ? AND period = ?', [
      key.indicatorCode,
      key.subjectKind,
      key.subjectCode,
      key.period,
    ]);
  }

  /** Every value of the given subjects (codes as text), all indicators and periods. */
  valuesOfSubjects(subjectKind: StoredValue['subjectKind'], codes: readonly string[]): StoredValue[] {
    if (codes.length === 0) return [];
    const out: StoredValue[] = [];
    // Chunks keep the bound-parameter count far below SQLite's limit.
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = codes.slice(i, i + 500);
      out.push(
        ...this.conn
          .all<ValueDbRow>(
            `SELECT ${VALUE_COLUMNS} FROM ${VALUES_WITH_SOURCE}
              WHERE ${ANY_INDICATOR} AND v.subject_kind = ? AND v.subject_code IN (${chunk.map(() => '?').join(', ')})`,
            [subjectKind, ...chunk],
          )
          .map(toStored),
      );
    }
    return out;
  }

  /** Per indicator, the newest period with municipal values in a state, and those values. */
  municipalLatest(stateCode: number): { code: string; period: string; values: Map<number, number | null> }[] {
    const latest = this.conn.all<{ code: string; period: string }>(
      `SELECT v.indicator_code AS code, max(v.period) AS period FROM indicator_value v
         JOIN municipality m ON m.code = CAST(v.subject_code AS INTEGER)
        WHERE v.subject_kind = 'municipality' AND m.state_code = ? GROUP BY v.indicator_code ORDER BY v.indicator_code`,
      [stateCode],
    );
    return latest.map(({ code, period }) => {
      const rows = this.conn.all<{ code: string; value: number | null }>(
        `SELECT v.subject_code AS code, v.value FROM indicator_value v
           JOIN municipality m ON m.code = CAST(v.subject_code AS INTEGER)
          WHERE v.indicator_code = ? AND v.period = ? AND v.subject_kind = 'municipality' AND m.state_code = ?`,
        [code, period, stateCode],
      );
      return { code, period, values: new Map(rows.map((r) => [Number(r.code), r.value])) };
    });
  }

  /** State-level values of an indicator at a period (subject_kind 'state'). */
  stateValues(indicatorCode: string, period: string): Map<number, number | null> {
    const rows = this.conn.all<{ code: string; value: number | null }>(
      `SELECT subject_code AS code, value FROM indicator_value WHERE indicator_code = ? AND period = ? AND subject_kind = 'state'`,
      [indicatorCode, period],
    );
    return new Map(rows.map((r) => [Number(r.code), r.value]));
  }

  /** Municipal values of an indicator at a period, summed per state, with how many had a value. */
  municipalSumsByState(indicatorCode: string, period: string): Map<number, { sum: number; withValue: number }> {
    const rows = this.conn.all<{ state: number; total: number; n: number }>(
      `SELECT m.state_code AS state, sum(v.value) AS total, count(v.value) AS n FROM indicator_value v
         JOIN municipality m ON m.code = CAST(v.subject_code AS INTEGER)
        WHERE v.indicator_code = ? AND v.period = ? AND v.subject_kind = 'municipality' AND v.value IS NOT NULL
        GROUP BY m.state_code`,
      [indicatorCode, period],
    );
    return new Map(rows.map((r) => [r.state, { sum: r.total, withValue: r.n }]));
  }

  /** Site-level values of an indicator at its newest period per site. */
  latestSiteValues(indicatorCode: string): { period: string | null; values: Map<number, number | null> } {
    const period = this.conn.get<{ p: string | null }>(
      `SELECT max(period) AS p FROM indicator_value WHERE indicator_code = ? AND subject_kind = 'site'`,
      [indicatorCode],
    )?.p;
    if (!period) return { period: null, values: new Map() };
    const rows = this.conn.all<{ code: string; value: number | null }>(
      `SELECT subject_code AS code, value FROM indicator_value WHERE indicator_code = ? AND subject_kind = 'site' AND period = ?`,
      [indicatorCode, period],
    );
    return { period, values: new Map(rows.map((r) => [Number(r.code), r.value])) };
  }

  /** Indicators that have site values, with their newest period. */
  siteIndicators(): { code: string; period: string }[] {
    return this.conn.all<{ code: string; period: string }>(
      `SELECT indicator_code AS code, max(period) AS period FROM indicator_value WHERE subject_kind = 'site' GROUP BY indicator_code ORDER BY indicator_code`,
    );
  }
}
