import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { openWorkspaceDatabase } from '../../shared/db/open-workspace';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { utf8 } from '../support/files';
import { loadSql, newEngine } from '../support/node-engine';

/**
 * Schema 14 (issue 16): an indicator value names its source by a key into value_source, each text
 * stored once; what users see (the source text of each value) is unchanged.
 */
const KEY = 'indicator_code, subject_kind, subject_code, period';
const texts = (conn: Connection, sql: string) => conn.all(sql);

describe('indicator value sources stored once (value_source)', () => {
  it('a schema-13 workspace upgrades with every value and replaced value keeping its source text, each text stored once', async () => {
    const SQL = await loadSql();
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/workspace-schema-13.arranjo', import.meta.url)));
    const old = Connection.create(SQL, bytes.slice());
    const before = {
      values: texts(old, `SELECT ${KEY}, source FROM indicator_value ORDER BY ${KEY}`),
      replaced: texts(old, `SELECT batch_id, ${KEY}, source FROM import_previous_indicator_value ORDER BY batch_id, ${KEY}`),
    };
    old.close();
    // Several values share a text, and the replaced values share one with the current values.
    const distinct = new Set([...before.values, ...before.replaced].map((r) => r.source));
    expect(distinct.size).toBeLessThan(before.values.length + before.replaced.length);

    const { conn } = openWorkspaceDatabase(SQL, bytes, 'workspace-schema-13.arranjo');
    try {
      expect(texts(conn, `SELECT ${KEY}, s.text AS source FROM indicator_value v JOIN value_source s ON s.id = v.source_id ORDER BY ${KEY}`)).toEqual(
        before.values,
      );
      expect(
        texts(
          conn,
          `SELECT batch_id, ${KEY}, s.text AS source FROM import_previous_indicator_value p JOIN value_source s ON s.id = p.source_id ORDER BY batch_id, ${KEY}`,
        ),
      ).toEqual(before.replaced);
      expect(conn.get('SELECT count(*) AS n FROM value_source')).toEqual({ n: distinct.size });
      for (const table of ['indicator_value', 'import_previous_indicator_value']) {
        expect(conn.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name)).not.toContain('source');
      }
      expect(conn.all('PRAGMA foreign_key_check')).toEqual([]);
    } finally {
      conn.close();
    }
  }, 60_000);

  it('an import stores its source text once; undoing one that replaced values puts them back with their own source', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const conn = engine.connection();
    const csv = (value: number) => utf8(['codigo;ano;valor', `3106200;2021;${value}`, `3106705;2021;${value + 1}`, `3118601;2021;${value + 2}`].join('\n'));
    const mapping = (source: string) => ({
      target: 'indicator-values',
      indicator: 'V',
      source,
      columns: [
        { column: 0, role: { role: 'territory' } },
        { column: 1, role: { role: 'year' } },
        { column: 2, role: { role: 'value' } },
      ],
    });
    const sourcesOf = () =>
      new IndicatorValueRepository(conn).values('municipality', { indicatorCode: 'V' }).map((v) => [v.subjectCode, v.value, v.source]);
    const sourceTexts = () => conn.all<{ text: string }>('SELECT text FROM value_source ORDER BY id').map((r) => r.text);

    await engine.importFile(csv(10), 'a.csv', { mapping: mapping('Fonte A') });
    await engine.importFile(csv(10), 'a.csv', { mapping: mapping('Fonte A') });
    // The text an import stores is its source and its file's name.
    expect(sourceTexts()).toEqual(['Fonte A — a.csv']);
    const replacing = await engine.importFile(csv(20), 'b.csv', { mapping: mapping('Fonte B'), replaceOtherSources: true });
    expect(sourcesOf()).toEqual([
      ['3106200', 20, 'Fonte B — b.csv'],
      ['3106705', 21, 'Fonte B — b.csv'],
      ['3118601', 22, 'Fonte B — b.csv'],
    ]);
    expect(sourceTexts()).toEqual(['Fonte A — a.csv', 'Fonte B — b.csv']);
    await engine.undoImport(replacing.batch ?? 0);
    expect(sourcesOf()).toEqual([
      ['3106200', 10, 'Fonte A — a.csv'],
      ['3106705', 11, 'Fonte A — a.csv'],
      ['3118601', 12, 'Fonte A — a.csv'],
    ]);
    expect(conn.all('PRAGMA foreign_key_check')).toEqual([]);
  }, 60_000);
});
