import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_LABELS as PROGRAMME_WORKBOOK_LABELS } from '../../shared/features/programmes/workbook-labels';
import { WORKBOOK_LABELS } from '../../shared/features/works/workbook/labels';
import { DEFAULT_CRITERIA } from '../../shared/features/attraction/default-criteria';
import { PLAN_LABELS } from '../../shared/features/attraction/workbook-labels';
import { planViewIn } from '../../shared/features/attraction/plan-view-language';
import { newDemoEngine } from '../support/node-engine';
import { demoEconomyWorkbook, demoScenarioWorkbook } from '../support/demo-workbooks';

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
    const bytes = await demoEconomyWorkbook(engine, 'pt-BR');
    expect(await englishCells(bytes)).toEqual([]);
  });

  it('scenario workbook (inputs, weights, results, sensitivity, methods)', async () => {
    const engine = await newDemoEngine();
    const bytes = await demoScenarioWorkbook(engine, 'pt-BR');
    expect(await englishCells(bytes)).toEqual([]);
  });
});

describe("the works workbook says a work's category, funding, status and schedule health in words", () => {
  it('in each language, the words the UI shows, never the stored codes', async () => {
    const engine = await newDemoEngine();
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const texts = (await import(`../../renderer/src/features/works/locales/${locale}.json`)) as Record<string, Record<string, string>>;
      const words = WORKBOOK_LABELS[locale].words;
      expect(words, locale).toEqual({ category: texts.category, status: texts.status, health: texts.health, funding: texts.funding });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await engine.exportWorksWorkbook(locale, '2026-01-01')) as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0]!;
      const L = WORKBOOK_LABELS[locale];
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      const column = (name: string) => {
        const c = header.indexOf(name);
        expect(c, `${locale} ${name}`).toBeGreaterThan(0);
        return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(c).text);
      };
      expect(new Set(column(L.category)), locale).toContain(words.category.lighting);
      expect(
        column(L.status).every((s) => Object.values(words.status).includes(s)),
        locale,
      ).toBe(true);
      expect(
        column(L.health).filter((h) => h === words.health.late),
        locale,
      ).toHaveLength(1);
      expect(new Set(column(L.funding)), locale).toContain(words.funding['own-budget']);
      for (const cell of [...column(L.category), ...column(L.status), ...column(L.health), ...column(L.funding)])
        expect(cell, locale).not.toMatch(/^(in-progress|on-schedule|late|lighting|own-budget|convenio|loan|access-road)$/);
      // The S-curve's months as the UI names them (they read "2025-03", a key, beside the month's date).
      const curve = wb.getWorksheet(L.sCurve)!;
      const months = Array.from({ length: curve.rowCount - 1 }, (_, i) => curve.getRow(i + 2).getCell(1).text);
      expect(months.length, locale).toBeGreaterThan(3);
      expect(
        months.filter((m) => /^\d{4}-\d{2}$/.test(m)),
        locale,
      ).toEqual([]);
      expect(months, locale).toContain({ 'pt-BR': 'mar. de 2025', en: 'Mar 2025', es: 'mar 2025' }[locale]);
    }
  });
});

it("the works workbook's methods sheet is in its language: the demo's source note and CLDR's percentages", async () => {
  // The es and en workbooks carried the demo's note in Portuguese; pt-BR and en wrote "0 %" where the
  // language (and every other percentage of the app) writes "0%".
  const engine = await newDemoEngine();
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportWorksWorkbook(locale, '2026-01-01')) as unknown as ArrayBuffer);
    const L = WORKBOOK_LABELS[locale];
    const methods = wb.getWorksheet(L.methods)!;
    const texts = Array.from({ length: methods.rowCount }, (_, i) => methods.getRow(i + 1).getCell(2).text);
    const note = {
      'pt-BR': /^ILUSTRATIVO: distritos e tipos de obra/,
      en: /^ILLUSTRATIVE: districts and kinds of works/,
      es: /^ILUSTRATIVO: distritos y tipos de obra/,
    }[locale];
    expect(
      texts.filter((t) => note.test(t)),
      locale,
    ).toHaveLength(1);
    const percent = { 'pt-BR': /\d%/, en: /\d%/, es: /\d\u00a0?\s%/ }[locale];
    const numbers = texts.filter((t) => /\d\s?%/.test(t));
    expect(numbers.length, locale).toBeGreaterThan(0);
    expect(
      numbers.filter((t) => !percent.test(t) || (locale !== 'es' && /\d\s%/.test(t))),
      locale,
    ).toEqual([]);
  }
});

it("the programme workbook's periodicities and built-in indicators are the programmes area's words", async () => {
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    const texts = (await import(`../../renderer/src/features/programmes/locales/${locale}.json`)) as {
      kinds: Record<string, string>;
      builtins: Record<string, string>;
    };
    expect(PROGRAMME_WORKBOOK_LABELS[locale].periodKinds, locale).toEqual(texts.kinds);
    expect(PROGRAMME_WORKBOOK_LABELS[locale].builtins, locale).toEqual(texts.builtins);
  }
});

it("the attraction plan's workbook names the default sales criteria in its language", async () => {
  // A plan stores them in Portuguese: the Spanish workbook read "Empregos por m²" beside Spanish headers.
  const engine = await newDemoEngine();
  const plan = (await engine.listAttractionPlans())[0];
  if (!plan) throw new Error('the demo has no attraction plan');
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, locale)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(PLAN_LABELS[locale].sheets.criteria);
    const names = sheet?.getColumn(1).values.slice(1).map(String) ?? [];
    expect(names, locale).toEqual(expect.arrayContaining(DEFAULT_CRITERIA.map((c) => c.names[locale])));
  }
});

