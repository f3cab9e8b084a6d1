import type { Connection } from '../db/connection';

export interface IndicatorDefinition {
  code: string;
  namePt: string;
  nameEn: string;
  nameEs: string;
  unit: string;
  direction: 'higher-better' | 'lower-better' | 'neutral';
  category: string;
  description: string;
  source: string;
}

export interface IndicatorValueRow {
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
}

interface IndicatorDbRow extends Record<string, string> {
  code: string;
  name_pt: string;
  name_en: string;
  name_es: string;
  unit: string;
  direction: IndicatorDefinition['direction'];
  category: string;
  description: string;
  source: string;
}

export class IndicatorRepository {
  constructor(private readonly conn: Connection) {}

  upsertDefinition(d: IndicatorDefinition): void {
    this.conn.run(
      `INSERT INTO indicator (code, name_pt, name_en, name_es, unit, direction, category, description, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name_pt = excluded.name_pt, name_en = excluded.name_en,
         name_es = excluded.name_es, unit = excluded.unit, direction = excluded.direction,
         category = excluded.category, description = excluded.description, source = excluded.source`,
      [d.code, d.namePt, d.nameEn, d.nameEs, d.unit, d.direction, d.category, d.description, d.source],
    );
  }

  upsertValues(values: Iterable<IndicatorValueRow>): number {
    return this.conn.runMany(
      `INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, missing_reason, source, illustrative, batch_id, source_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_code, subject_kind, subject_code, period) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason, source = excluded.source,
         illustrative = excluded.illustrative, batch_id = excluded.batch_id, source_row = excluded.source_row`,
      (function* () {
        for (const v of values) {
          yield [
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
          ];
        }
      })(),
    );
  }

  definitions(): IndicatorDefinition[] {
    return this.conn.all<IndicatorDbRow>('SELECT * FROM indicator ORDER BY category, code').map((r) => ({
      code: r.code,
      namePt: r.name_pt,
      nameEn: r.name_en,
      nameEs: r.name_es,
      unit: r.unit,
      direction: r.direction,
      category: r.category,
      description: r.description,
      source: r.source,
    }));
  }

  /** Periods with municipal values for each indicator, newest first. */
  municipalPeriods(): { indicatorCode: string; period: string }[] {
    return this.conn
      .all<{ indicator_code: string; period: string }>(
        `SELECT DISTINCT indicator_code, period FROM indicator_value
          WHERE subject_kind = 'municipality' ORDER BY indicator_code, period DESC`,
      )
      .map((r) => ({ indicatorCode: r.indicator_code, period: r.period }));
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
}
