import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKnownCleanRegister, sha256Hex } from '../../electron/main/known-clean';
import { cli } from '../support/cli';

/**
 * Every image a save keeps passed SQLite's quick check (`exportImage`, issue 16): that check is
 * what lets its next open be certified. An image that fails it — only a bug or a database
 * damaged in memory can make one; here, a file opened certified that carries a NULL its schema
 * forbids — is refused (exit 1, Arranjo's fault), and the file, its backup, the scratch files and
 * the register stay as they were.
 */
describe('a save whose image fails the quick check writes nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-save-check-'));
  const good = path.join(dir, 'good.arranjo');
  const csv = path.join(dir, 'a.csv');

  beforeAll(async () => {
    expect((await cli('init', good)).status).toBe(0);
    writeFileSync(csv, 'territory_code,classification,sector_code,year,jobs\n3106200,ibge-setor,1,2015,10\n');
  }, 120_000);

  it('refused with the check\'s findings; file, backup and register untouched', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(good));
    db.exec('UPDATE municipality SET lat = NULL WHERE code = (SELECT min(code) FROM municipality)');
    db.exec('PRAGMA writable_schema = ON');
    db.exec("UPDATE sqlite_master SET sql = replace(sql, 'lat                 REAL', 'lat REAL NOT NULL') WHERE name = 'municipality'");
    db.exec('PRAGMA writable_schema = OFF');
    const file = path.join(dir, 'bad.arranjo');
    writeFileSync(file, db.export());
    db.close();
    const check = new SQL.Database(readFileSync(file));
    expect(check.exec('PRAGMA quick_check')[0]!.values[0]![0]).toMatch(/NULL value in municipality\.lat/);
    check.close();
    // Registered as this machine's own save: the open trusts it and skips its checks.
    await createKnownCleanRegister().add(sha256Hex(readFileSync(file)));
    const before = readFileSync(file);
    const registerFile = path.join(process.env.ARRANJO_STATE_DIR!, 'known-clean.json');
    const register = readFileSync(registerFile, 'utf8');

    const r = await cli('import', file, csv, '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(
      /failed SQLite's quick check before saving \(NULL value in municipality\.lat\); nothing was written and the last saved file is unchanged/,
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(readFileSync(registerFile, 'utf8')).toBe(register);
  });
});
