import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../shared/text/delimited';
import { newDemoEngine } from '../support/node-engine';
import { demoEconomyWorkbook, demoScenarioWorkbook } from '../support/demo-workbooks';

/**
 * Every kind of workbook Arranjo exports opens in LibreOffice Calc, the spreadsheet many agencies
 * use beside or instead of Excel, and LibreOffice reads the same first sheet that exceljs wrote:
 * each file is converted headless (`soffice --convert-to csv`, UTF-8) and its first row compared
 * with the workbook's. A file LibreOffice cannot read converts to nothing.
 *
 * Needs `soffice` (Debian: libreoffice-calc-nogui; `.ci/run` installs it). Without it the test
 * is skipped on a developer's machine and fails under CI, where it must run.
 */
const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const HAS_SOFFICE = SOFFICE.status === 0;
if (!HAS_SOFFICE && process.env.CI) throw new Error('LibreOffice (soffice) is missing under CI: .ci/run installs libreoffice-calc-nogui.');

const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-libreoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function firstRow(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const out: string[] = [];
  for (let c = 1; c <= sheet.getRow(1).cellCount; c++) out.push(sheet.getRow(1).getCell(c).text);
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
}

describe.skipIf(!HAS_SOFFICE)('LibreOffice opens every exported workbook', () => {
  it('economy, scenario, works, attraction plan, programme and grid table, in pt-BR: the same first row', async () => {
    const engine = await newDemoEngine();
    const plan = (await engine.listAttractionPlans())[0];
    const programme = (await engine.listProgrammes())[0];
    if (!plan || !programme) throw new Error('the demo has an attraction plan and a programme');
    const files: Record<string, Uint8Array> = {
      economy: await demoEconomyWorkbook(engine, 'pt-BR'),
      scenario: await demoScenarioWorkbook(engine, 'pt-BR'),
      works: await engine.exportWorksWorkbook('pt-BR', '2026-01-01'),
      plan: await engine.exportAttractionWorkbook(plan.id, 'pt-BR'),
      programme: await engine.exportProgrammeWorkbook({ programmeId: programme.id }),
      table: await engine.exportTable({
        sheetName: 'Distritos',
        title: 'Distritos — vista atual',
        columns: [
          { header: 'Nome', kind: 'text' },
          { header: 'Área (ha)', kind: 'decimal' },
        ],
        rows: [
          ['Betim', 120.5],
          ['Contagem', null],
        ],
        notes: [['Filtros', 'Tipo = Distrito industrial']],
        notesSheet: 'Notas',
      }),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.xlsx`), bytes);

    // One LibreOffice run for all six, with a profile of its own (a user's open LibreOffice is left alone).
    const out = path.join(dir, 'csv');
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        out,
        ...Object.keys(files).map((name) => path.join(dir, `${name}.xlsx`)),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      Object.keys(files)
        .map((name) => `${name}.csv`)
        .sort(),
    );

    for (const [name, bytes] of Object.entries(files)) {
      const read = parseDelimited(readFileSync(path.join(out, `${name}.csv`), 'utf8'), ',')[0] ?? [];
      while (read.length > 0 && read.at(-1) === '') read.pop();
      expect(read, name).toEqual(await firstRow(bytes));
      expect(read.length, name).toBeGreaterThan(0);
    }
  }, 180_000);
});
