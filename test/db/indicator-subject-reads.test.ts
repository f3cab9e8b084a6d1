import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { loadSql, shippedDemoBytes } from '../support/node-engine';

// Schema 14 has no index by subject (issue 16: 2.8 MB of the demo); one subject's values are read
// with a seek of the primary key per indicator. They must be exactly the subject's values.
describe("one subject's values without an index by subject", () => {
  it('are every value of the subject, read by seeks of the primary key', async () => {
    const conn = Connection.create(await loadSql(), shippedDemoBytes());
    try {
      expect(conn.all("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'indicator_value' AND sql IS NOT NULL")).toEqual([
        { name: 'indicator_value_periods' },
      ]);
      const repo = new IndicatorValueRepository(conn);
      const key = (v: { indicatorCode: string; subjectCode: string; period: string }) => `${v.indicatorCode}|${v.subjectCode}|${v.period}`;
      const all = (codes: string[]) =>
        conn
          .all<{ k: string }>(
            `SELECT indicator_code || '|' || subject_code || '|' || period AS k FROM indicator_value NOT INDEXED
              WHERE subject_kind = 'municipality' AND subject_code IN (SELECT value FROM json_each(?)) ORDER BY k`,
            [JSON.stringify(codes)],
          )
          .map((r) => r.k);
      const bh = all(['3106200']);
      expect(bh.length).toBe(14);
      expect(repo.valuesOfSubjects('municipality', ['3106200', '3118601']).map(key).sort()).toEqual(all(['3106200', '3118601']));
      expect(repo.values('municipality', { subjectCode: '3106200' }).map(key).sort()).toEqual(bh);
      // Without a subject: every value of the kind.
      repo.putValue({
        indicatorCode: 'INFRA_WATER',
        subjectKind: 'site',
        subjectCode: '1',
        period: '2024',
        value: 3,
        missingReason: null,
        source: 'test',
        illustrative: false,
        batchId: null,
        sourceRow: null,
        enteredAt: null,
      });
      expect(repo.values('site', {}).map((v) => [key(v), v.source])).toEqual([['INFRA_WATER|1|2024', 'test']]);

      const plan = conn.all<{ detail: string }>(
        "EXPLAIN QUERY PLAN SELECT * FROM indicator_value v WHERE v.indicator_code IN (SELECT code FROM indicator) AND v.subject_kind = 'municipality' AND v.subject_code = '3106200'",
      );
      expect(plan.map((p) => p.detail).join(' ')).toContain('USING PRIMARY KEY (indicator_code=? AND subject_kind=? AND subject_code=?)');
    } finally {
      conn.close();
    }
  }, 60_000);
});
