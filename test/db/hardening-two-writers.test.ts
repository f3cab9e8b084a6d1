import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'electron/cli/arranjo.mjs');

function spawnCli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, out, err }));
  });
}

const HEADER = 'territory_code,classification,sector_code,year,jobs\n';

/** The municipality codes of the shipped table (5,570 and the Brasília district). */
const CODES = readFileSync(path.join(ROOT, 'resources/data/municipalities/kelvins_municipios.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0])
  .filter((code): code is string => !!code && /^\d{7}$/.test(code));
const SECTORS = [1, 2, 3, 4, 5, 6, 7, 8];
const YEARS = [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015];

/**
 * Every municipality × the 8 IBGE sectors × 8 years (~356,000 rows): an import that holds the lock
 * for seconds after taking it, several times longer than a second process needs to start.
 */
function longImport(): string {
  const rows = YEARS.flatMap((year) => CODES.flatMap((code) => SECTORS.map((s) => `${code},ibge-setor,${s},${year},${s}`)));
  return `${HEADER}${rows.join('\n')}\n`;
}

/** Resolves once `file` exists (the first writer has taken the lock). */
async function appears(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 5));
}

describe('one writer per workspace (issue 15 #2)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-writers-'));
  const ws = path.join(dir, 'ws.arranjo');

  beforeAll(async () => {
    // Builds the CLI once (arranjo.mjs rebuilds when stale) before two processes race for it.
    expect((await spawnCli(['init', ws])).status).toBe(0);
    writeFileSync(path.join(dir, 'a.csv'), longImport());
    writeFileSync(path.join(dir, 'b.csv'), `${HEADER}3106200,ibge-setor,1,2016,11\n`);
  }, 180_000);

  it('two concurrent imports: one exit 0, the other exit 2 naming the holder; nothing lost', async () => {
    // The second starts while the first holds the lock (a long import), whatever the machine's load.
    const first = spawnCli(['import', ws, path.join(dir, 'a.csv'), '--format', 'json']);
    await appears(`${ws}.lock`);
    const b = await spawnCli(['import', ws, path.join(dir, 'b.csv'), '--format', 'json']);
    const a = await first;
    expect([a.status, b.status]).toEqual([0, 2]);
    const loser = b;
    expect(loser.err).toMatch(/is being written by arranjo import \(.+\) \(process \d+ on /);
    expect(loser.err).not.toMatch(/\n\s+at /); // no stack trace
    const { out } = await cli('employment', ws, '--year', '2015', '--format', 'csv');
    expect(out.trim().split('\n').length).toBe(CODES.length * SECTORS.length + 1);
    expect(existsSync(`${ws}.lock`)).toBe(false);
    // The refused import can simply run again: both batches are then in the file.
    const again = await cli('import', ws, path.join(dir, 'b.csv'), '--format', 'json');
    expect(again.status).toBe(0);
    for (const year of [2015, 2016]) {
      expect((await cli('employment', ws, '--year', String(year), '--format', 'csv')).out.trim().split('\n').length).toBeGreaterThan(1);
    }
  }, 180_000);

  it("a lock held by a live process refuses a writer (exit 2); a dead holder's lock is taken over", async () => {
    const lock = `${ws}.lock`;
    const live = { holder: 'Arranjo desktop (ana)', pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(lock, JSON.stringify(live));
    const refused = await cli('undo-import', ws, '1');
    expect(refused.status).toBe(2);
    expect(refused.err).toContain('is being written by Arranjo desktop (ana)');
    expect(existsSync(lock)).toBe(true);
    // A pid that cannot be running on this host: stale.
    writeFileSync(lock, JSON.stringify({ ...live, pid: 2 ** 22 + 12345 }));
    const taken = await cli('undo-import', ws, '1', '--format', 'json');
    expect(taken.status).toBe(0);
    expect(existsSync(lock)).toBe(false);
  }, 120_000);
});
