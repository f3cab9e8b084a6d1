import { ActivityColumnsBuilder, type ActivityColumns } from '../analysis/economy/activity-matrix';
import type { Connection } from '../db/connection';
import { KeptReads } from '../db/kept-reads';
import { MEASURES, type Classification, type EmploymentRecord, type Measure, type SectorTotal } from '../domain/types';

/** One value of the analyses' long records (analysis/economy ActivityRecord). */
export type ActivityValue = { territoryCode: number; sectorCode: string; value: number | null };

export interface EmploymentValue {
  territoryCode: number;
  classification: Classification;
  sectorCode: string;
  year: number;
  measure: Measure;
  value: number | null;
  missingReason: string | null;
  batchId: number;
  sourceRow: number | null;
}

/** A territory's measure for a year stored at a level, and the file it was imported from. */
export type TerritoryLevel = {
  classification: string;
  measure: string;
  year: number;
  territory_code: number;
  file: string;
};

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Small answers about what the table holds (its levels, which classifications hold a year, the files
 * behind one), kept per connection while nothing was written: the dashboard's first answer asked
 * the same ones up to four times, each a read of the table (issue 16). Never kept inside a
 * transaction, whose writes may still be rolled back; callers get copies.
 */
const KEPT_FACTS = new KeptReads<readonly unknown[]>();

export class EmploymentRepository {
  constructor(private readonly conn: Connection) {}

  private kept<T>(key: string, read: () => T[]): T[] {
    const rows = KEPT_FACTS.get(this.conn, key, read) as T[];
    return rows.map((row) => (typeof row === 'object' && row !== null ? { ...row } : row));
  }

  /** Inserts new values and updates existing ones in place (re-imports never duplicate). */
  upsert(values: Iterable<EmploymentValue>): UpsertCounts {
    const before = this.count();
    let touched = 0;
    touched += this.conn.runMany(
      `INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (classification, measure, year, territory_code, sector_code) DO UPDATE SET
         value = excluded.value, missing_reason = excluded.missing_reason,
         batch_id = excluded.batch_id, source_row = excluded.source_row`,
      (function* () {
        for (const v of values) {
          yield [v.territoryCode, v.classification, v.sectorCode, v.year, v.measure, v.value, v.missingReason, v.batchId, v.sourceRow];
        }
      })(),
    );
    const inserted = this.count() - before;
    return { inserted, updated: touched - inserted };
  }

  /**
   * The IBGE codes of the states any employment record belongs to (a municipality code's first two
   * digits): for each stored level, one seek per state code (the table is keyed by level, then
   * territory), not a read of every row.
   */
  statesWithData(): number[] {
    return this.conn
      .all<{ state: number }>(
        `SELECT s.state FROM (SELECT DISTINCT code / 100000 AS state FROM municipality) s
          WHERE EXISTS (SELECT 1 FROM json_each(?) l JOIN employment e
                         ON e.classification = l.value ->> 0 AND e.measure = l.value ->> 1 AND e.year = l.value ->> 2
                        AND e.territory_code BETWEEN s.state * 100000 AND s.state * 100000 + 99999)
          ORDER BY s.state`,
        [JSON.stringify(this.storedLevels().map((l) => [l.classification, l.measure, l.year]))],
      )
      .map((r) => r.state);
  }

  count(): number {
    return Number(this.conn.get<{ n: number }>('SELECT count(*) AS n FROM employment')?.n ?? 0);
  }

  /** The years a classification holds a measure for, oldest first (from `storedLevels`: one seek per year, kept until a write). */
  years(classification: Classification, measure: Measure = 'jobs'): number[] {
    return this.storedLevels()
      .filter((l) => l.classification === classification && l.measure === measure)
      .map((l) => l.year);
  }

  /** How many records each measure holds (jobs, payroll, value added…), only the measures present. */
  measureCounts(): { measure: Measure; records: number }[] {
    return this.conn.all<{ measure: Measure; records: number }>(
      'SELECT measure, count(*) AS records FROM employment GROUP BY measure ORDER BY measure',
    );
  }

