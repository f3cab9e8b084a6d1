import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnownCleanRegister, sha256Hex } from '../../electron/main/known-clean';
import { cli } from '../support/cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every image a save keeps passed SQLite's quick check (issue 16): the CLI checks the exported
 * bytes (in a worker thread when built, in its own thread from the sources) while it writes them,
 * and replaces nothing until they passed. An image that fails it — only a bug or a damaged
 * database in memory can make one; here, a file opened certified that carries a NULL its schema
 * forbids — is refused with the same message as before, and the file, its backup and the
 * register stay as they were.
 */
describe('the save checks the image it writes before it replaces anything', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-save-check-'));
  const good = path.join(dir, 'good.arranjo');
  const csv = path.join(dir, 'a.csv');
  // The built CLI sits two levels below the root, as out/cli does (it finds resources/ from there).
  const built = path.join(ROOT, 'out', `test-cli-${process.pid}`);

  beforeAll(async () => {
    expect((await cli('init', good)).status).toBe(0);
    writeFileSync(csv, 'territory_code,classification,sector_code,year,jobs\n3106200,ibge-setor,1,2015,10\n');
    await build({ configFile: path.join(ROOT, 'electron/cli/vite.config.ts'), logLevel: 'silent', build: { outDir: built } });
  }, 180_000);
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  /** A copy of the good workspace whose municipality.lat is declared NOT NULL with one NULL in it, registered as certified. */
  async function badImage(name: string): Promise<string> {
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(good));
    db.exec('UPDATE municipality SET lat = NULL WHERE code = (SELECT min(code) FROM municipality)');
    db.exec('PRAGMA writable_schema = ON');
    db.exec("UPDATE sqlite_master SET sql = replace(sql, 'lat                 REAL', 'lat REAL NOT NULL') WHERE name = 'municipality'");
    db.exec('PRAGMA writable_schema = OFF');
    const file = path.join(dir, name);
    writeFileSync(file, db.export());
    db.close();
    const check = new SQL.Database(readFileSync(file));
    expect(check.exec('PRAGMA quick_check')[0]!.values[0]![0]).toMatch(/NULL value in municipality\.lat/);
    check.close();
    await createKnownCleanRegister().add(sha256Hex(readFileSync(file)));
    return file;
  }

  function untouched(file: string, before: Buffer, register: string): void {
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(readFileSync(path.join(process.env.ARRANJO_STATE_DIR!, 'known-clean.json'), 'utf8')).toBe(register);
  }

  it('in this thread (the CLI run from its sources)', async () => {
    const file = await badImage('bad-here.arranjo');
    const before = readFileSync(file);
    const register = readFileSync(path.join(process.env.ARRANJO_STATE_DIR!, 'known-clean.json'), 'utf8');
    const r = await cli('import', file, csv, '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/failed SQLite's quick check before saving \(NULL value in municipality\.lat\); nothing was written and the last saved file is unchanged/);
    untouched(file, before, register);
  });

  it('in the built CLI, by its worker thread; a sound image is saved and certified', async () => {
    expect(existsSync(path.join(built, 'image-check-worker.mjs'))).toBe(true);
    const run = (...argv: string[]) => spawnSync(process.execPath, [path.join(built, 'cli.mjs'), ...argv], { encoding: 'utf8', timeout: 50_000 });
    const file = await badImage('bad-worker.arranjo');
    const before = readFileSync(file);
    const register = readFileSync(path.join(process.env.ARRANJO_STATE_DIR!, 'known-clean.json'), 'utf8');
    const r = run('import', file, csv, '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed SQLite's quick check before saving \(NULL value in municipality\.lat\); nothing was written and the last saved file is unchanged/);
    untouched(file, before, register);

    const saved = path.join(dir, 'saved.arranjo');
    writeFileSync(saved, readFileSync(good));
    expect(run('import', saved, csv, '--format', 'json').status).toBe(0);
    expect(await createKnownCleanRegister().certifies(sha256Hex(readFileSync(saved)))).toBe(true);
    expect(Buffer.compare(readFileSync(`${saved}.bak`), readFileSync(good))).toBe(0);
  }, 60_000);
});
