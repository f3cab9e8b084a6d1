import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseForReading } from '../../electron/cli/workspace-file';
import { ActionRepository } from '../../shared/features/programmes/action-repository';
import { ProgrammeRepository } from '../../shared/features/programmes/programme-repository';
import { cli } from '../support/cli';

// DESIGN.md §10, every optional column included, in §10's order.
const HEADERS: Record<string, string> = {
  'arranjo-obras':
    'site_code,work_code,title,category,budget_planned,planned_start,planned_end,actual_start,actual_end,status,funding_source,agency,contractor,contract_value',
  'arranjo-medicoes': 'work_code,date,physical_progress,committed,disbursed',
  'arranjo-lotes': 'site_code,lot_code,area_m2,price_per_m2,status,zoning,pollution_class,infrastructure,notes',
  'arranjo-empresas': 'site_code,company,cnpj,cnae,investment,jobs,area_needed_m2,stage,next_action,next_action_date,contact,notes',
  'arranjo-polos': 'route,initiative,territory_code,municipality,state,kind,sectors,notes',
  'arranjo-acoes':
    'programme,action_code,type,territory_code,start_date,participants,end_date,women,youth,enterprises_formed,enterprises_legalized,partner,notes',
  'arranjo-metas': 'programme,indicator,period,baseline,target,actual',
};

interface ImportResult {
  target: string;
  template: string;
  rows: { read: number; imported: number; updated: number; skipped: number };
  errors: unknown[];
}

