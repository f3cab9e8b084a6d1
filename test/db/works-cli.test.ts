import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/works');

/**
 * The works CLI contract (DESIGN.md §10) on the hand example of test/unit/works/earned-value.test.ts:
 * OB-BET-01, BAC R$ 1,000,000 over 2025-01-01 → 2025-12-31, at 2025-07-02 planned 50 %, measured 40 %,
 * disbursed R$ 450,000 → SPI 0.8, CPI 0.888…
 */
describe('arranjo works, sites, export --projects; import of arranjo-obras and arranjo-medicoes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-works-'));
  const ws = path.join(dir, 'ws.arranjo');
  const obras = path.join(dir, 'obras.csv');
  const medicoes = path.join(dir, 'medicoes.csv');

  beforeAll(async () => {
    expect((await cli('init', ws, '--demo')).status).toBe(0);
    copyFileSync(path.join(FIXTURES, 'obras.csv'), obras);
    copyFileSync(path.join(FIXTURES, 'medicoes.csv'), medicoes);
  }, 120_000);

  it('sites lists the districts with their codes', async () => {
    const { status, out } = await cli('sites', ws, '--format', 'csv');
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('code,name,kind,territory_code,status');
    expect(lines.some((l) => l.startsWith('DI-BETIM,Distrito Industrial de Betim,industrial-district,3106705,'))).toBe(true);
  });

  it('imports works and measurements by their header, reports them with earned value', async () => {
    const works = await cli('import', ws, obras, '--format', 'json');
    expect(works.status, works.err).toBe(0);
    expect(JSON.parse(works.out)).toMatchObject({ target: 'works', rows: { read: 3, imported: 3, updated: 0 } });
    const measures = await cli('import', ws, medicoes, '--format', 'json');
    expect(measures.status, measures.err).toBe(0);
    expect(JSON.parse(measures.out)).toMatchObject({ target: 'measurements', rows: { read: 5, imported: 5, updated: 0 } });

    const info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { projects: number } };
    // The demo's 14 illustrative works plus the 3 imported.
    expect(info.counts.projects).toBe(17);

    const { status, out } = await cli('works', ws, '--status-date', '2025-07-02', '--format', 'csv');
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'site_code,site_name,work_code,title,status,budget_planned,committed,disbursed,physical_progress,planned_progress,spi,cpi',
    );
    const json = JSON.parse((await cli('works', ws, '--status-date', '2025-07-02', '--format', 'json')).out) as Record<string, unknown>[];
    const a = json.find((r) => r.work_code === 'OB-BET-01');
    expect(a).toMatchObject({
      site_code: 'DI-BETIM',
      budget_planned: 1_000_000,
      committed: 600_000,
      disbursed: 450_000,
      physical_progress: 40,
      planned_progress: 50,
      spi: 0.8,
    });
    expect(a?.cpi as number).toBeCloseTo(400_000 / 450_000, 9);
    const b = json.find((r) => r.work_code === 'OB-BET-02');
    // 2025-02-01 → 2025-07-02 is 151 of 211 days.
    expect(b?.planned_progress as number).toBeCloseTo((151 / 211) * 100, 8);
    expect(b?.spi as number).toBeCloseTo(400_000 / ((151 / 211) * 500_000), 8);
    // Before any measurement and before the start: nothing earned, CPI and SPI empty.
    const early = JSON.parse((await cli('works', ws, '--status-date', '2024-12-01', '--format', 'json')).out) as Record<string, unknown>[];
    expect(early.find((r) => r.work_code === 'OB-BET-01')).toMatchObject({
      physical_progress: 0,
      planned_progress: 0,
      spi: null,
      cpi: null,
    });
    const site = JSON.parse(
      (await cli('works', ws, '--site', 'Distrito Industrial de Uberaba', '--status-date', '2025-07-02', '--format', 'json')).out,
    ) as Record<string, unknown>[];
    expect(site.map((r) => r.work_code)).toEqual(['OB-UBE-01']);
  });

  it('re-import updates, never duplicates; undo-import puts the previous values back', async () => {
    const changed = path.join(dir, 'medicoes-2.csv');
    writeFileSync(
      changed,
      'work_code,date,physical_progress,committed,disbursed\nOB-BET-01,2025-06-30,45,600000,460000\nOB-BET-01,2025-09-30,70,800000,700000\n',
    );
    const r = await cli('import', ws, changed, '--format', 'json');
    expect(r.status, r.err).toBe(0);
    const result = JSON.parse(r.out) as { batch: number; rows: { imported: number; updated: number } };
    expect(result.rows).toMatchObject({ imported: 1, updated: 1 });
    const at = async (): Promise<Record<string, unknown> | undefined> =>
      (JSON.parse((await cli('works', ws, '--status-date', '2025-07-02', '--format', 'json')).out) as Record<string, unknown>[]).find(
        (x) => x.work_code === 'OB-BET-01',
      );
    expect(await at()).toMatchObject({ physical_progress: 45, disbursed: 460_000 });
    const again = await cli('import', ws, obras, '--format', 'json');
    expect(JSON.parse(again.out)).toMatchObject({ rows: { imported: 0, updated: 3 } });
    expect((JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { projects: number } }).counts.projects).toBe(17);

    expect((await cli('undo-import', ws, String(result.batch))).status).toBe(0);
    expect(await at()).toMatchObject({ physical_progress: 40, disbursed: 450_000 });
  });

  it('reads a district given by its name, as agency sheets give it', async () => {
    const named = path.join(dir, 'obras-nomes.csv');
    const text = readFileSync(obras, 'utf8')
      .replace('\nDI-BETIM,OB-BET-01', '\nDistrito Industrial de Betim,OB-BET-01')
      .replace('\nDI-UBERABA,OB-UBE-01', '\nDISTRITO INDUSTRIAL DE UBERABA,OB-UBE-01');
    writeFileSync(named, text);
    const r = await cli('import', ws, named, '--format', 'json');
    expect(r.status, r.out + r.err).toBe(0);
    // The same three works, updated in place under their districts.
    expect(JSON.parse(r.out)).toMatchObject({ rows: { read: 3, imported: 0, updated: 3 } });
    const uberaba = JSON.parse((await cli('works', ws, '--site', 'distrito industrial de uberaba', '--format', 'json')).out) as Record<
      string,
      unknown
    >[];
    expect(uberaba.map((w) => w.work_code)).toEqual(['OB-UBE-01']);
  });

  it('says which column a header misspells, and which one a file lacks to fit its template', async () => {
    // "contrator" was dropped without a word: the contractors were lost.
    const misspelt = path.join(dir, 'obras-contrator.csv');
    writeFileSync(misspelt, readFileSync(obras, 'utf8').replace(',contractor,', ',contrator,'));
    const r = await cli('import', ws, misspelt, '--dry-run', '--format', 'json');
    expect(r.status, r.err).toBe(0);
    expect((JSON.parse(r.out) as { warnings: unknown[] }).warnings).toContainEqual({
      row: null,
      column: 'contrator',
      message:
        'column "contrator" is not read by arranjo-obras: did you mean "contractor"? Its values were left out; rename the column to import them.',
    });
    // Without planned_end no template fits: the refusal names the closest and the column to add.
    const lacking = path.join(dir, 'obras-sem-fim.csv');
    writeFileSync(lacking, readFileSync(obras, 'utf8').replace(',planned_end,', ',fim,'));
    const refused = await cli('import', ws, lacking);
    expect(refused.status).toBe(2);
    expect(refused.err).toMatch(
      /no built-in template matches this file; the closest is arranjo-obras, which also needs the column\(s\) planned_end; give --template/,
    );
  });

  it('a workbook of works and measurements: the refusal names each sheet, and --template reads the sheet it fits', async () => {
    const book = new ExcelJS.Workbook();
    for (const [name, csv] of [
      ['Obras', obras],
      ['Medições', medicoes],
    ] as const) {
      const sheet = book.addWorksheet(name);
      for (const line of readFileSync(csv, 'utf8').trim().split('\n')) sheet.addRow(line.split(','));
    }
    const file = path.join(dir, 'carteira.xlsx');
    await book.xlsx.writeFile(file);
    const both = await cli('import', ws, file, '--dry-run');
    expect(both.status).toBe(2);
    expect(both.err).toMatch(
      /fits several templates .*\(arranjo-obras on sheet "Obras", arranjo-medicoes on sheet "Medições"\); choose one with --template or a sheet with --sheet\./,
    );
    // Following that advice: the measurements' sheet is read, not the first one (it was refused).
    const measures = await cli('import', ws, file, '--template', 'arranjo-medicoes', '--dry-run', '--format', 'json');
    expect(measures.status, measures.err).toBe(0);
    expect(JSON.parse(measures.out)).toMatchObject({ target: 'measurements', sheet: 'Medições' });
  });

  it('refuses bad input with file, row, column and what to do; nothing written', async () => {
    const cases: [string, RegExp][] = [
      [
        'work_code,date,physical_progress,committed,disbursed\nOB-BET-01,2025-07-31,120,600000,450000\n',
        /row 2.*physical_progress.*outside 0–100/,
      ],
      [
        'work_code,date,physical_progress,committed,disbursed\nOB-BET-01,2025-07-31,30,600000,450000\n',
        /row 2.*physical_progress.*below the 40%/,
      ],
      [
        'work_code,date,physical_progress,committed,disbursed\nOB-BET-01,2025-07-31,50,600000,650000\n',
        /row 2.*disbursed.*above the committed/,
      ],
      [
        'work_code,date,physical_progress,committed,disbursed\nOB-XXX-99,2025-07-31,50,600000,450000\n',
        /row 2.*work_code.*not the code of a work/,
      ],
      ['work_code,date,physical_progress,committed,disbursed\nOB-BET-01,31/02/2025,50,600000,450000\n', /row 2.*date.*not a date/],
      [
        'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OB-N-0,Sinalização,signage,20000,2025-01-01,2025-02-01\nDI-NOWHERE,OB-N-1,Cercamento,security,10000,2025-01-01,2025-02-01\n',
        /row 3.*site_code.*neither the code nor the name of a site/,
      ],
      [
        'site_code,work_code,title,category,budget_planned,planned_start,planned_end\nDI-BETIM,OB-N-0,Sinalização,signage,20000,2025-01-01,2025-02-01\nDI-BETIM,OB-N-1,Cercamento,security,10000,2025-03-01,2025-02-01\n',
        /row 3.*planned_end.*before the planned start/,
      ],
    ];
    const before = (await cli('works', ws, '--format', 'csv')).out;
    for (const [text, message] of cases) {
      const file = path.join(dir, 'bad.csv');
      writeFileSync(file, text);
      const r = await cli('import', ws, file);
      expect(r.status, text).toBe(2);
      expect(r.err, text).toMatch(/bad\.csv/);
      expect(r.err, text).toMatch(message);
    }
    // A drop flagged as a correction is accepted.
    const fixed = path.join(dir, 'correction.csv');
    writeFileSync(fixed, 'work_code,date,physical_progress,committed,disbursed,correction\nOB-BET-01,2025-07-31,38,600000,450000,1\n');
    expect((await cli('import', ws, fixed, '--dry-run')).status).toBe(0);
    expect((await cli('works', ws, '--format', 'csv')).out).toBe(before);
  });

  it('pt-BR agency numbers and dates: R$ with thousand separators, dd/mm/aaaa', async () => {
    const file = path.join(dir, 'medicoes-ptbr.csv');
    writeFileSync(file, 'work_code;date;physical_progress;committed;disbursed\nOB-BET-02;31/07/2025;85,5;"R$ 450.000,00";R$ 400.000,50\n');
    const r = await cli('import', ws, file, '--format', 'json');
    expect(r.status, r.err).toBe(0);
    const rows = JSON.parse((await cli('works', ws, '--status-date', '2025-08-01', '--format', 'json')).out) as Record<string, unknown>[];
    expect(rows.find((x) => x.work_code === 'OB-BET-02')).toMatchObject({
      physical_progress: 85.5,
      committed: 450_000,
      disbursed: 400_000.5,
    });
  });

  it('export --projects writes a typed workbook with the grid figures', async () => {
    const out = path.join(dir, 'works.xlsx');
    const r = await cli('export', ws, '--projects', '--out', out, '--status-date', '2025-07-02');
    expect(r.status, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Carteira', 'Medições', 'Curva S', 'Por distrito', 'Métodos']);
    const sheet = wb.getWorksheet('Carteira');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const row = sheet?.getRows(2, 17)?.find((x) => x.getCell(3).value === 'OB-BET-01');
    const col = (name: string): number => header.indexOf(name) + 1;
    expect(row?.getCell(col('IDP (SPI)')).value).toBeCloseTo(0.8, 12);
    expect(row?.getCell(col('Avanço previsto')).value).toBe(0.5);
    expect(row?.getCell(col('Orçamento previsto (R$)')).numFmt).toContain('R$');
    expect(row?.getCell(col('Início previsto')).value).toEqual(new Date('2025-01-01T00:00:00.000Z'));
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    const both = await cli('export', ws, '--out', out);
    expect(both.status).toBe(2);
    expect(both.err).toMatch(/--projects/);
    // Every export is a workbook: another extension is refused before any work (it got an xlsx named .csv).
    const csvOut = path.join(dir, 'carteira-exportada.csv');
    const csv = await cli('export', ws, '--projects', '--out', csvOut);
    expect(csv.status).toBe(2);
    expect(csv.err).toMatch(
      /carteira-exportada\.csv: arranjo export writes an Excel workbook; give a file name ending in \.xlsx, such as .*carteira-exportada\.xlsx\./,
    );
    expect(existsSync(csvOut)).toBe(false);
    // A link to the workspace named .xlsx is the workspace: the export replaced it with a workbook.
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(ws, link);
    const before = readFileSync(ws);
    const linked = await cli('export', ws, '--projects', '--out', link);
    expect(linked.status).toBe(2);
    expect(linked.err).toMatch(
      /--out .*link\.xlsx is the workspace .*ws\.arranjo \(a link to it\); writing the workbook there would replace the workspace\./,
    );
    expect(readFileSync(ws).equals(before)).toBe(true);
    // A status date that is not a day is refused as the option it is, not as an internal field.
    const day = await cli('export', ws, '--projects', '--out', out, '--status-date', '2025-02-30');
    expect(day.status).toBe(2);
    expect(day.err).toMatch(/--status-date must be a calendar date as YYYY-MM-DD, not "2025-02-30"/);
  });
});
