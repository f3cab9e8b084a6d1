import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/**
 * A workbook exported in pt-BR holds Portuguese: no English words of the analyses' prose, no raw
 * codes of options (`vector`, `exclude`, `direct`, `jobs`), no ISO UTC timestamps. File names,
 * formulas' symbols and bibliographic references are allowed (checked cell by cell, text only).
 */
const ENGLISH = [
  /\bthe\b/i,
  /\bof\b/,
  /\bjobs\b/,
  /\bvector\b/,
  /\bexclude\b/,
  /\bdirect\b/,
  /\bGenerated\b/,
  /\bMeasure\b/,
  /\bSource\b/,
  /\bimported\b/,
  /\bWeighted\b/,
  /\bdraws\b/,
  /\bTerritory\b/,
];
const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Citations keep their published titles (and some authors' English). */
const CITATION = /Springer|Management Science|EJOR|Psych|Analytic Hierarchy|Computers & OR/;

async function englishCells(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const found: string[] = [];
  for (const sheet of wb.worksheets) {
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const text = cell.text;
        if (typeof cell.value !== 'string' || CITATION.test(text)) return;
        // File names ("RAIS_vinculos_….csv") and criterion ids ("jobs:sector:2:2020", the CLI's syntax) are names, not prose.
        const prose = text.replace(/\S+\.(csv|xlsx|xls)\b/g, '').replace(/\b[a-z-]+(:[^\s,]+)+/g, '');
        if (ENGLISH.some((w) => w.test(prose)) || ISO_TIMESTAMP.test(prose)) found.push(`${sheet.name}!R${r}C${c}: ${text.slice(0, 120)}`);
      });
    });
  }
  return found;
}

describe('exported workbooks in pt-BR are in Portuguese', () => {
  it('economy workbook (LQ, shift-share, diversity, potential sectors, methods)', async () => {
    const engine = await newDemoEngine();
    const bytes = await engine.exportEconomyWorkbook({
      classification: 'ibge-setor',
      measure: 'jobs',
      reference: { kind: 'state', abbr: 'MG' },
      year: 2020,
      from: 2019,
      subject: { kind: 'municipality', code: 3106705 },
      locale: 'pt-BR',
    });
    expect(await englishCells(bytes)).toEqual([]);
  });

  it('scenario workbook (inputs, weights, results, sensitivity, methods)', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({
      name: 'Distritos',
      method: 'wsm',
      normalization: 'vector',
      topN: 3,
      criteria: demoCriteria().slice(0, 3),
    });
    await engine.runScenario(s.id);
    const bytes = await engine.exportScenarioWorkbook(s.id, 'pt-BR', { draws: 200, seed: 1, spread: 0.2 });
    expect(await englishCells(bytes)).toEqual([]);
  });
});
