import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { ValueSourceRepository } from '../../shared/repositories/value-source-repository';
import { loadSql, shippedDemoBytes } from '../support/node-engine';

// The pickers' indicator × period lists step through the schema-12 index (issue 16); they must list
// exactly what a DISTINCT over the whole table lists, in the same order.
describe('indicator periods read through the index', () => {
  it('equal the DISTINCT over every value, on the shipped demo and with a site value added', async () => {
    const bytes = shippedDemoBytes();
    const conn = Connection.create(await loadSql(), bytes);
    try {
      const repo = new IndicatorValueRepository(conn);
      const distinct = (kinds: string) =>
        conn.all<{ code: string; period: string }>(
          `SELECT DISTINCT indicator_code AS code, period FROM indicator_value WHERE subject_kind IN (${kinds}) ORDER BY indicator_code, period DESC`,
        );
      const plan = conn.all<{ detail: string }>(
        "EXPLAIN QUERY PLAN SELECT min(period) FROM indicator_value WHERE subject_kind = 'municipality' AND indicator_code = 'POP' AND period > '2020'",
      );
      expect(plan.map((p) => p.detail).join(' ')).toContain('indicator_value_periods');
      expect(repo.municipalPeriods().map((r) => ({ code: r.indicatorCode, period: r.period }))).toEqual(distinct("'municipality'"));
      expect(repo.municipalPeriods().length).toBeGreaterThan(5);
      const site = conn.get<{ id: number }>('SELECT id FROM site ORDER BY id LIMIT 1')?.id;
      const sourceId = new ValueSourceRepository(conn).idOf('test');
      conn.run(
        "INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, source_id) VALUES ('POP', 'site', ?, '1999', 1, ?), ('POP', 'site', ?, '2022', 1, ?)",
        [String(site), sourceId, String(site), sourceId],
      );
      expect(repo.indicatorPeriods()).toEqual(distinct("'municipality', 'site'"));
      expect(repo.indicatorPeriods()).toContainEqual({ code: 'POP', period: '1999' });
    } finally {
      conn.close();
    }
  }, 60_000);
});