describe('arranjo export --csv: the canonical layouts, re-importable as they are (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-export-csv-'));
  const demo = path.join(dir, 'demo.arranjo');
  let n = 0;
  const copyOfDemo = (): string => {
    const ws = path.join(dir, `copy-${++n}.arranjo`);
    copyFileSync(demo, ws);
    return ws;
  };

  async function exported(ws: string, layout: string, ...extra: string[]): Promise<string> {
    const out = path.join(dir, `${layout}-${++n}.csv`);
    const r = await cli('export', ws, '--csv', layout, '--out', out, ...extra);
    expect(r.status, r.err).toBe(0);
    return readFileSync(out, 'utf8');
  }

  async function imported(ws: string, text: string): Promise<ImportResult> {
    const file = path.join(dir, `import-${++n}.csv`);
    writeFileSync(file, text);
    const r = await cli('import', ws, file, '--format', 'json');
    expect(r.status, r.out + r.err).toBe(0);
    return JSON.parse(r.out) as ImportResult;
  }

  beforeAll(async () => {
    expect((await cli('init', demo, '--demo')).status).toBe(0);
  }, 240_000);

  for (const layout of Object.keys(HEADERS)) {
    it(`${layout}: §10's header, and imported into the same workspace it changes nothing`, async () => {
      const csv = await exported(demo, layout);
      const lines = csv.split('\n');
      expect(lines[0]).toBe(HEADERS[layout]);
      expect(csv.endsWith('\n')).toBe(true);
      const rows = lines.length - 2;
      expect(rows, 'the demo has records of every layout').toBeGreaterThan(0);

      const ws = copyOfDemo();
      const result = await imported(ws, csv);
      expect(result.template).toBe(layout);
      expect(result.errors).toEqual([]);
      expect(result.rows.read).toBe(rows);
      expect(result.rows.imported).toBe(0);
      // One initiative is many rows of arranjo-polos (one per municipality).
      if (layout === 'arranjo-polos') expect(result.rows.updated).toBeGreaterThan(0);
      else expect(result.rows.updated).toBe(rows);
      expect(await exported(ws, layout)).toBe(csv);
    }, 120_000);
  }

  it('arranjo-acoes imported back keeps the links to a site or initiative its layout has no column for', async () => {
    const actions = async (ws: string): Promise<unknown[]> => {
      const conn = await openDatabaseForReading(ws);
      const repository = new ActionRepository(conn);
      const all = new ProgrammeRepository(conn).list().flatMap((p) => repository.actions(p.id));
      conn.close();
      return all;
    };
    const before = await actions(demo);
    expect(
      before.some((a) => (a as { initiativeCode: string | null }).initiativeCode !== null),
      'the demo links an action',
    ).toBe(true);
    const ws = copyOfDemo();
    await imported(ws, await exported(demo, 'arranjo-acoes'));
    expect(await actions(ws)).toEqual(before);
  }, 120_000);

  it('arranjo-medicoes with a correction carries the correction column, so it imports back', async () => {
    const ws = copyOfDemo();
    const correction = 'work_code,date,physical_progress,committed,disbursed,correction\nOBR-DEMO-01,2026-07-15,50,1071000,432180,1\n';
    expect((await imported(ws, correction)).rows.imported).toBe(1);
    const csv = await exported(ws, 'arranjo-medicoes');
    expect(csv.split('\n')[0]).toBe(`${HEADERS['arranjo-medicoes']},correction`);
    expect(csv).toContain('\nOBR-DEMO-01,2026-07-15,50,1071000,432180,1\n');
    const other = copyOfDemo();
    expect((await imported(other, csv)).rows).toMatchObject({ imported: 1, updated: 69 });
    expect(await exported(other, 'arranjo-medicoes')).toBe(csv);
  }, 120_000);

  it('polos, actions and targets imported into an empty workspace export the same file', async () => {
    const empty = path.join(dir, 'empty.arranjo');
    expect((await cli('init', empty)).status).toBe(0);
    for (const layout of ['arranjo-polos', 'arranjo-acoes', 'arranjo-metas']) {
      const csv = await exported(demo, layout);
      const result = await imported(empty, csv);
      expect(result.rows.updated, layout).toBe(0);
      expect(result.rows.imported, layout).toBeGreaterThan(0);
      expect(await exported(empty, layout), layout).toBe(csv);
    }
  }, 240_000);

  it('--site keeps one district; the rows are in order of site and code, numbers plain', async () => {
    const all = (await exported(demo, 'arranjo-obras')).trim().split('\n').slice(1);
    const betim = (await exported(demo, 'arranjo-obras', '--site', 'DI-BETIM')).trim().split('\n').slice(1);
    expect(betim.length).toBeGreaterThan(0);
    expect(betim).toEqual(all.filter((l) => l.startsWith('DI-BETIM,')));
    const keys = all.map((l) => l.split(',').slice(0, 2).join(' '));
    expect(keys).toEqual([...keys].sort());
    for (const line of all) expect(line).not.toMatch(/\d\.\d*0{6,}\d|\d{2}\.\d{10,}|e\+|\d \d/);
  }, 120_000);

  it('a name with a comma, a quote, a line break and a leading "=" comes back the same', async () => {
    const ws = copyOfDemo();
    const head = HEADERS['arranjo-empresas'];
    const given = `${head}\nDI-BETIM,"=HYPERLINK(""http://x"",""Fundição, Ltda"")",,2512-8/00,2500000.5,40,900,lead,,,,"+1 ""nota""\nsegunda linha, com vírgula"\n`;
    expect((await imported(ws, given)).rows.imported).toBe(1);
    const csv = await exported(ws, 'arranjo-empresas', '--site', 'DI-BETIM');
    // Neutralised for a spreadsheet (a leading '), quoted per RFC 4180.
    expect(csv).toContain(
      `DI-BETIM,"'=HYPERLINK(""http://x"",""Fundição, Ltda"")",,2512-8/00,2500000.5,40,900,lead,,,,"'+1 ""nota""\nsegunda linha, com vírgula"\n`,
    );

    // Into the demo, which lacks it: the same company, the same file.
    const other = copyOfDemo();
    expect((await imported(other, csv)).rows).toMatchObject({ imported: 1, updated: 0 });
    expect(await exported(other, 'arranjo-empresas', '--site', 'DI-BETIM')).toBe(csv);
    // And into the same workspace: that row updated, nothing else.
    expect((await imported(ws, csv)).rows).toMatchObject({ imported: 0, updated: 1 });
    expect(await exported(ws, 'arranjo-empresas', '--site', 'DI-BETIM')).toBe(csv);
  }, 120_000);

  it('refuses an unknown layout naming the seven, an .xlsx --out and --site on a layout without sites', async () => {
    const out = path.join(dir, 'x.csv');
    const unknown = await cli('export', demo, '--csv', 'arranjo-obra', '--out', out);
    expect(unknown.status).toBe(2);
    for (const layout of Object.keys(HEADERS)) expect(unknown.err).toContain(layout);
    const blank = await cli('export', demo, '--csv', '', '--out', out);
    expect(blank.status).toBe(2);
    expect(blank.err).toContain('arranjo-metas');
    const xlsx = await cli('export', demo, '--csv', 'arranjo-obras', '--out', path.join(dir, 'x.xlsx'));
    expect(xlsx.status).toBe(2);
    expect(xlsx.err).toContain('ending in .csv');
    const site = await cli('export', demo, '--csv', 'arranjo-polos', '--site', 'DI-BETIM', '--out', out);
    expect(site.status).toBe(2);
    expect(site.err).toContain('--site');
  }, 120_000);
});
