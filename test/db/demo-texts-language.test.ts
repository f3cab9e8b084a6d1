import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, labelKey } from '../../shared/domain/locales';
import type { Engine } from '../../shared/engine/engine';
import { planTextIn, planTitleIn } from '../../shared/features/attraction/demo-text';
import { scenarioNameIn } from '../../shared/features/prioritization/demo-text';
import { scenarioIn } from '../../shared/features/prioritization/scenario-language';
import { actionIn, customIndicatorNameIn, frameworkIn, programmeIn } from '../../shared/features/programmes/demo-text';
import { isBuiltin } from '../../shared/features/programmes/types';
import { baselineNameIn, documentIn, milestoneIn, riskIn, workIn } from '../../shared/features/works/demo-text';
import { newEngine, shippedDemoBytes } from '../support/node-engine';

/** Every cell's text of a workbook. */
async function workbookCells(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text)));
  return cells;
}

/**
 * The shipped demo is built once, in Portuguese. Its own words — the scenario's name, description,
 * criteria and weight sets, the programme's name, description, custom indicator, objective, results
 * and actions' notes, the plan's title, incentives, actions, companies' next actions and the lots' and
 * companies' notes, the works' paralysis reason, milestones, risks, documents and baseline — read Portuguese on the English and Spanish screens; each must have its text in every
 * language, and a different one from the Portuguese in English and Spanish.
 */
