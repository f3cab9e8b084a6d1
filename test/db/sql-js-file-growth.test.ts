import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { quickerFileGrowth } from '../../shared/db/sql-js-file-growth';
import { loadSqlJs, nodeInitSqlJs } from '../../electron/main/load-sql-js';

const require = createRequire(import.meta.url);
const dist = (name: string): string => readFileSync(require.resolve(`sql.js/dist/${name}`), 'utf8');

describe("sql.js's in-memory file growth (issue 16)", () => {
  it('finds the growth expression once in the builds the CLI and the browser load (an upgrade that moves it fails here)', () => {
    for (const name of ['sql-wasm.js', 'sql-wasm-browser.js']) {
      const patched = quickerFileGrowth(dist(name));
      expect(patched, name).not.toBeNull();
      expect(patched).toContain('Math.max(67108864,');
      expect(patched).toContain('<268435456?4:1.125)');
      expect(patched).not.toContain('<1048576?2:1.125)');
    }
  });

  it('rewrites only that expression: past 1 MiB at least 64 MiB, quadrupling to 256 MiB, MEMFS own factors outside', () => {
    const source = 'g=Math.max(g,m*(m<1048576?2:1.125)>>>0)';
    const patched = quickerFileGrowth(source);
    expect(patched).toBe('g=Math.max(g,(m<1048576?m*2:Math.max(67108864,m*(m<268435456?4:1.125)))>>>0)');
    // The rewritten statement itself, run on a file of m bytes that needs one byte more.
    const grow = (m: number): number => runInNewContext(`var g=m+1;${patched ?? ''};g`, { m, Math }) as number;
    // Doubling under 1 MiB; a 1.2 MB workspace grows to 64 MiB at once; 40 MiB quadruples; 256 MiB is MEMFS's 1.125.
    expect([grow(4096), grow(2 ** 20 - 1), grow(1.2e6), grow(40 * 2 ** 20), grow(2 ** 28)]).toEqual([
      8192,
      2 ** 21 - 2,
      2 ** 26,
      160 * 2 ** 20,
      2 ** 28 * 1.125,
    ]);
    expect(quickerFileGrowth('nothing here')).toBeNull();
    expect(quickerFileGrowth(`${source};${source}`)).toBeNull();
  });

  it('the patched sql.js writes the same database file as the package, through growth past 1 MiB', async () => {
    const build = async (SQL: Awaited<ReturnType<typeof initSqlJs>>): Promise<Uint8Array> => {
      const db = new SQL.Database();
      db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
      db.exec('BEGIN');
      const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
      for (let k = 0; k < 60_000; k++) insert.run([k, `value ${k} `.repeat(5)]);
      insert.free();
      db.exec('COMMIT');
      expect(db.exec('PRAGMA quick_check')[0]?.values).toEqual([['ok']]);
      const bytes = db.export();
      db.close();
      return bytes;
    };
    expect(nodeInitSqlJs()).toBe(nodeInitSqlJs());
    const patched = await build(await loadSqlJs());
    expect(patched.length).toBeGreaterThan(2 * 2 ** 20);
    expect(Buffer.from(patched).equals(Buffer.from(await build(await initSqlJs())))).toBe(true);
  });
});
