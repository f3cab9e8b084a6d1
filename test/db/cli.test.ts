import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../shared/db/migrations';
import { cli } from '../support/cli';

describe('arranjo CLI (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-cli-'));
  const demo = path.join(dir, 'demo.arranjo');

  beforeAll(async () => {
    expect((await cli('init', demo, '--demo')).status).toBe(0);
  });

  it('info --format json gives the schema version and every count', async () => {
    const { status, out } = await cli('info', demo, '--format', 'json');
    expect(status).toBe(0);
    // In §10's order, key by key: scripts may compare the text (initiatives came after programmeActions).
    expect(out).toMatch(/^\{"schemaVersion":\d+,"counts":\{"municipalities":\d+,"sites":\d+,"indicators":\d+,"indicatorValues":\d+,/);
    expect(Object.keys((JSON.parse(out) as { counts: object }).counts)).toEqual([
      'municipalities',
      'sites',
      'indicators',
      'indicatorValues',
      'employment',
      'projects',
      'lots',
      'prospects',
      'initiatives',
      'programmeActions',
    ]);
    expect(JSON.parse(out)).toEqual({
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: {
        municipalities: 5571,
        sites: 13,
        // Population (POP) plus the 12 built-in infrastructure-survey indicators, which have no values.
        indicators: 13,
        // IBGE population: 5,570 municipalities × 14 years (2010–2024; the source has no 2023 column).
        indicatorValues: 5570 * 14,
        employment: 13648,
        // The illustrative works portfolio (shared/features/works/demo.ts).
        projects: 14,
        // The illustrative attraction plan of DI-DIVINOPOLIS (shared/features/attraction/demo-plan.ts).
        lots: 13,
        prospects: 6,
        // The illustrative PRODUZIR-like programme (shared/features/programmes/demo.ts).
        programmeActions: 16,
        // The 79 named polos of the Rotas de Integração file (resources/data/initiatives).
        initiatives: 79,
      },
    });
  });

  it('info as text: one name and its number a line, the numbers in one column', async () => {
    const { status, out } = await cli('info', demo);
    expect(status).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^schema version +${LATEST_SCHEMA_VERSION}$`));
    // The longest name (programmeActions) too keeps a space before its number.
    expect(lines).toContainEqual(expect.stringMatching(/^programmeActions +16$/));
    expect(new Set(lines.map((l) => /\d+$/.exec(l)?.index))).toHaveLength(1);
  });

  it('--version names the program version and the workspace schema, as help lists it', async () => {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const { status, out } = await cli(flag);
      expect(status).toBe(0);
      expect(out).toBe(`arranjo ${pkg.version} (workspace schema ${LATEST_SCHEMA_VERSION})\n`);
    }
    expect((await cli('--help')).out).toContain('arranjo --version');
  });

  it('employment --format csv has the contract header and RAIS values', async () => {
    const { status, out } = await cli('employment', demo, '--year', '2020', '--format', 'csv');
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('territory_code,territory_name,sector_code,sector_name,year,jobs');
    expect(lines).toHaveLength(1 + 853 * 8);
    // Betim, manufacturing, 2020: the RAIS 2020 export's row for 310670:MG-BETIM
    const betim = lines.find((l) => l.startsWith('3106705,Betim,2,'));
    const raw = readFileSync(
      new URL('../../resources/data/employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv', import.meta.url),
      'latin1',
    );
    const source = raw
      .split(/\r?\n/)
      .find((l) => l.startsWith('310670:'))
      ?.split(';');
    expect(betim).toBe(`3106705,Betim,2,Indústria de transformação,2020,${source?.[2]}`);
  });

  it('the employment CSV it writes imports back into a new workspace, value for value (no classification column: the codes tell)', async () => {
    const exported = await cli('employment', demo, '--year', '2020', '--format', 'csv');
    const file = path.join(dir, 'empregos-2020.csv');
    writeFileSync(file, exported.out);
    const fresh = path.join(dir, 'reimport.arranjo');
    expect((await cli('init', fresh)).status).toBe(0);
    const imported = await cli('import', fresh, file, '--format', 'json');
    expect(imported.err).toBe('');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ target: 'employment', rows: { read: 853 * 8, imported: 853 * 8, skipped: 0 } });
    expect((await cli('employment', fresh, '--year', '2020', '--format', 'csv')).out).toBe(exported.out);
  });

  it('quotes names with commas in CSV', async () => {
    const { out } = await cli('employment', demo, '--year', '2019', '--format', 'csv');
    expect(out).toContain(',8,"Agropecuária, extração vegetal, caça e pesca",2019,');
  });

  it('refuses with exit 2 and a message: unknown year, bad option, missing file, existing target', async () => {
    expect(await cli('employment', demo, '--year', '2018', '--format', 'csv')).toMatchObject({
      status: 2,
      out: '',
      err: expect.stringMatching(/2019, 2020/),
    });
    expect((await cli('employment', demo, '--year', 'abc')).status).toBe(2);
    expect((await cli('employment', demo, '--year', '2019', '--measure', 'salary')).err).toMatch(/jobs, payroll/);
    expect((await cli('info', path.join(dir, 'nope.arranjo'))).err).toMatch(/no such file/);
    expect((await cli('init', demo)).err).toMatch(/already exists/);
    expect((await cli('frobnicate')).status).toBe(2);
  });

  it('refuses a corrupt workspace with exit 2 and leaves the file as it was', async () => {
    const bad = path.join(dir, 'bad.arranjo');
    writeFileSync(bad, 'not a database at all');
    const { status, err } = await cli('info', bad, '--format', 'json');
    expect(status).toBe(2);
    expect(err).toMatch(/bad\.arranjo is not an Arranjo workspace/);
    expect(readFileSync(bad, 'utf8')).toBe('not a database at all');
  });

  it('init --force keeps the replaced file as .bak', async () => {
    const file = path.join(dir, 'empty.arranjo');
    expect((await cli('init', file)).status).toBe(0);
    expect((await cli('init', file, '--force')).status).toBe(0);
    expect(
      readFileSync(file + '.bak')
        .subarray(0, 15)
        .toString(),
    ).toBe('SQLite format 3');
    expect(JSON.parse((await cli('info', file, '--format', 'json')).out).counts.employment).toBe(0);
  });
});

describe('arranjo analyze (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-analyze-'));
  const demo = path.join(dir, 'demo.arranjo');
  beforeAll(async () => {
    expect((await cli('init', demo, '--demo')).status).toBe(0);
  });

  it('lq, shift-share and diversity print the contract headers', async () => {
    const lq = await cli('analyze', 'lq', demo, '--year', '2020', '--reference', 'state:MG', '--format', 'csv');
    expect(lq.out.split('\n')[0]).toBe('territory_code,territory_name,sector_code,sector_name,year,jobs,lq');
    expect(lq.out.trim().split('\n')).toHaveLength(1 + 853 * 8);
    const ss = await cli('analyze', 'shift-share', demo, '--from', '2019', '--to', '2020', '--format', 'csv');
    expect(ss.out.split('\n')[0]).toBe(
      'territory_code,territory_name,sector_code,sector_name,jobs_from,jobs_to,reference_share,industry_mix,regional_shift,total_change',
    );
    const div = await cli('analyze', 'diversity', demo, '--year', '2019', '--format', 'csv');
    expect(div.out.split('\n')[0]).toBe('territory_code,territory_name,year,hhi,shannon,krugman');
    expect(div.out.trim().split('\n')).toHaveLength(1 + 853);
  });

  it('refuses unknown analyses, references and years with exit 2', async () => {
    expect((await cli('analyze', 'complexity', demo)).status).toBe(2);
    expect((await cli('analyze', 'lq', demo, '--year', '2020', '--reference', 'planet')).err).toMatch(/state:<UF>/);
    expect((await cli('analyze', 'lq', demo, '--year', '1990')).status).toBe(2);
  });

  it('plan and export --plan refuse an empty or over-long --period in their own words (the schema said "period: is required (column period)")', async () => {
    const year = new Date().getFullYear();
    for (const period of ['', '   ', 'x'.repeat(41)]) {
      const message = `arranjo: --period "${period}": give the plan's period, such as ${year} (1 to 40 characters).\n`;
      expect(await cli('plan', demo, '--site', 'DI-DIVINOPOLIS', '--period', period, '--format', 'json'), period).toEqual({
        status: 2,
        out: '',
        err: message,
      });
      const out = path.join(dir, 'plano.xlsx');
      expect(await cli('export', demo, '--plan', 'DI-DIVINOPOLIS', '--period', period, '--out', out), period).toEqual({
        status: 2,
        out: '',
        err: message,
      });
    }
    // Read as the schema reads it: " 2026 " is the demo plan's period.
    const plan = await cli('plan', demo, '--site', 'DI-DIVINOPOLIS', '--period', ' 2026 ', '--format', 'json');
    expect(plan.status, plan.err).toBe(0);
    expect((JSON.parse(plan.out) as { period: string; lots: { total: number } }).lots.total).toBe(13);
  });

  it('programme --period outside the programme is refused with its dates (it printed a row of zeros per indicator)', async () => {
    const name = 'PRODUZIR MG — exemplo ilustrativo';
    expect(await cli('programme', demo, '--name', name, '--period', '2030')).toEqual({
      status: 2,
      out: '',
      err: `arranjo: --period 2030 is outside programme "${name}" (2025-01-01 to 2026-12-31): choose a period inside it.\n`,
    });
    expect((await cli('programme', demo, '--name', name, '--period', '2026-Q4')).status).toBe(0);
  });

  it('import refuses a blank --sheet, --template, --state or --mapping as a missing value, the workspace unchanged (the schema said "sheet: is required (column sheet)"; a blank --mapping was no mapping)', async () => {
    const file = path.join(dir, 'obras.csv');
    writeFileSync(
      file,
      'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OB-X,Via,Pavimentação,1000,2025-01-01,2025-12-31\n',
    );
    const before = readFileSync(demo);
    for (const option of ['sheet', 'template', 'state', 'mapping']) {
      for (const blank of ['', '  ']) {
        const r = await cli('import', demo, file, `--${option}`, blank, '--format', 'json');
        const message = `arranjo import: --${option} needs a value. "arranjo import --help" lists its options.`;
        expect({ status: r.status, err: r.err }, `--${option} "${blank}"`).toEqual({ status: 2, err: `arranjo: ${message}\n` });
        expect((JSON.parse(r.out) as { errors: { message: string }[] }).errors).toEqual([{ row: null, column: null, message }]);
      }
    }
    expect(readFileSync(demo).equals(before)).toBe(true);
  });
});
