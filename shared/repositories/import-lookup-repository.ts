import type { Connection } from '../db/connection';

/**
 * What an import compares with the workspace before it writes anything: the keys it would update
 * (the preview's counts) and the stored values' sources (the source check). Read only; the writes
 * are ImportWriteRepository's.
 */
/** A stored value and its missing reason (null: none), as the value tables keep them (a type, not an interface: rows are records). */
export type StoredValue = {
  value: number | null;
  missing_reason: string | null;
};

export class ImportLookupRepository {
  constructor(private readonly conn: Connection) {}

  /** The employment values already in the workspace for these classifications, measures and years: keys and values. */
  eachEmploymentKey(
    scope: { classifications: string[]; measures: string[]; years: number[] },
    visit: (
      r: { territory_code: number; classification: string; sector_code: string; year: number; measure: string } & StoredValue,
    ) => void,
  ): void {
    this.conn.each(
      `SELECT territory_code, classification, sector_code, year, measure, value, missing_reason FROM employment
        WHERE classification IN (SELECT value FROM json_each(?)) AND measure IN (SELECT value FROM json_each(?))
          AND year IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(scope.classifications), JSON.stringify(scope.measures), JSON.stringify(scope.years)],
      visit,
    );
  }

  /** The indicator values already in the workspace for these indicators and periods: keys and values. */
  eachIndicatorKey(
    scope: { indicators: string[]; periods: string[] },
    visit: (r: { indicator_code: string; subject_kind: string; subject_code: string; period: string } & StoredValue) => void,
  ): void {
    this.conn.each(
      `SELECT indicator_code, subject_kind, subject_code, period, value, missing_reason FROM indicator_value
        WHERE indicator_code IN (SELECT value FROM json_each(?)) AND period IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(scope.indicators), JSON.stringify(scope.periods)],
      visit,
    );
  }

  /**
   * The stored values of these indicators and periods with their source and the file of the batch
   * that wrote them (null for values no import wrote), for the import's source check.
   */
  eachIndicatorSource(
    scope: { indicators: string[]; periods: string[] },
    visit: (r: {
      indicator_code: string;
      subject_kind: string;
      subject_code: string;
      period: string;
      value: number | null;
      source: string | null;
      source_file: string | null;
    }) => void,
  ): void {
    this.conn.each(
      `SELECT v.indicator_code, v.subject_kind, v.subject_code, v.period, v.value, s.text AS source, b.source_file
         FROM indicator_value v JOIN value_source s ON s.id = v.source_id LEFT JOIN import_batch b ON b.id = v.batch_id
        WHERE v.indicator_code IN (SELECT value FROM json_each(?)) AND v.period IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(scope.indicators), JSON.stringify(scope.periods)],
      visit,
    );
  }
}