it("the attraction plan's source note is in the language in use: the demo's, in the workbook and on screen", async () => {
  // The en and es workbooks, and the banner over every tab of the plan, carried the demo's note in Portuguese.
  const engine = await newDemoEngine();
  const plan = (await engine.listAttractionPlans())[0];
  if (!plan) throw new Error('the demo has no attraction plan');
  const note = {
    'pt-BR': /^ILUSTRATIVO — plano de exemplo/,
    en: /^ILLUSTRATIVE — Arranjo's example plan/,
    es: /^ILUSTRATIVO — plan de ejemplo/,
  };
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, locale)) as unknown as ArrayBuffer);
    const notes = wb.getWorksheet(PLAN_LABELS[locale].sheets.notes);
    const texts = Array.from({ length: notes?.rowCount ?? 0 }, (_, i) => notes?.getRow(i + 1).getCell(2).text ?? '');
    expect(
      texts.filter((t) => note[locale].test(t)),
      locale,
    ).toHaveLength(1);
    const banner = planViewIn(await engine.getAttractionPlan(plan.id), locale).plan.source;
    expect(banner, locale).toMatch(note[locale]);
  }
  // A planner's own note stays as written.
  await engine.updateAttractionPlan(plan.id, { source: 'Edital 12/2025 da prefeitura' });
  expect(planViewIn(await engine.getAttractionPlan(plan.id), 'en').plan.source).toBe('Edital 12/2025 da prefeitura');
});

it("the attraction plan's workbook says its target sectors in its language, their jobs and the plan's notes by their names", async () => {
  // The demo plan was proposed in Portuguese: its English workbook read "Indústria de transformação" and
  // "Especializado: QL 1,43 em 2020 (12.497 empregos).", under a column named "Planned jobs".
  const engine = await newDemoEngine();
  const plan = (await engine.listAttractionPlans())[0];
  if (!plan) throw new Error('the demo has no attraction plan');
  const sheets = async (locale: 'pt-BR' | 'en' | 'es') => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, locale)) as unknown as ArrayBuffer);
    const L = PLAN_LABELS[locale];
    const targets = wb.getWorksheet(L.sheets.targets)!;
    const notes = wb.getWorksheet(L.sheets.notes)!;
    return {
      header: (targets.getRow(1).values as unknown[]).map(String),
      rows: Array.from({ length: targets.rowCount - 1 }, (_, i) => (targets.getRow(i + 2).values as unknown[]).map(String)),
      labels: notes.getColumn(1).values.slice(1).map(String),
    };
  };
  const en = await sheets('en');
  expect(en.header).toContain('Jobs');
  expect(en.header).not.toContain('Planned jobs');
  expect(en.rows.some((r) => r.includes('Manufacturing'))).toBe(true);
  const rationale = en.rows.map((r) => r.at(-1) ?? '');
  expect(rationale.filter((r) => r.startsWith('Specialized: LQ ')).length).toBeGreaterThan(0);
  expect(rationale.filter((r) => /Especializado|empregos|QL /.test(r))).toEqual([]);
  expect(en.labels).toEqual(expect.arrayContaining(['Source', 'Warning']));
  expect(en.labels).not.toContain('!');
  const es = await sheets('es');
  expect(es.rows.map((r) => r.at(-1) ?? '').filter((r) => r.startsWith('Especializado: CL ')).length).toBeGreaterThan(0);
  expect(es.labels).toContain('Fuente');
});

it("every workbook writes its dates in the UI's order: day first in pt-BR and es, month first in en", async () => {
  // The attraction workbook wrote 05/03/2025 in English too (read as May 3); works and programmes wrote ISO.
  const engine = await newDemoEngine();
  const plan = (await engine.listAttractionPlans())[0];
  const programme = (await engine.listProgrammes())[0];
  if (!plan || !programme) throw new Error('the demo has no attraction plan or programme');
  const dateFormats = async (bytes: Uint8Array): Promise<string[]> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const formats = new Set<string>();
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => void (cell.value instanceof Date && formats.add(cell.numFmt))));
    return [...formats];
  };
  for (const [locale, expected] of [
    ['pt-BR', 'dd/mm/yyyy'],
    ['es', 'dd/mm/yyyy'],
    ['en', 'mm/dd/yyyy'],
  ] as const) {
    for (const bytes of [
      await engine.exportAttractionWorkbook(plan.id, locale),
      await engine.exportWorksWorkbook(locale, '2026-01-01'),
      await engine.exportProgrammeWorkbook({ programmeId: programme.id, language: locale }),
    ])
      expect(await dateFormats(bytes), locale).toEqual([expected]);
  }
});

it('the economy workbook names IBGE sectors in its language, as the screen does', async () => {
  // The English and Spanish sheets read "Indústria de transformação", the data's Portuguese name.
  const engine = await newDemoEngine();
  for (const [locale, manufacturing] of [
    ['pt-BR', 'Indústria de transformação'],
    ['en', 'Manufacturing'],
    ['es', 'Industria manufacturera'],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await demoEconomyWorkbook(engine, locale)) as unknown as ArrayBuffer);
    const lq = wb.worksheets[0];
    const names = new Set<string>();
    lq?.eachRow((row, r) => void (r > 1 && row.getCell(3).text === '2' && names.add(row.getCell(4).text)));
    expect([...names], locale).toEqual([manufacturing]);
  }
});