  /** Where the values of a measure in a year came from: the import batches' files and dates. */
  sources(classification: Classification, measure: Measure, year: number): { file: string; importedAt: string }[] {
    return this.kept(`sources|${classification}|${measure}|${year}`, () =>
      this.conn
        .all<{ file: string; imported_at: string }>(
          `SELECT DISTINCT b.source_file AS file, b.imported_at FROM employment e JOIN import_batch b ON b.id = e.batch_id
          WHERE e.classification = ? AND e.measure = ? AND e.year = ? ORDER BY b.source_file`,
          [classification, measure, year],
        )
        .map((r) => ({ file: r.file, importedAt: r.imported_at })),
    );
  }

  /**
   * Every (classification, measure, year) that holds values: what the analyses can run on. For
   * each classification scheme and measure, one seek per year (the table is keyed by them), not a
   * read of every row; the foreign key holds every row's classification to a scheme of the
   * classification table.
   */
  storedLevels(): { classification: Classification; measure: Measure; year: number }[] {
    return this.kept('storedLevels', () =>
      this.conn.all<{ classification: Classification; measure: Measure; year: number }>(
        `WITH RECURSIVE pair(c, m) AS (SELECT s.scheme, j.value FROM (SELECT DISTINCT scheme FROM classification) s, json_each(?) j),
         level(c, m, year) AS (
           SELECT c, m, (SELECT min(e.year) FROM employment e WHERE e.classification = pair.c AND e.measure = pair.m) FROM pair
           UNION ALL
           SELECT c, m, (SELECT min(e.year) FROM employment e WHERE e.classification = level.c AND e.measure = level.m AND e.year > level.year)
             FROM level WHERE level.year IS NOT NULL)
         SELECT c AS classification, m AS measure, year FROM level WHERE year IS NOT NULL ORDER BY classification, measure, year`,
        [JSON.stringify(MEASURES)],
      ),
    );
  }

  /**
   * The territories that have a measure for a year at one of `levels`, each with the level and the
   * file it was imported from: an import of another level for the same territory, year and measure
   * would have both rolled up together (see refuseStoredLevels).
   */
  territoryLevels(scope: { levels: readonly string[]; measures: readonly string[]; years: readonly number[] }): TerritoryLevel[] {
    return this.conn.all<TerritoryLevel>(
      `SELECT e.classification, e.measure, e.year, e.territory_code, min(b.source_file) AS file
         FROM employment e JOIN import_batch b ON b.id = e.batch_id
        WHERE e.classification IN (SELECT value FROM json_each(?)) AND e.measure IN (SELECT value FROM json_each(?))
          AND e.year IN (SELECT value FROM json_each(?))
        GROUP BY e.classification, e.measure, e.year, e.territory_code`,
      [JSON.stringify(scope.levels), JSON.stringify(scope.measures), JSON.stringify(scope.years)],
    );
  }

  /**
   * The classifications that hold a measure for a year: one seek of the table's key per
   * scheme (the foreign key holds every row's classification to a scheme of the classification
   * table), where a DISTINCT over employment read its whole index (0.1–0.3 s on a national
   * workspace, on every analysis).
   */
  classificationsWith(measure: Measure, year: number): Classification[] {
    return this.kept(`classificationsWith|${measure}|${year}`, () =>
      this.conn
        .all<{ classification: Classification }>(
          `SELECT s.scheme AS classification FROM (SELECT DISTINCT scheme FROM classification) s
          WHERE EXISTS (SELECT 1 FROM employment e WHERE e.classification = s.scheme AND e.measure = ? AND e.year = ?)
          ORDER BY s.scheme`,
          [measure, year],
        )
        .map((r) => r.classification),
    );
  }

