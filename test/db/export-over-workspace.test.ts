import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

/**
 * `arranjo export --out` over a file that is a workspace: a copy of one kept as `.csv` or `.xlsx`, or
 * a link to another workspace, was replaced by the export without a word and without a `.bak` (the
 * workspace's own path was refused, any other workspace was lost). It is refused, exit 2, unchanged;
 * an earlier export at the same name is still replaced, as scripts that export every day expect.
 */
describe('arranjo export does not write over a workspace', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-export-over-'));
  const ws = path.join(dir, 'ws.arranjo');
  const other = path.join(dir, 'outro.arranjo');

  beforeAll(async () => {
    expect((await cli('init', ws)).status).toBe(0);
    copyFileSync(ws, other);
  }, 120_000);

  it.each([
    ['a copy named .csv', 'copia.csv', ['--csv', 'arranjo-obras']],
    ['a copy named .xlsx', 'copia.xlsx', ['--projects']],
  ])('refuses %s, leaving it as it was', async (_what, name, kind) => {
    const out = path.join(dir, name);
    copyFileSync(ws, out);
    const before = readFileSync(out);
    const r = await cli('export', ws, ...kind, '--out', out);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`--out ${out} is a workspace (an SQLite database), not an export;`);
    expect(r.err).toContain('nothing was written');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('refuses a link to another workspace, which the write followed', async () => {
    const link = path.join(dir, 'link.csv');
    symlinkSync(other, link);
    const before = readFileSync(other);
    const r = await cli('export', ws, '--csv', 'arranjo-lotes', '--out', link);
    expect(r.status).toBe(2);
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('names the workspace given as --out as itself, not as a link to it', async () => {
    const r = await cli('export', ws, '--csv', 'arranjo-obras', '--out', ws);
    expect(r.status).toBe(2);
    expect(r.err).toContain(`--out ${ws} is the workspace ${ws}; writing the CSV file there would replace the workspace.`);
  });

  it('still replaces an earlier export of the same name', async () => {
    const out = path.join(dir, 'obras.csv');
    writeFileSync(out, 'site_code,work_code\nold,old\n');
    const r = await cli('export', ws, '--csv', 'arranjo-obras', '--out', out);
    expect(r.status, r.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^site_code,work_code,title,/);
  });
});
