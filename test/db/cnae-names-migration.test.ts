import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { migrate } from '../../shared/db/migrate';
import { MIGRATIONS } from '../../shared/db/migrations';
import { parseCnae } from '../../shared/demo/reference-data';
import { decodeText } from '../../shared/text/decode';
import { parseCsvRecords } from '../../shared/text/delimited';
import { loadSql, readDataFile } from '../support/node-engine';

const FILE = 'cnae/cnae_2_hierarquia_subclasse_secao.csv';

/**
 * Migration 0016 renames the CNAE sections and divisions that workspaces of schema 15 and earlier
 * stored as the shipped file wrote them (title-cased, three broken across lines). Its table of names
 * is written out in SQL; here, every one of the file's 108 names, stored raw at schema 15, reads
 * after the upgrade exactly as a new workspace names it (`parseCnae`).
 */
describe('0016 renames every CNAE section and division as new workspaces name them', () => {
  it('turns each raw name of the shipped file into parseCnae’s name', async () => {
    const bytes = await readDataFile(FILE);
    const raw = new Map<string, { scheme: string; code: string; name: string }>();
    for (const r of parseCsvRecords(decodeText(bytes).text).records) {
      raw.set(`cnae-section:${r.secao}`, { scheme: 'cnae-section', code: r.secao ?? '', name: r.descricao_secao ?? '' });
      raw.set(`cnae-division:${r.divisao}`, { scheme: 'cnae-division', code: r.divisao ?? '', name: r.descricao_divisao ?? '' });
    }
    expect(raw.size).toBe(108);
    expect([...raw.values()].filter((s) => s.name.includes('\n'))).toHaveLength(3);

    const SQL = await loadSql();
    const conn = new Connection(new SQL.Database());
    try {
      migrate(
        conn,
        MIGRATIONS.filter((m) => m.version <= 15),
      );
      conn.runMany(
        'INSERT INTO classification (scheme, code, name, parent_code) VALUES (?, ?, ?, NULL)',
        [...raw.values()].map((s) => [s.scheme, s.code, s.name]),
      );
      expect(
        migrate(
          conn,
          MIGRATIONS.filter((m) => m.version <= 16),
        ),
      ).toEqual({ from: 15, to: 16 });

      const expected = parseCnae(bytes)
        .filter((s) => s.classification === 'cnae-section' || s.classification === 'cnae-division')
        .map((s) => ({ scheme: s.classification, code: s.code, name: s.name }))
        .sort((a, b) => `${a.scheme}:${a.code}`.localeCompare(`${b.scheme}:${b.code}`));
      const stored = conn
        .all<{ scheme: string; code: string; name: string }>('SELECT scheme, code, name FROM classification')
        .sort((a, b) => `${a.scheme}:${a.code}`.localeCompare(`${b.scheme}:${b.code}`));
      expect(stored).toEqual(expected);
      // The temporary table of names is gone with the migration's transaction.
      expect(conn.all("SELECT name FROM sqlite_temp_master WHERE name = 'cnae_name_fix'")).toEqual([]);
    } finally {
      conn.close();
    }
  });
});
