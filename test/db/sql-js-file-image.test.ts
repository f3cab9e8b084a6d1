import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeWorkspaceAtomic } from '../../electron/main/atomic-write';
import { loadSqlJs } from '../../electron/main/load-sql-js';
import type { Connection } from '../../shared/db/connection';
import { createWorkspaceDatabase, lendCheckedImage, openWorkspaceDatabase } from '../../shared/db/open-workspace';
import { exposeFileImage, FILE_IMAGE_METHOD } from '../../shared/db/sql-js-file-image';

const require = createRequire(import.meta.url);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Header fields SQLite's backup (sql.js's export) writes its own: change counter, schema cookie, version-valid-for. */
const BACKUP_HEADER_FIELDS = [24, 40, 92];

/** `image` equals `copy` byte for byte, but for the four bytes of each field the backup writes. */
function sameDatabase(image: Uint8Array, copy: Uint8Array): void {
  expect(image.length).toBe(copy.length);
  const a = Buffer.from(image);
  const b = Buffer.from(copy);
  for (const at of BACKUP_HEADER_FIELDS) {
    a.fill(0, at, at + 4);
    b.fill(0, at, at + 4);
  }
  expect(a.equals(b)).toBe(true);
}

/** A workspace past 1 MiB (MEMFS then holds it in a larger array), with `rows` meta rows of 2,000 characters. */
function workspace(SQL: SqlJsStatic, rows: number): Connection {
  const conn = createWorkspaceDatabase(SQL, '2026-12-06');
  conn.transaction(() => {
    for (let i = 0; i < rows; i++) conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?)', [`k${i}`, 'x'.repeat(2000)]);
  });
  return conn;
}

describe("the save's image lent in place (issue 16)", () => {
  let SQL: SqlJsStatic;
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-file-image-'));
  beforeAll(async () => {
    SQL = await loadSqlJs();
  });

  it('finds what it looks for once in the sql.js build Node loads (an upgrade that moves it fails here)', () => {
    const source = readFileSync(require.resolve('sql.js/dist/sql-wasm.js'), 'utf8');
    const patched = exposeFileImage(source);
    expect(patched).not.toBeNull();
    expect(patched).toContain(`.prototype.${FILE_IMAGE_METHOD}=function(){`);
    expect(exposeFileImage('nothing here')).toBeNull();
    expect(exposeFileImage(`${source};${source}`)).toBeNull();
  });

  it("writes the checked file in place: reopens, equals export() but for the backup's header fields, hash of the bytes written", async () => {
    const conn = workspace(SQL, 1000);
    const copy = conn.export();
    const exported = vi.spyOn(conn, 'export');
    const file = path.join(dir, 'a.arranjo');
    const stamp = await lendCheckedImage(conn, async (image) => {
      // In place: sql.js's own array (MEMFS grew it to 64 MiB), not a copy of the file's size.
      expect(image.buffer.byteLength).toBeGreaterThan(image.length);
      // Nothing may change the bytes while they are lent.
      expect(() => conn.get('SELECT 1 AS x')).toThrow(/being saved/);
      expect(() => conn.run('DELETE FROM workspace_meta')).toThrow(/being saved/);
      sameDatabase(image, copy);
      return writeWorkspaceAtomic(file, image);
    });
    expect(exported).not.toHaveBeenCalled();
    const written = readFileSync(file);
    expect(stamp?.sha256).toBe(sha256(written));
    sameDatabase(written, copy);
    const reopened = openWorkspaceDatabase(SQL, new Uint8Array(written), 'a.arranjo', 'full').conn;
    expect(reopened.get<{ n: number }>("SELECT count(*) AS n FROM workspace_meta WHERE key LIKE 'k%'")?.n).toBe(1000);
    reopened.close();

    // The connection goes on as before: a write, then a second save with it.
    conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?)', ['after', 'save']);
    const second = await lendCheckedImage(conn, (image) => writeWorkspaceAtomic(file, image));
    expect(exported).not.toHaveBeenCalled();
    const again = readFileSync(file);
    expect(second?.sha256).toBe(sha256(again));
    sameDatabase(again, conn.export());
    const last = openWorkspaceDatabase(SQL, new Uint8Array(again), 'a.arranjo', 'full').conn;
    expect(last.get<{ value: string }>('SELECT value FROM workspace_meta WHERE key = ?', ['after'])?.value).toBe('save');
    last.close();
    conn.close();
  });

  it('a write that fails leaves the connection usable', async () => {
    const conn = workspace(SQL, 10);
    await expect(
      lendCheckedImage(conn, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?)', ['still', 'open'])).toBe(1);
    conn.close();
  });

  it('leaves the file alone while a write transaction is under way, and copies from export() when sql.js lacks the method', async () => {
    const conn = workspace(SQL, 10);
    const exported = vi.spyOn(conn, 'export');
    // A transaction begun outside Connection.transaction: its rollback journal is beside the file,
    // which may hold some of its pages. Not lent in place; export() refuses it, as it always did.
    conn.execScript("BEGIN; INSERT INTO workspace_meta (key, value) VALUES ('open', 'transaction')");
    const use = vi.fn(async () => undefined);
    await expect(conn.lendImage(use)).rejects.toThrow(/busy or locked/);
    expect(exported).toHaveBeenCalledTimes(1);
    expect(use).not.toHaveBeenCalled();
    conn.execScript('ROLLBACK');
    await conn.lendImage(use);
    expect(use).toHaveBeenCalledTimes(1);
    expect(exported).toHaveBeenCalledTimes(1);

    const plain = workspace(await initSqlJs(), 10);
    const copied = vi.spyOn(plain, 'export');
    const image = await lendCheckedImage(plain, async (bytes) => bytes.slice());
    expect(copied).toHaveBeenCalledTimes(1);
    expect(Buffer.from(image).equals(Buffer.from(plain.export()))).toBe(true);
    plain.close();
    conn.close();
  });
});
