import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newEngine } from '../support/node-engine';
import { pdfPageTexts } from '../support/pdf-text';

/**
 * The AHP judgements behind a plan's sales-criteria weights are kept with the plan (schema 10): they
 * survive saving and reopening the workspace, undo restores the previous ones, and a workspace of
 * schema 9 upgrades with its plans' weights read as typed ('direct').
 */
const schema9 = () => new Uint8Array(readFileSync(new URL('../fixtures/workspace-schema-9.arranjo', import.meta.url)));

/** The schema-9 fixture's plan, upgraded, with its criteria as `setSalesCriteria` takes them. */
async function fixturePlan() {
  const engine = await newEngine();
  await engine.openWorkspace(schema9(), 'workspace-schema-9.arranjo');
  const [plan] = await engine.listAttractionPlans();
  if (!plan) throw new Error('the schema-9 fixture has a plan');
  const view = await engine.getAttractionPlan(plan.id);
  const criteria = view.criteria.map((c) => ({ id: c.id, name: c.name, source: c.source, direction: c.direction, weight: c.weight }));
  return { engine, plan, criteria };
}

describe('attraction plan AHP matrix (issue 11, schema 10)', () => {
  it('upgrades a schema-9 plan, keeps the AHP matrix through save and reopen, and undoes it', async () => {
    const engine = await newEngine();
    await engine.openWorkspace(schema9(), 'workspace-schema-9.arranjo');
    const [plan] = await engine.listAttractionPlans();
    if (!plan) throw new Error('the schema-9 fixture has a plan');
    expect(plan).toMatchObject({ weightOrigin: 'direct', ahpMatrix: null });
    let view = await engine.getAttractionPlan(plan.id);
    expect(view.criteria).toHaveLength(2);

    // Criterion 1 is three times as important as criterion 2: AHP weights 75 % / 25 % (Saaty, n = 2).
    const matrix = [
      [1, 3],
      [1 / 3, 1],
    ];
    const criteria = view.criteria.map((c, j) => ({
      id: c.id,
      name: c.name,
      source: c.source,
      direction: c.direction,
      weight: j === 0 ? 75 : 25,
    }));
    view = await engine.setSalesCriteria(plan.id, criteria, { origin: 'ahp', ahpMatrix: matrix });
    expect(view.plan).toMatchObject({ weightOrigin: 'ahp', ahpMatrix: matrix });

    const reopened = await newEngine();
    await reopened.openWorkspace(await engine.exportWorkspace(), 'saved.arranjo');
    const again = await reopened.getAttractionPlan(plan.id);
    expect(again.plan.weightOrigin).toBe('ahp');
    expect(again.plan.ahpMatrix).toEqual(matrix);
    expect(again.criteria.map((c) => c.weight)).toEqual([75, 25]);

    // Weights saved again without saying how they were set keep the matrix (and undo changes nothing of it).
    await reopened.setSalesCriteria(plan.id, criteria);
    expect((await reopened.getAttractionPlan(plan.id)).plan.ahpMatrix).toEqual(matrix);
    await reopened.undo();
    expect((await reopened.getAttractionPlan(plan.id)).plan).toMatchObject({ weightOrigin: 'ahp', ahpMatrix: matrix });
    // Undo in the first session brings back the typed weights the fixture had.
    await engine.undo();
    expect((await engine.getAttractionPlan(plan.id)).plan).toMatchObject({ weightOrigin: 'direct', ahpMatrix: null });
  }, 60_000);

  it('refuses a matrix that does not match the criteria, writing nothing', async () => {
    const { engine, plan, criteria } = await fixturePlan();
    const three = [
      [1, 2, 3],
      [0.5, 1, 2],
      [1 / 3, 0.5, 1],
    ];
    await expect(engine.setSalesCriteria(plan.id, criteria, { origin: 'ahp', ahpMatrix: three })).rejects.toThrow(
      /3 × 3 judgements for 2 criteria/,
    );
    await expect(
      engine.setSalesCriteria(plan.id, criteria, {
        origin: 'ahp',
        ahpMatrix: [
          [1, -2],
          [-0.5, 1],
        ],
      }),
    ).rejects.toThrow(/positive/);
    await expect(engine.setSalesCriteria(plan.id, criteria, { origin: 'ahp', ahpMatrix: null })).rejects.toThrow(/pairwise matrix/);
    expect((await engine.getAttractionPlan(plan.id)).plan).toMatchObject({ weightOrigin: 'direct', ahpMatrix: null });
  }, 60_000);

  it('the plan workbook and PDF show how the weights were set: the AHP matrix, λmax, CI and CR', async () => {
    const { engine, plan, criteria: typedCriteria } = await fixturePlan();
    const criteria = typedCriteria.map((c, j) => ({ ...c, weight: j === 0 ? 75 : 25 }));
    const typed = new ExcelJS.Workbook();
    await typed.xlsx.load((await engine.exportAttractionWorkbook(plan.id, 'pt-BR')) as unknown as ArrayBuffer);
    expect(typed.getWorksheet('AHP')).toBeUndefined();
    // Typed weights: the summary says so.
    expect(JSON.stringify(typed.getWorksheet('Resumo')!.getSheetValues())).toContain('Informados diretamente pelo planejador');

    // n = 2: any reciprocal matrix is consistent (RI = 0, CR = 0); weights 3/4 and 1/4 (Saaty 1980).
    await engine.setSalesCriteria(plan.id, criteria, {
      origin: 'ahp',
      ahpMatrix: [
        [1, 3],
        [1 / 3, 1],
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, 'pt-BR')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('AHP')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Critério', criteria[0]!.name, criteria[1]!.name, 'Peso (AHP)']);
    expect(sheet.getRow(2).getCell(1).value).toBe(criteria[0]!.name);
    expect(sheet.getRow(2).getCell(3).value).toBe(3);
    expect(Number(sheet.getRow(3).getCell(2).value)).toBeCloseTo(1 / 3, 10);
    expect(Number(sheet.getRow(2).getCell(4).value)).toBeCloseTo(0.75, 10);
    expect(Number(sheet.getRow(3).getCell(4).value)).toBeCloseTo(0.25, 10);
    const rows = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    const find = (label: string) => rows.find((r) => r?.[0] === label)?.[1];
    expect(Number(find('λmax'))).toBeCloseTo(2, 10);
    expect(Number(find('RC (razão de consistência)'))).toBeCloseTo(0, 10);
    expect(find('Como os pesos foram definidos')).toBe('AHP (comparação par a par, Saaty): RC = 0,00 (consistente: RC ≤ 0,10)');
    expect(JSON.stringify(wb.getWorksheet('Resumo')!.getSheetValues())).toContain('AHP (comparação par a par, Saaty): RC = 0,00');

    // Read as running text: the criteria column wraps the weighting over lines (at spaces).
    const pdf = (await pdfPageTexts(await engine.exportAttractionPdf(plan.id, 'pt-BR'))).pages.join('\n').replace(/\n/g, ' ');
    expect(pdf).toContain('Como os pesos foram definidos: AHP (comparação par a par, Saaty): RC = 0,00');
    expect(pdf).toContain(`1. ${criteria[0]!.name}`);
    const es = (await pdfPageTexts(await engine.exportAttractionPdf(plan.id, 'es'))).pages.join('\n').replace(/\n/g, ' ');
    expect(es).toContain('Cómo se definieron los pesos: AHP (comparación por pares, Saaty)');
  }, 120_000);
});
