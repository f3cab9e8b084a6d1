import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSql, newEngine } from '../support/node-engine';
import { pdfPageTexts } from '../support/pdf-text';

/**
 * A workspace from before schema 18, when the engine did not yet refuse a second company on a taken
 * lot, may hold two prospects on one lot. Opened (and migrated) now, both are kept and the plan names
 * the lot and its companies, for the planner to settle; nothing is dropped.
 */
describe('a legacy workspace with two companies on one lot', () => {
  it('opens with both kept, and the plan names the lot and its companies', async () => {
    const SQL = await loadSql();
    const db = new SQL.Database(readFileSync(new URL('../fixtures/workspace-schema-17.arranjo', import.meta.url)));
    // The fixture's 'Empresa Fixture Ltda' holds L-02; schema 17 stored a second company on it.
    db.run(
      "INSERT INTO prospect (site_id, company, cnpj, stage, lot_id, illustrative) VALUES (1, 'Segunda Empresa', NULL, 'negotiation', 2, 0)",
    );
    const legacy = db.export();
    db.close();

    const engine = await newEngine();
    const opened = await engine.openWorkspace(legacy, 'legado.arranjo');
    expect(opened.migratedFrom).toBe(17);
    const [plan] = await engine.listAttractionPlans();
    if (!plan) throw new Error('fixture plan missing');
    const view = await engine.getAttractionPlan(plan.id);
    expect(view.prospects.filter((p) => p.lotId !== null).map((p) => p.company)).toEqual(['Empresa Fixture Ltda', 'Segunda Empresa']);
    expect(view.sharedLots).toEqual([{ lotCode: 'L-02', companies: ['Empresa Fixture Ltda', 'Segunda Empresa'] }]);

    // The plan's workbook and PDF carry the screen's notice, in the language asked for (they said nothing:
    // the partners who read the file saw the lot's price counted twice with no word on why).
    const notice = {
      'pt-BR':
        'Um lote está com mais de uma empresa, o que versões anteriores do Arranjo permitiam: L-02 com Empresa Fixture Ltda e Segunda Empresa. ' +
        'O desconto no terreno conta o lote para cada uma delas; confira qual empresa ficou com ele.',
      en:
        'One lot is held by more than one company, which earlier versions of Arranjo allowed: L-02 by Empresa Fixture Ltda and Segunda Empresa. ' +
        'The land discount counts the lot for each of them; check which company got it.',
      es:
        'Un lote está con más de una empresa, lo que versiones anteriores de Arranjo permitían: L-02 con Empresa Fixture Ltda y Segunda Empresa. ' +
        'El descuento en el terreno cuenta el lote para cada una; verifique qué empresa se quedó con él.',
    } as const;
    const ExcelJS = (await import('exceljs')).default;
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await engine.exportAttractionWorkbook(plan.id, locale)) as unknown as ArrayBuffer);
      const texts = (i: number) => {
        const out: string[] = [];
        wb.worksheets[i]?.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
        return out;
      };
      expect(texts(0), locale).toContain(notice[locale]);
      expect(texts(wb.worksheets.length - 1), locale).toContain(notice[locale]);
      const pdf = (await pdfPageTexts(await engine.exportAttractionPdf(plan.id, locale))).pages.join(' ').replace(/\s+/g, ' ');
      expect(pdf, locale).toContain(notice[locale]);
    }
  }, 120_000);
});