describe("the shipped demo's own texts in the three languages", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.openWorkspace(shippedDemoBytes(), 'demo.arranjo');
  }, 120_000);

  /** `text` in each language: back to itself in Portuguese, another text in English and Spanish. */
  const written = (text: string, inLanguage: (text: string, locale: (typeof LOCALES)[number]) => string): void => {
    expect(inLanguage(text, 'pt-BR')).toBe(text);
    const en = inLanguage(text, 'en');
    const es = inLanguage(text, 'es');
    expect(new Set([text, en, es]).size, text).toBe(3);
    // Read back from the language it was shown in (a copy saved on the Spanish screen).
    expect(inLanguage(es, 'pt-BR')).toBe(text);
  };

  it("writes the demo scenario's name, description, criteria and weight sets in each language", async () => {
    const [summary] = await engine.listScenarios();
    const scenario = await engine.getScenario(summary?.id ?? 0);
    const options = await engine.criterionSources();
    const shown = (locale: (typeof LOCALES)[number]) => scenarioIn(scenario, options, locale);
    written(scenario.name, scenarioNameIn);
    written(scenario.description, (text, l) => scenarioIn({ ...scenario, description: text }, options, l).description);
    for (const [k, w] of scenario.weightSets.entries()) {
      written(w.name, (text, l) => scenarioIn({ ...scenario, weightSets: [{ ...w, name: text }] }, options, l).weightSets[0]?.name ?? '');
      expect(shown('en').weightSets[k]?.name).toMatch(/\(illustrative\)$/);
    }
    for (const [j, c] of scenario.criteria.entries()) {
      const option = options.find((o) => o.source === c.source);
      for (const locale of LOCALES) expect(shown(locale).criteria[j]?.label).toBe(option?.label[labelKey(locale)]);
    }
    expect(shown('es').criteria.map((c) => c.label)).toContain('Población residente 2022');
    expect(shown('en').name).toMatch(/illustrative/);
    expect(shown('es').description).toMatch(/^ILUSTRATIVO: criterios/);
  });

  it("exports the scenario workbook in the language asked, the demo's criteria and name included", async () => {
    const [summary] = await engine.listScenarios();
    const cells = await workbookCells(await engine.exportScenarioWorkbook(summary?.id ?? 0, 'es', { draws: 100 }));
    expect(cells).toContain('Población residente 2022');
    expect(cells).toContain('Distritos de Codemig — ejemplo ilustrativo');
    expect(cells).toContain('Federación de industrias (ilustrativo)');
    expect(cells.filter((c) => /População residente|exemplo ilustrativo|Federação das indústrias/.test(c))).toEqual([]);
  });

  it("writes the demo programme's name, description and its own indicator's name in each language", async () => {
    const programme = (await engine.listProgrammes()).find((p) => p.illustrative);
    if (!programme) throw new Error('The demo has no illustrative programme.');
    written(programme.name, (text, l) => programmeIn({ ...programme, name: text }, l).name);
    written(programme.description, (text, l) => programmeIn({ ...programme, description: text }, l).description);
    const framework = await engine.programmeFramework(programme.id);
    const custom = framework.indicators.filter((i) => !isBuiltin(i.code));
    expect(custom.length).toBeGreaterThan(0);
    for (const i of custom) written(i.name, customIndicatorNameIn);
    // The monitoring workbook in Spanish names it in Spanish, beside the built-in indicators.
    const cells = await workbookCells(await engine.exportProgrammeWorkbook({ programmeId: programme.id, language: 'es' }));
    expect(cells).toContain('Ingreso medio mensual de los participantes (R$)');
    expect(cells.filter((c) => /Renda média|exemplo ilustrativo/.test(c))).toEqual([]);
  });

  it("writes the demo programme's objective, results and every action's note in each language", async () => {
    const programme = (await engine.listProgrammes()).find((p) => p.illustrative);
    if (!programme) throw new Error('The demo has no illustrative programme.');
    const framework = await engine.programmeFramework(programme.id);
    const titled = (text: string, l: (typeof LOCALES)[number]): string =>
      frameworkIn({ objectives: [{ ...framework.objectives[0]!, title: text }], results: [] }, l).objectives[0]?.title ?? '';
    expect(framework.objectives.length).toBeGreaterThan(0);
    expect(framework.results.length).toBe(3);
    for (const row of [...framework.objectives, ...framework.results]) written(row.title, titled);
    const actions = await engine.programmeActions(programme.id);
    expect(actions.length).toBe(16);
    for (const a of actions) written(a.notes, (text, l) => actionIn({ notes: text }, l).notes);
    // The report workbook in Spanish writes them in Spanish; none is left in Portuguese.
    const cells = await workbookCells(await engine.exportProgrammeWorkbook({ programmeId: programme.id, language: 'es' }));
    expect(cells).toContain('R1 Comunidades movilizadas y capacitadas');
    expect(cells).toContain('Capacitación en el campo: fruticultura');
    expect(cells.filter((c) => /Comunidades mobilizadas|Capacitação no campo|Reunião do comitê|arranjos produtivos/.test(c))).toEqual([]);
  });

  it("writes the demo plan's title in each language", async () => {
    const plan = (await engine.listAttractionPlans()).find((p) => p.illustrative);
    if (!plan?.title) throw new Error('The demo has no illustrative plan with a title.');
    written(plan.title, (text, l) => planTitleIn({ ...plan, title: text }, l) ?? '');
    expect(planTitleIn(plan, 'en')).toMatch(/^Attraction plan \d{4} \(illustrative\)$/);
  });

  it("writes the demo plan's incentives, actions, next actions and notes in each language", async () => {
    const summary = (await engine.listAttractionPlans()).find((p) => p.illustrative);
    const view = await engine.getAttractionPlan(summary?.id ?? 0);
    const texts = [
      ...view.incentives.map((i) => i.name),
      ...view.actions.flatMap((a) => [a.title, a.owner]),
      ...view.prospects.map((p) => p.nextAction),
    ].filter((t): t is string => t !== null);
    expect(texts.length).toBe(3 + 6 + 5);
    for (const text of texts) written(text, planTextIn);
    // "Ilustrativo" is the same word in Spanish: written again there as itself, in English as "Illustrative".
    const notes = [...view.lots.map((l) => l.notes), ...view.prospects.map((p) => p.notes)];
    expect(notes.length).toBe(13 + 6);
    for (const note of notes) {
      expect(planTextIn(note, 'en')).toBe('Illustrative');
      expect(planTextIn(note, 'es')).toBe('Ilustrativo');
    }
    // The plan workbook in English writes them in English; none is left in Portuguese.
    const cells = await workbookCells(await engine.exportAttractionWorkbook(view.plan.id, 'en'));
    expect(cells).toContain('Seminar presenting the district to investors');
    expect(cells).toContain('Licensing fee waiver (illustrative)');
    expect(cells).toContain('Send the draft contract');
    const portuguese = /Seminário|Isenção|Redução|Desconto no preço|Enviar minuta|Agência|Parceiros|^Ilustrativo$/;
    expect(cells.filter((c) => portuguese.test(c))).toEqual([]);
  });

  it("writes the demo works' paralysis reason, notes, milestones, risks, documents and baseline in each language", async () => {
    const details = await Promise.all((await engine.worksPortfolio()).map((r) => engine.getWork(r.id)));
    expect(details).toHaveLength(14);
    const paralysed = details.filter((d) => d.work.paralysisReason !== null);
    expect(paralysed.map((d) => d.work.code)).toEqual(['OBR-DEMO-04']);
    for (const { work } of paralysed)
      written(work.paralysisReason ?? '', (text, l) => workIn({ ...work, paralysisReason: text }, l).paralysisReason ?? '');
    for (const { work } of details) written(work.notes ?? '', (text, l) => workIn({ ...work, notes: text }, l).notes ?? '');
    const milestones = details.flatMap((d) => d.milestones);
    expect(milestones).toHaveLength(28);
    for (const m of milestones) written(m.name, (text, l) => milestoneIn({ name: text }, l).name);
    const risks = details.flatMap((d) => d.risks);
    expect(risks).toHaveLength(2);
    for (const r of risks) {
      written(r.description, (text, l) => riskIn({ ...r, description: text }, l).description);
      written(r.mitigation ?? '', (text, l) => riskIn({ ...r, mitigation: text }, l).mitigation ?? '');
    }
    const documents = details.flatMap((d) => d.documents);
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) {
      written(d.title, (text, l) => documentIn({ ...d, title: text }, l).title);
      written(d.reference, (text, l) => documentIn({ ...d, reference: text }, l).reference);
    }
    const baselines = await engine.listBaselines();
    expect(baselines).toHaveLength(1);
    for (const b of baselines) written(b.name, baselineNameIn);
    expect(baselineNameIn(baselines[0]?.name ?? '', 'en')).toMatch(/^Illustrative baseline \d{4}-\d{2}$/);
    // The works workbook in English and in Spanish: of these texts it writes the works' source note
    // ("…inventados para demonstração", worksSourceIn); the others it does not write today, and must
    // not write in Portuguese if a column of them is added.
    const portuguese =
      /Rescisão|Ordem de serviço|Recebimento provisório|Atraso da nova|Licitar o saldo|luminárias|Aditivo de prazo|Linha de base|exemplo ilustrativo|documento fictício|Obra ILUSTRATIVA da|inventados para demonstração/;
    for (const locale of ['en', 'es'] as const) {
      const cells = await workbookCells(await engine.exportWorksWorkbook(locale));
      expect(cells.filter((c) => portuguese.test(c))).toEqual([]);
    }
  });
});
