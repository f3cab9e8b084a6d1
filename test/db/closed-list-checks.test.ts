import { describe, expect, it } from 'vitest';
import { createWorkspaceDatabase } from '../../shared/db/open-workspace';
import { loadSql } from '../support/node-engine';

/**
 * The bulk tables' closed lists (employment.measure, indicator_value.subject_kind) are checked with
 * OR since schema 15, not with an IN list of three or more constants, which SQLite evaluates by
 * building a temporary table for every row it inserts or checks (~1 µs a row in sql.js, half of an
 * all-Brazil import's inserts; issue 16). The rules are the same: every listed value is taken,
 * anything else refused.
 */
describe('the closed lists of the bulk tables', () => {
  const setUp = async () => {
    const conn = createWorkspaceDatabase(await loadSql(), '2026-01-01');
    conn.execScript(`
      PRAGMA foreign_keys = OFF;
      INSERT INTO import_batch (id, source_file, target, imported_at) VALUES (1, 'a.csv', 'employment', '2026-01-01');
      INSERT INTO value_source (id, text) VALUES (1, 'test');`);
    return conn;
  };
  const employment = (measure: string) => [3106200, 'ibge-setor', '2', 2021, measure, 10, null, 1, 2];
  const insertEmployment =
    'INSERT INTO employment (territory_code, classification, sector_code, year, measure, value, missing_reason, batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const insertValue =
    "INSERT INTO indicator_value (indicator_code, subject_kind, subject_code, period, value, source_id) VALUES ('POP', ?, ?, '2022', 1, 1)";

  it('employment takes each measure and refuses any other', async () => {
    const conn = await setUp();
    for (const measure of ['jobs', 'payroll', 'establishments', 'value_added']) conn.run(insertEmployment, employment(measure));
    for (const measure of ['wages', 'Jobs', ''])
      expect(() => conn.run(insertEmployment, employment(measure))).toThrow(/CHECK constraint failed/);
    expect(conn.get('SELECT COUNT(*) AS n FROM employment')).toEqual({ n: 4 });
    conn.close();
  });

  it('indicator values take each subject kind and refuse any other', async () => {
    const conn = await setUp();
    for (const [i, kind] of ['municipality', 'state', 'site'].entries()) conn.run(insertValue, [kind, String(i)]);
    for (const kind of ['country', 'State']) expect(() => conn.run(insertValue, [kind, '9'])).toThrow(/CHECK constraint failed/);
    expect(conn.get('SELECT COUNT(*) AS n FROM indicator_value')).toEqual({ n: 3 });
    conn.close();
  });

  it('neither table checks an IN list of three or more constants', async () => {
    const conn = await setUp();
    const tables = conn.all<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE name IN ('employment', 'indicator_value') ORDER BY name",
    );
    expect(tables.map((t) => t.name)).toEqual(['employment', 'indicator_value']);
    for (const t of tables) expect(t.sql, t.name).not.toMatch(/\bIN\s*\(\s*[^,()]+,[^,()]+,/i);
    conn.close();
  });
});
