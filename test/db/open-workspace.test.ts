import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { createWorkspaceDatabase, exportImage, openWorkspaceDatabase } from '../../shared/db/open-workspace';
import { migrate } from '../../shared/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../shared/db/migrations';
import { Connection } from '../../shared/db/connection';
import { loadSql, newEngine } from '../support/node-engine';
import { refusal } from '../support/refusal';

describe('opening workspace files', () => {
  let SQL: SqlJsStatic;
  let good: Uint8Array;
  beforeAll(async () => {
    SQL = await loadSql();
    const conn = createWorkspaceDatabase(SQL, '2026-01-01');
    good = conn.export();
    conn.close();
  });

  it('opens a workspace it wrote, at the latest schema', () => {
    const { conn, migration } = openWorkspaceDatabase(SQL, good, 'ok.arranjo');
    expect(migration).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    conn.close();
  });

  it('refuses an empty file', () => {
    expect(refusal(() => openWorkspaceDatabase(SQL, new Uint8Array(), 'empty.arranjo'))).toMatchObject({
      code: 'EMPTY_FILE',
      location: { file: 'empty.arranjo' },
    });
  });

  it('refuses a file that is not SQLite (text, random bytes, a zip)', () => {
    const text = new TextEncoder().encode('municipio;empregos\nBetim;1000\n'.repeat(20));
    expect(refusal(() => openWorkspaceDatabase(SQL, text, 'x.arranjo')).code).toBe('NOT_SQLITE');
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(refusal(() => openWorkspaceDatabase(SQL, random, 'x.arranjo')).code).toBe('NOT_SQLITE');
    const zip = new Uint8Array(200);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(() => openWorkspaceDatabase(SQL, zip, 'x.arranjo'))).toMatchObject({ code: 'NOT_SQLITE', params: { reason: 'zip' } });
    // A workspace sent gzip-packed but named .arranjo is told as such (it read as any foreign file).
    const gzip = new Uint8Array(200);
    gzip.set([0x1f, 0x8b, 0x08]);
    expect(refusal(() => openWorkspaceDatabase(SQL, gzip, 'x.arranjo'))).toMatchObject({ code: 'NOT_SQLITE', params: { reason: 'gzip' } });
    expect(refusal(() => openWorkspaceDatabase(SQL, text, 'x.arranjo')).params).toEqual({});
  });

  it('refuses a SQLite database that is not an Arranjo workspace', () => {
    const other = new SQL.Database();
    other.run('CREATE TABLE t (x INTEGER)');
    expect(refusal(() => openWorkspaceDatabase(SQL, other.export(), 'other.db')).code).toBe('NOT_A_WORKSPACE');
  });

  it('refuses a damaged workspace (pages overwritten)', () => {
    const damaged = good.slice();
    for (let i = 4096; i < damaged.length; i++) damaged[i] = 0xff;
    expect(['CORRUPT_WORKSPACE', 'NOT_A_WORKSPACE']).toContain(refusal(() => openWorkspaceDatabase(SQL, damaged, 'bad.arranjo')).code);
  });

  it('refuses a truncated workspace', () => {
    const truncated = good.slice(0, Math.floor(good.length / 2));
    expect(['CORRUPT_WORKSPACE', 'NOT_A_WORKSPACE']).toContain(refusal(() => openWorkspaceDatabase(SQL, truncated, 'cut.arranjo')).code);
  });

  it('refuses a workspace of a newer schema, saying which versions', () => {
    const conn = new Connection(new SQL.Database(good));
    conn.execScript('PRAGMA user_version = 99');
    const error = refusal(() => openWorkspaceDatabase(SQL, conn.export(), 'future.arranjo'));
    expect(error.code).toBe('NEWER_SCHEMA');
    expect(error.message).toMatch(/schema 99/);
  });

  it('leaves the open workspace untouched when another file is refused', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    await engine.createSite({ code: 'X1', kind: 'industrial-district', name: 'Distrito X' });
    const before = await engine.exportWorkspace();
    await expect(engine.openWorkspace(new Uint8Array([1, 2, 3]), 'junk.arranjo')).rejects.toMatchObject({ code: 'NOT_SQLITE' });
    expect((await engine.listSites()).map((s) => s.code)).toEqual(['X1']);
    expect(await engine.exportWorkspace()).toEqual(before);
  });
});

describe('migrations', () => {
  it('run all pending steps in one transaction, or none', async () => {
    const SQL = await loadSql();
    const conn = new Connection(new SQL.Database());
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(conn, steps)).toThrow(/schema 0/);
    expect(conn.userVersion()).toBe(0);
    expect(conn.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([]);
    expect(migrate(conn, steps.slice(0, 1))).toEqual({ from: 0, to: 1 });
  });

  it('replay the whole chain on an empty database with foreign keys intact', async () => {
    const SQL = await loadSql();
    const conn = createWorkspaceDatabase(SQL, '2026-01-01');
    expect(conn.all('PRAGMA foreign_key_check')).toEqual([]);
    expect(conn.get<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys).toBe(1);
    const tables = conn.all<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table'");
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT(, WITHOUT ROWID)?\s*$/);
  });
});

describe('saving a workspace image', () => {
  const freePages = (image: Uint8Array, SQL: SqlJsStatic): number => {
    const conn = Connection.create(SQL, image);
    try {
      return Number(conn.get<{ n: number }>('SELECT freelist_count AS n FROM pragma_freelist_count()')?.n);
    } finally {
      conn.close();
    }
  };
  /** A workspace that held `rows` rows of 2,000 characters, then lost them (free pages left behind). */
  const afterDeleting = (SQL: SqlJsStatic, rows: number): Connection => {
    const conn = createWorkspaceDatabase(SQL, '2026-01-01');
    conn.transaction(() => {
      for (let i = 0; i < rows; i++) conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?)', [`k${i}`, 'x'.repeat(2000)]);
    });
    conn.run("DELETE FROM workspace_meta WHERE key LIKE 'k%'");
    return conn;
  };

  it('leaves out the free pages when they are most of the file (a rebuilt table, an undone import)', async () => {
    const SQL = await loadSql();
    const conn = afterDeleting(SQL, 3000);
    const image = exportImage(conn);
    expect(freePages(image, SQL)).toBe(0);
    expect(image.length).toBeLessThan(1024 * 1024);
    expect(
      openWorkspaceDatabase(SQL, image, 'compact.arranjo').conn.get('SELECT value FROM workspace_meta WHERE key = ?', ['app']),
    ).toBeDefined();
    conn.close();
  });

  it('keeps a few free pages for later writes', async () => {
    const SQL = await loadSql();
    const few = afterDeleting(SQL, 100);
    expect(freePages(exportImage(few), SQL)).toBeGreaterThan(0);
    few.close();
  });
});
