import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { arranjoStateDir, createKnownCleanRegister, KNOWN_CLEAN_NAME, sha256Hex } from '../../electron/main/known-clean';
import { cli } from '../support/cli';

/**
 * A received workspace gets the full check on open (DESIGN.md §2): foreign keys, and the schema
 * exactly as its version's migrations make it. A tampered file is refused and left as it was.
 */
describe('received workspaces are checked, not trusted (issue 15 #7)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-received-'));
  const good = path.join(dir, 'good.arranjo');
  const csv = path.join(dir, 'a.csv');
  let pristine: Uint8Array;

  beforeAll(async () => {
    expect((await cli('init', good)).status).toBe(0);
    writeFileSync(csv, 'territory_code,classification,sector_code,year,jobs\n3106200,ibge-setor,1,2015,10\n');
    expect((await cli('import', good, csv)).status).toBe(0);
    pristine = new Uint8Array(readFileSync(good));
  }, 120_000);

  async function tampered(name: string, change: (db: Database) => void): Promise<string> {
    const SQL = await initSqlJs();
    const db = new SQL.Database(pristine);
    change(db);
    const file = path.join(dir, name);
    writeFileSync(file, db.export());
    db.close();
    return file;
  }

  async function refusedUntouched(file: string, pattern: RegExp): Promise<void> {
    const before = readFileSync(file);
    const r = await cli('import', file, csv, '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(pattern);
    // A received file has no .bak beside it: the advice says "if there is one" (it said "Open its backup (.bak)").
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(r.err).toContain(
      'If there is a backup (.bak) beside it, open that; otherwise get the file again (from whoever sent it, or an earlier copy).',
    );
    expect(r.err).not.toContain('Open its backup');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  }

  it('the untouched workspace opens', async () => {
    expect((await cli('info', good, '--format', 'json')).status).toBe(0);
  });

  it('a row that violates a foreign key', async () => {
    const file = await tampered('fk.arranjo', (db) => {
      const [fk] = db.exec('PRAGMA foreign_key_list(employment)')[0]!.values;
      const [, , parent, from, to] = fk as [number, number, string, string, string];
      db.exec('PRAGMA foreign_keys = OFF');
      db.exec(`DELETE FROM "${parent}" WHERE "${to}" IN (SELECT "${from}" FROM employment)`);
    });
    await refusedUntouched(file, /fk\.arranjo has \d+ broken references? \((a row of employment|employment row \d+) points to a missing /);
  });

  it('a missing table', async () => {
    const file = await tampered('missing.arranjo', (db) => db.exec('PRAGMA foreign_keys = OFF; DROP TABLE grid_view'));
    await refusedUntouched(file, /missing\.arranjo is not a workspace as Arranjo writes it: the table grid_view is missing/);
  });

  it('a planted trigger (it would delete every site during an ordinary import)', async () => {
    const file = await tampered('trigger.arranjo', (db) =>
      db.exec('CREATE TRIGGER wipe AFTER INSERT ON employment BEGIN DELETE FROM site; END'),
    );
    await refusedUntouched(file, /trigger\.arranjo is not a workspace as Arranjo writes it: it has a trigger wipe Arranjo did not create/);
  });

  it('a planted view and an extra column', async () => {
    const view = await tampered('view.arranjo', (db) => db.exec('CREATE VIEW spy AS SELECT * FROM site'));
    await refusedUntouched(view, /it has a view spy Arranjo did not create/);
    const column = await tampered('column.arranjo', (db) => db.exec('ALTER TABLE site ADD COLUMN extra TEXT'));
    await refusedUntouched(column, /the table site does not have the expected columns/);
  });

  it('an index out of step with its table: a received file gets the full check, an image this machine wrote the quick one', async () => {
    // municipality_state is rebuilt over the names while its definition still says state_code: the
    // same number of entries (quick_check passes), the wrong ones (only integrity_check sees them).
    // Only a program editing the file can do this.
    const SQL = await initSqlJs();
    const setIndexSql = (db: Database, sql: string) => {
      db.exec('PRAGMA writable_schema = ON');
      db.run("UPDATE sqlite_master SET sql = ? WHERE name = 'municipality_state'", [sql]);
      db.exec('PRAGMA writable_schema = OFF');
    };
    const renamed = new SQL.Database(pristine);
    setIndexSql(renamed, 'CREATE INDEX municipality_state ON municipality (name)');
    const rebuilt = new SQL.Database(renamed.export());
    renamed.close();
    rebuilt.exec('REINDEX municipality_state');
    setIndexSql(rebuilt, 'CREATE INDEX municipality_state ON municipality (state_code)');
    const file = path.join(dir, 'index.arranjo');
    writeFileSync(file, rebuilt.export());
    rebuilt.close();
    const check = new SQL.Database(readFileSync(file));
    expect(check.exec('PRAGMA quick_check')[0]!.values).toEqual([['ok']]);
    expect(check.exec('PRAGMA integrity_check')[0]!.values[0]![0]).toMatch(/missing from index municipality_state/);
    check.close();

    await refusedUntouched(file, /index\.arranjo holds rows that break Arranjo's rules for them|index\.arranjo is damaged/);
    // Had this machine's Arranjo written these very bytes, the quick check would be enough…
    await createKnownCleanRegister().add(sha256Hex(readFileSync(file)));
    expect((await cli('info', file, '--format', 'json')).status).toBe(0);
    // …unless its last writer was killed (a stale lock beside it: an unclean close)…
    const killed = { holder: 'arranjo import (ana)', pid: 2 ** 22 + 4321, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(`${file}.lock`, JSON.stringify(killed));
    await refusedUntouched(file, /index\.arranjo/);
    rmSync(`${file}.lock`, { force: true });
    expect((await cli('info', file, '--format', 'json')).status).toBe(0);
    // …and --full-check always finds it.
    const full = await cli('info', file, '--full-check', '--format', 'json');
    expect(full.status).toBe(2);
    expect(full.err).toMatch(/index\.arranjo/);
  });

  it('a workspace Arranjo saved opens certified: its image is in the register, checked at save', async () => {
    expect(await createKnownCleanRegister().certifies(sha256Hex(pristine))).toBe(true);
  });

  it('a certified image opens without its checks repeated: only the hash vouches for it, and any doubt brings them back', async () => {
    // Bytes no Arranjo could write (a broken foreign key), registered as if this machine had saved
    // them: the open trusts the register, as it trusts a checked save (issue 16)…
    const file = await tampered('certified.arranjo', (db) => {
      db.exec('PRAGMA foreign_keys = OFF');
      db.exec('DELETE FROM import_batch');
    });
    const hash = sha256Hex(readFileSync(file));
    await createKnownCleanRegister().add(hash);
    expect((await cli('info', file, '--format', 'json')).status).toBe(0);
    // …a stale lock (its last writer was killed) brings back the full check…
    const killed = { holder: 'arranjo import (ana)', pid: 2 ** 22 + 4322, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(`${file}.lock`, JSON.stringify(killed));
    await refusedUntouched(file, /certified\.arranjo has \d+ broken references?/);
    rmSync(`${file}.lock`, { force: true });
    // …and an image an older register recorded (not checked at save) gets the quick check and the others.
    const registerFile = path.join(arranjoStateDir(), KNOWN_CLEAN_NAME);
    const saved = readFileSync(registerFile);
    try {
      writeFileSync(registerFile, JSON.stringify({ version: 1, images: [hash] }));
      await refusedUntouched(file, /certified\.arranjo has \d+ broken references?/);
    } finally {
      writeFileSync(registerFile, saved);
    }
    expect((await cli('info', file, '--full-check', '--format', 'json')).status).toBe(2);
  });
});