  /** Sum of a measure per sector, over one state or the whole workspace. Missing values count as absent. */
  sectorTotals(classification: Classification, measure: Measure, year: number, stateCode?: number): SectorTotal[] {
    return this.conn
      .all<{ sector_code: string; sector_name: string; total: number }>(
        `SELECT e.sector_code, c.name AS sector_name, sum(e.value) AS total
           FROM employment e
           JOIN classification c ON c.scheme = e.classification AND c.code = e.sector_code
           JOIN municipality m ON m.code = e.territory_code
          WHERE e.classification = ? AND e.measure = ? AND e.year = ? AND e.value IS NOT NULL
            AND (? IS NULL OR m.state_code = ?)
          GROUP BY e.sector_code, c.name
          ORDER BY e.sector_code`,
        [classification, measure, year, stateCode ?? null, stateCode ?? null],
      )
      .map((r) => ({ sectorCode: r.sector_code, sectorName: r.sector_name, value: r.total }));
  }

  /** Total of a measure per territory (all sectors) for one year. */
  territoryTotals(classification: Classification, measure: Measure, year: number, stateCode: number): Map<number, number> {
    const rows = this.conn.all<{ code: number; total: number }>(
      `SELECT e.territory_code AS code, sum(e.value) AS total
         FROM employment e JOIN municipality m ON m.code = e.territory_code
        WHERE e.classification = ? AND e.measure = ? AND e.year = ? AND m.state_code = ? AND e.value IS NOT NULL
        GROUP BY e.territory_code`,
      [classification, measure, year, stateCode],
    );
    return new Map(rows.map((r) => [r.code, r.total]));
  }

  /** The rows of one measure, one year, one classification, ordered by territory and sector. */
  /**
   * The values of one level, measure and year for the analyses: codes and values only, in key
   * order (one range of the table's key: no sort, no lookup). No join for names: the
   * foreign keys, checked on every open, hold every territory and sector to a known one.
   */
  activity(classification: Classification, measure: Measure, year: number): ActivityValue[] {
    const values: ActivityValue[] = [];
    // Each row made into one object of a fixed shape (half a million on a national year).
    this.eachActivity(classification, measure, year, (territoryCode, sectorCode, value) =>
      values.push({ territoryCode, sectorCode, value }),
    );
    return values;
  }

  /** The values of `activity` as columns: no object per row (a national year has half a million). */
  activityColumns(classification: Classification, measure: Measure, year: number): ActivityColumns {
    const columns = new ActivityColumnsBuilder();
    this.eachActivity(classification, measure, year, (territoryCode, sectorCode, value) => columns.add(territoryCode, sectorCode, value));
    return columns.build();
  }

  private eachActivity(
    classification: Classification,
    measure: Measure,
    year: number,
    visit: (territoryCode: number, sectorCode: string, value: number | null) => void,
  ): void {
    this.conn.eachValues(
      `SELECT territory_code, sector_code, value
         FROM employment
        WHERE classification = ? AND measure = ? AND year = ?
        ORDER BY territory_code, sector_code`,
      [classification, measure, year],
      (r) => visit(r[0] as number, r[1] as string, r[2] as number | null),
    );
  }

  records(classification: Classification, measure: Measure, year: number): EmploymentRecord[] {
    return this.conn
      .all<{
        code: number;
        tname: string;
        sector_code: string;
        sname: string;
        year: number;
        value: number | null;
        missing_reason: string | null;
      }>(
        `SELECT e.territory_code AS code, m.name AS tname, e.sector_code, c.name AS sname, e.year, e.value, e.missing_reason
           FROM employment e
           JOIN municipality m ON m.code = e.territory_code
           JOIN classification c ON c.scheme = e.classification AND c.code = e.sector_code
          WHERE e.classification = ? AND e.measure = ? AND e.year = ?
          ORDER BY e.territory_code, e.sector_code`,
        [classification, measure, year],
      )
      .map((r) => ({
        territoryCode: r.code,
        territoryName: r.tname,
        sectorCode: r.sector_code,
        sectorName: r.sname,
        year: r.year,
        value: r.value,
        missingReason: r.missing_reason,
      }));
  }
}
