import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newDemoEngine } from '../support/node-engine';

/**
 * Works and measurement sheets as agencies keep them (built here, illustrative values): what each
 * quirk gives — a correct value, or a refusal at its row and column that leaves the workspace as it was.
 */
async function sheet(header: string[], rows: (string | number | { value: number; format: string } | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Medições');
  ws.addRow(header);
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = c.format;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const MEASUREMENTS = ['Código da obra', 'Data da medição', 'Avanço físico (%)', 'Empenhado (R$)', 'Desembolsado (R$)'];

async function withNewWork(): Promise<{ engine: Engine; id: number }> {
  const engine = await newDemoEngine();
  const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
  const work = await engine.createWork({
    siteId: site!.id,
    code: 'OB-NOVA',
    title: 'Pavimentação',
    category: 'paving',
    budgetPlanned: 1_000_000,
    plannedStart: '2025-01-01',
    plannedEnd: '2025-12-31',
    status: 'in-progress',
  });
  return { engine, id: work.id };
}

async function preview(engine: Engine, bytes: Uint8Array, name: string) {
  const opened = await engine.importOpen(bytes, name);
  const sheetName = opened.suggestedSheet ?? 'Medições';
  const { mapping } = await engine.importSuggest(opened.sessionId, sheetName, { target: 'measurements' });
  const result = await engine.importPreview(opened.sessionId, { sheet: sheetName, mapping });
  return { opened, sheetName, mapping, result };
}

describe('works: measurement sheets as agencies write them', () => {
  it('refuses progress written as fractions (0.455 for 45.5 %) at each row and column, writing nothing', async () => {
    const { engine, id } = await withNewWork();
    const bytes = await sheet(MEASUREMENTS, [
      ['OB-NOVA', '31/01/2025', 0.25, 'R$ 100.000,00', 'R$ 50.000,00'],
      ['OB-NOVA', '28/02/2025', 0.455, 'R$ 200.000,00', 'R$ 150.000,00'],
      ['OB-NOVA', '31/03/2025', 0.6, 'R$ 300.000,00', 'R$ 250.000,00'],
    ]);
    const { result } = await preview(engine, bytes, 'medicoes.xlsx');
    expect(result.canCommit).toBe(false);
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.params])).toEqual([
      ['progress-fraction', 2, 'Avanço físico (%)', { progress: 0.25, percent: 25 }],
      ['progress-fraction', 3, 'Avanço físico (%)', { progress: 0.455, percent: 45.5 }],
      ['progress-fraction', 4, 'Avanço físico (%)', { progress: 0.6, percent: 60 }],
    ]);
    // The value as the number read, marked so the review writes it "0,455" in pt-BR.
    expect(result.issues[1]).toMatchObject({ value: '0.455', numeric: true });
    // The CLI's import: refused, nothing written.
    const file = await engine.importFile(bytes, 'medicoes.xlsx', { mapping: (await preview(engine, bytes, 'medicoes.xlsx')).mapping });
    expect(file.refused).toBe(true);
    expect((await engine.getWork(id)).measurements).toEqual([]);
  }, 120_000);

  it('reads "45%", "45,5 %" and a %-formatted 0.5 as 45, 45.5 and 50; a column in points keeps its 0.5', async () => {
    const { engine, id } = await withNewWork();
    const percents = await sheet(MEASUREMENTS, [
      ['OB-NOVA', '31/01/2025', '45%', 'R$ 1.000,00', 'R$ 500,00'],
      ['OB-NOVA', '28/02/2025', '45,5 %', 'R$ 1.000,00', 'R$ 500,00'],
      ['OB-NOVA', '31/03/2025', { value: 0.5, format: '0%' }, 'R$ 1.000,00', 'R$ 500,00'],
    ]);
    const a = await preview(engine, percents, 'medicoes.xlsx');
    expect(a.result.issues).toEqual([]);
    await engine.importCommit(a.opened.sessionId, { sheet: a.sheetName, mapping: a.mapping });
    expect((await engine.getWork(id)).measurements.map((m) => m.physicalProgress)).toEqual([45, 45.5, 50]);

    const other = await withNewWork();
    const points = await sheet(MEASUREMENTS, [
      ['OB-NOVA', '31/01/2025', 0.5, 1000, 500],
      ['OB-NOVA', '28/02/2025', 12, 1000, 500],
    ]);
    expect((await preview(other.engine, points, 'medicoes-2.xlsx')).result.issues).toEqual([]);
  }, 120_000);

  it("dates a measurement given by its month (Competência: mar/2025, 04/2025) on the month's last day", async () => {
    const { engine, id } = await withNewWork();
    const bytes = await sheet(
      ['Código da obra', 'Competência', 'Avanço físico (%)', 'Empenhado (R$)', 'Desembolsado (R$)'],
      [
        ['OB-NOVA', 'fev/2025', '10%', 'R$ 1.000,00', 'R$ 500,00'],
        ['OB-NOVA', 'março de 2025', '20%', 'R$ 1.000,00', 'R$ 500,00'],
        ['OB-NOVA', '04/2025', '30%', 'R$ 1.000,00', 'R$ 500,00'],
        ['OB-NOVA', '2025', '40%', 'R$ 1.000,00', 'R$ 500,00'],
        ['OB-NOVA', '31/02/2025', '40%', 'R$ 1.000,00', 'R$ 500,00'],
      ],
    );
    const { opened, sheetName, mapping, result } = await preview(engine, bytes, 'medicoes-competencia.xlsx');
    // A year alone is no month (a number, said so), nor a day that is no day (31/02) its month: refused at their cells.
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['date-is-number', 5, 'Competência'],
      ['bad-date', 6, 'Competência'],
    ]);
    await engine.importCommit(opened.sessionId, { sheet: sheetName, mapping, excludeRows: [5, 6] });
    expect((await engine.getWork(id)).measurements.map((m) => [m.date, m.physicalProgress])).toEqual([
      ['2025-02-28', 10],
      ['2025-03-31', 20],
      ['2025-04-30', 30],
    ]);
  }, 120_000);
});
