import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import type { IndicatorDefinition } from '../../repositories/indicator-repository';
import type { Direction, IndicatorValueInfo } from './types';

/**
 * An indicator definition (the kernel's shape, the `indicator` table) with the columns migration 0004
 * added: the bounds of entered values. Its values are `StoredValue`s; the import's own value records
 * (shared/import/targets/record-store.ts) are another thing.
 */
export interface IndicatorEntry extends IndicatorDefinition {
  valueMin: number | null;
  valueMax: number | null;
  wholeNumbers: boolean;
}

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

interface IndicatorDbRow extends Record<string, SqlValue> {
  code: string;
  name_pt: string;
  name_en: string;
  name_es: string;
  unit: string;
  direction: Direction;
  category: string;
  description: string;
  source: string;
  value_min: number | null;
  value_max: number | null;
  whole_numbers: number;
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

function toRecord(r: IndicatorDbRow): IndicatorEntry {
  return {
    code: r.code,
    namePt: r.name_pt,
    nameEn: r.name_en,
    nameEs: r.name_es,
    unit: r.unit,
    direction: r.direction,
    category: r.category,
    description: r.description,
    source: r.source,
    valueMin: r.value_min,
    valueMax: r.value_max,
    wholeNumbers: r.whole_numbers === 1,
  };
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

/** The indicator catalog and its values, for browsing, entering values and comparing subjects. */
export class IndicatorCatalogRepository {
  constructor(private readonly conn: Connection) {}

  list(): IndicatorEntry[] {
    return this.conn.all<IndicatorDbRow>('SELECT * FROM indicator ORDER BY category, code').map(toRecord);
  }

  get(code: string): IndicatorEntry | undefined {
    const row = this.conn.get<IndicatorDbRow>('SELECT * FROM indicator WHERE code = ?', [code]);
    return row ? toRecord(row) : undefined;
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

  insert(d: IndicatorEntry): void {
    this.conn.run(
      `INSERT INTO indicator (code, name_pt, name_en, name_es, unit, direction, category, description, source, value_min, value_max, whole_numbers)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        d.code,
        d.namePt,
        d.nameEn,
        d.nameEs,
        d.unit,
        d.direction,
        d.category,
        d.description,
        d.source,
        d.valueMin,
        d.valueMax,
        d.wholeNumbers ? 1 : 0,
      ],
    );
  }

  update(d: IndicatorEntry): void {
    this.conn.run(
      `UPDATE indicator SET name_pt = ?, name_en = ?, name_es = ?, unit = ?, direction = ?, category = ?, description = ?,
              source = ?, value_min = ?, value_max = ?, whole_numbers = ? WHERE code = ?`,
      [
        d.namePt,
        d.nameEn,
        d.nameEs,
        d.unit,
        d.direction,
        d.category,
        d.description,
        d.source,
        d.valueMin,
        d.valueMax,
        d.wholeNumbers ? 1 : 0,
        d.code,
      ],
    );
  }

  delete(code: string): void {
    this.conn.run('DELETE FROM indicator WHERE code = ?', [code]);
  }

  /** Values of one subject kind, optionally one subject / indicator / category, with their import batch. */
  values(
    subjectKind: StoredValue['subjectKind'],
    filter: { subjectCode?: string; indicatorCode?: string; category?: string },
  ): (StoredValue & { file: string | null; sheet: string | null; importedAt: string | null })[] {
    return this.conn
      .all<ValueDbRow & { source_file: string | null; sheet: string | null; imported_at: string | null }>(
        `SELECT v.*, b.source_file, b.sheet, b.imported_at
           FROM indicator_value v
           JOIN indicator i ON i.code = v.indicator_code
           LEFT JOIN import_batch b ON b.id = v.batch_id
          WHERE v.subject_kind = ?
            AND (? IS NULL OR v.subject_code = ?)
            AND (? IS NULL OR v.indicator_code = ?)
            AND (? IS NULL OR i.category = ?)
          ORDER BY i.category, v.indicator_code, v.subject_code, v.period DESC`,
        [
          subjectKind,
          filter.subjectCode ?? null,
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
      'SELECT * FROM indicator_value WHERE indicator_code = ? AND subject_kind = ? AND subject_code = ? AND period = ?',
      [key.indicatorCode, key.subjectKind, key.subjectCode, key.period],
    );
    return row ? toStored(row) : undefined;
  }

  putValue(v: StoredValue): void {
    this.conn.run(
      `INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source, illustrative, batch_id, source_row, entered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source = excluded.source,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row,
         entered_at = excluded.entered_at`,
      [
        v.indicatorCode,
        v.subjectKind,
        v.subjectCode,
        v.period,
        v.value,
        v.missingReason,
        v.source,
        v.illustrative ? 1 : 0,
        v.batchId,
        v.sourceRow,
        v.enteredAt,
      ],
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
            `SELECT * FROM indicator_value WHERE subject_kind = ? AND subject_code IN (${chunk.map(() => '?').join(', ')})`,
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

export function provenanceOf(
  v: StoredValue & { file: string | null; sheet: string | null; importedAt: string | null },
): IndicatorValueInfo['provenance'] {
  if (v.batchId !== null) return { kind: 'import', file: v.file, sheet: v.sheet, row: v.sourceRow, batchId: v.batchId, at: v.importedAt };
  if (v.enteredAt !== null) return { kind: 'user', file: null, sheet: null, row: null, batchId: null, at: v.enteredAt };
  return { kind: 'unknown', file: null, sheet: null, row: null, batchId: null, at: null };
}
