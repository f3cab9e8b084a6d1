import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newDemoEngine, newEngine } from '../support/node-engine';

describe('attraction plan engine (issue 11)', () => {
  it('opens a plan, proposes target sectors from the diagnosis, edits lots and prospects, all undoable', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    let view = await engine.openAttractionPlan({ siteId: site.id, period: '2027' });
    expect(view.criteria.map((c) => c.source)).toContain('sector-fit');

    view = await engine.proposeTargetSectors(view.plan.id, { locale: 'en' });
    expect(view.targets.length).toBeGreaterThan(0);
    for (const t of view.targets) {
      expect(t.rationale).not.toBe('');
      expect(t.lq ?? t.density ?? t.growth).not.toBeNull();
    }
    const first = view.targets[0];
    if (!first) throw new Error('no target');
    view = await engine.setTargetSectorState(first.id, 'accepted');
    expect(view.targets[0]?.state).toBe('accepted');
    expect((await engine.undo()).undone).toMatchObject({ area: 'attraction', target: first.sectorName });
    expect((await engine.getAttractionPlan(view.plan.id)).targets[0]?.state).toBe('proposed');
    await engine.redo();
    expect((await engine.getAttractionPlan(view.plan.id)).targets[0]?.state).toBe('accepted');

    const lot = await engine.createLot(site.id, { code: 'A-01', areaM2: 1200, pricePerM2: 160 });
    const p = await engine.createProspect(site.id, {
      company: 'Alfa',
      cnpj: '11.222.333/0001-81',
      jobs: 30,
      areaNeededM2: 1000,
      nextActionDate: '2020-01-01',
    });
    expect(p.cnpj).toBe('11222333000181');
    view = await engine.getAttractionPlan(view.plan.id);
    expect(view.prospects[0]).toMatchObject({ overdue: true, matchingLots: ['A-01'] });
    await engine.moveProspect(p.id, 'visit');
    await engine.moveProspect(p.id, 'proposal');
    view = await engine.getAttractionPlan(view.plan.id);
    expect(view.prospects[0]?.history.map((h) => h.toStage)).toEqual(['lead', 'visit', 'proposal']);
    // The undo message names the company (it said only "uma alteração em Atração").
    expect((await engine.undo()).undone).toMatchObject({ area: 'attraction', target: 'Alfa' });
    view = await engine.getAttractionPlan(view.plan.id);
    expect(view.prospects[0]?.stage).toBe('visit');
    expect(view.prospects[0]?.history.map((h) => h.toStage)).toEqual(['lead', 'visit']);

    await expect(engine.createProspect(site.id, { company: 'Beta', cnpj: '11.222.333/0001-82' })).rejects.toThrow(/CNPJ/);
    // A CNAE typed in the form is read as an import reads it: written as IBGE does, or refused.
    await expect(engine.updateProspect(p.id, { cnae: 'ABC' })).rejects.toThrow(/cnae: "ABC" is not a CNAE code/);
    await expect(engine.createProspect(site.id, { company: 'Beta', cnae: '9999999' })).rejects.toThrow(/no CNAE 2.x subclass/);
    expect((await engine.updateProspect(p.id, { cnae: '2512800' })).cnae).toBe('2512-8/00');
    await engine.updateLot(lot.id, { status: 'sold' });
    await expect(engine.updateLot(lot.id, { status: 'sold' })).rejects.toThrow(/sold twice/);

    // Deleting a lot a prospect is linked to, then undoing, restores the link.
    await engine.updateProspect(p.id, { lotId: lot.id });
    await engine.deleteLot(lot.id);
    expect((await engine.getAttractionPlan(view.plan.id)).prospects[0]?.lotId).toBeNull();
    await engine.undo();
    expect((await engine.getAttractionPlan(view.plan.id)).prospects[0]?.lotId).toBe(lot.id);
    // The demo's illustrative plan (DI-DIVINOPOLIS) holds 13 lots and 6 prospects.
    expect((await engine.info()).counts).toMatchObject({ lots: 14, prospects: 7 });
  }, 120_000);

  it('a sector the planner adds is one of the IBGE sectors the plan counts in; any other code is refused at its field', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    const plan = (await engine.openAttractionPlan({ siteId: site.id, period: '2027' })).plan;
    // "29" is a CNAE division, not an IBGE sector: it was accepted and then matched no prospect.
    for (const sectorCode of ['29', 'ZZ', '']) {
      const refused = await engine.addTargetSector(plan.id, { classification: 'ibge-setor', sectorCode, sectorName: 'Autopeças' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ code: 'INVALID_INPUT', params: { field: 'sectorCode', reason: 'choice' } });
    }
    expect((await engine.getAttractionPlan(plan.id)).targets).toHaveLength(0);
    const view = await engine.addTargetSector(plan.id, { classification: 'ibge-setor', sectorCode: ' 2 ', sectorName: 'Autopeças' });
    expect(view.targets.map((t) => [t.sectorCode, t.sectorName, t.origin, t.state])).toEqual([['2', 'Autopeças', 'custom', 'accepted']]);
    // The same sector again: refused with its reason (the UI says it in the language).
    const again = await engine.addTargetSector(plan.id, { classification: 'ibge-setor', sectorCode: '2', sectorName: 'Outro' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(again).toMatchObject({ code: 'CONSTRAINT', params: { field: 'sectorCode', reason: 'in-plan', value: '2' } });
  });

  it('a plan action past its deadline, still planned or under way, is late: in the view, the summary figures and the workbook', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    const { plan } = await engine.openAttractionPlan({ siteId: site.id, period: '2027' });
    await engine.addPlanAction(plan.id, { title: 'Edital de lotes', dueDate: '2020-03-31' });
    await engine.addPlanAction(plan.id, { title: 'Seminário', dueDate: '2020-05-20' });
    await engine.addPlanAction(plan.id, { title: 'Missão', dueDate: '2999-08-10' });
    let view = await engine.addPlanAction(plan.id, { title: 'Sem prazo' });
    const late = () => Object.fromEntries(view.actions.map((a) => [a.title, a.late]));
    expect(late()).toEqual({ 'Edital de lotes': true, Seminário: true, Missão: false, 'Sem prazo': false });
    // Done or cancelled is never late; under way still is.
    const [edital, seminario] = view.actions;
    view = await engine.updatePlanAction(plan.id, edital!.id, { status: 'done' });
    view = await engine.updatePlanAction(plan.id, seminario!.id, { status: 'in-progress' });
    expect(late()).toEqual({ 'Edital de lotes': false, Seminário: true, Missão: false, 'Sem prazo': false });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, 'pt-BR')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Ações');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf('Atrasada') + 1;
    expect(column).toBeGreaterThan(0);
    const rows = [2, 3, 4, 5].map((r) => [sheet?.getCell(r, 1).value, sheet?.getCell(r, column).value]);
    expect(Object.fromEntries(rows)).toEqual({ 'Edital de lotes': 'não', Seminário: 'sim', Missão: 'não', 'Sem prazo': 'não' });
    // The cover sheet names both counts apart: companies' next actions and the plan's own actions.
    const cover: unknown[][] = [];
    for (const row of wb.getWorksheet('Resumo')?.getSheetValues() ?? []) if (Array.isArray(row)) cover.push((row as unknown[]).slice(1));
    expect(cover.find((row) => row[0] === 'Ações do plano atrasadas')?.[1]).toBe(1);
    expect(cover.some((row) => row[0] === 'Próximas ações de empresas atrasadas')).toBe(true);
  }, 120_000);

  it('refuses impossible dates, amounts past any district, a company given twice and a lot of another district, naming the field', async () => {
    const engine = await newDemoEngine();
    const sites = await engine.listSites();
    const site = sites.find((s) => s.code === 'DI-BETIM');
    const other = sites.find((s) => s.code === 'DI-DIVINOPOLIS');
    if (!site || !other) throw new Error('demo sites missing');
    const { plan } = await engine.openAttractionPlan({ siteId: site.id, period: '2027' });
    const refusal = async (work: Promise<unknown>) => {
      const error = (await work.then(
        () => null,
        (e: unknown) => e,
      )) as { code?: string; params?: Record<string, unknown> } | null;
      return error && { code: error.code, field: error.params?.field, reason: error.params?.reason };
    };
    // 2025-02-31 was stored, read as late, and written to the workbook as no date.
    expect(await refusal(engine.createProspect(site.id, { company: 'Data', nextActionDate: '2025-02-31' }))).toMatchObject({
      field: 'nextActionDate',
      reason: 'not-a-date',
    });
    expect(await refusal(engine.addPlanAction(plan.id, { title: 'Edital', dueDate: '2025-13-45' }))).toMatchObject({
      field: 'dueDate',
      reason: 'not-a-date',
    });
    // 1e308 m² at 1e308 R$/m² made the lots' value Infinity and the workbook unreadable.
    // The same lot code in another case is the same lot (it was a second lot of the same ground).
    const c01 = await engine.createLot(site.id, { code: 'C-01', areaM2: 1200, pricePerM2: 160 });
    expect(await refusal(engine.createLot(site.id, { code: ' c-01 ', areaM2: 1200, pricePerM2: 160 }))).toMatchObject({
      field: 'code',
      reason: 'duplicate',
    });
    await engine.deleteLot(c01.id);
    expect(await refusal(engine.createLot(site.id, { code: 'G1', areaM2: 1e308, pricePerM2: 10 }))).toMatchObject({
      field: 'areaM2',
      reason: 'at-most',
    });
    // A lot of 0 m² was taken: one more available lot, of no ground, that no company's need matched.
    expect(await refusal(engine.createLot(site.id, { code: 'G1', areaM2: 0, pricePerM2: 10 }))).toMatchObject({
      field: 'areaM2',
      reason: 'above',
    });
    expect(await refusal(engine.createLot(site.id, { code: 'G1', areaM2: 10, pricePerM2: 1e308 }))).toMatchObject({
      field: 'pricePerM2',
      reason: 'at-most',
    });
    expect(await refusal(engine.createProspect(site.id, { company: 'Grande', jobs: 1e12 }))).toMatchObject({
      field: 'jobs',
      reason: 'at-most',
    });
    // A lot of another district, or none, is refused in words (it was taken, or failed on a foreign key).
    const theirs = (await engine.getAttractionPlan((await engine.openAttractionPlan({ siteId: other.id, period: '2026' })).plan.id))
      .lots[0];
    if (!theirs) throw new Error('demo lots missing');
    expect(await refusal(engine.createProspect(site.id, { company: 'Outra', lotId: theirs.id }))).toMatchObject({
      field: 'lotId',
      reason: 'not-found',
    });
    const p = await engine.createProspect(site.id, { company: 'Própria' });
    // The same company without CNPJ, added again, is refused (it counted twice); with a CNPJ it is another one.
    expect(await refusal(engine.createProspect(site.id, { company: ' PRÓPRIA ' }))).toMatchObject({
      field: 'company',
      reason: 'prospect-exists',
    });
    const other2 = await engine.createProspect(site.id, { company: 'Outra Própria' });
    expect(await refusal(engine.updateProspect(other2.id, { company: 'própria' }))).toMatchObject({
      field: 'company',
      reason: 'prospect-exists',
    });
    await engine.deleteProspect(other2.id);
    expect(await refusal(engine.updateProspect(p.id, { lotId: 999_999 }))).toMatchObject({ field: 'lotId', reason: 'not-found' });
    const view = await engine.getAttractionPlan(plan.id);
    expect(view.prospects.map((x) => x.company)).toEqual(['Própria']);
    expect(view.lots).toEqual([]);
    expect(view.actions).toEqual([]);
  }, 120_000);

  it('refuses a lot to a second company, naming the one that holds it, on creating and on editing a prospect', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    const lot = await engine.createLot(site.id, { code: 'Z-01', areaM2: 1500, pricePerM2: 150 });
    const alfa = await engine.createProspect(site.id, { company: 'Alfa', lotId: lot.id });
    const refused = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: { code?: string; params?: Record<string, unknown> }) => ({ code: e.code, ...e.params }),
      );
    // Both were stored: the lot's price costed both companies' incentives, two companies on one ground.
    expect(await refused(engine.createProspect(site.id, { company: 'Beta', lotId: lot.id }))).toMatchObject({
      code: 'CONSTRAINT',
      field: 'lotId',
      reason: 'lot-taken',
      value: 'Alfa',
    });
    const beta = await engine.createProspect(site.id, { company: 'Beta', stage: 'negotiation' });
    expect(await refused(engine.updateProspect(beta.id, { lotId: lot.id, stage: 'installed' }))).toMatchObject({
      reason: 'lot-taken',
      value: 'Alfa',
    });
    const { plan } = await engine.openAttractionPlan({ siteId: site.id, period: '2027' });
    const onLot = (await engine.getAttractionPlan(plan.id)).prospects.filter((p) => p.lotId === lot.id);
    expect(onLot.map((p) => p.company)).toEqual(['Alfa']);
    // The holder may be saved again with its own lot, and once it lets the lot go another takes it.
    await engine.updateProspect(alfa.id, { lotId: lot.id, jobs: 12 });
    await engine.moveProspect(beta.id, 'installed');
    await engine.updateProspect(alfa.id, { lotId: null });
    expect((await engine.updateProspect(beta.id, { lotId: lot.id })).lotId).toBe(lot.id);
  }, 120_000);

  it('takes an alphanumeric CNPJ (IN RFB 2.229/2024) typed in the form, kept as its 14 characters in capitals', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    // 12.ABC.345/01DE-35, the Receita's example (worked by hand in test/unit/attraction/cnpj.test.ts): refused as "not 14 digits".
    const p = await engine.createProspect(site.id, { company: 'Nova', cnpj: '12.abc.345/01de-35' });
    expect(p.cnpj).toBe('12ABC34501DE35');
    await expect(engine.createProspect(site.id, { company: 'Outra', cnpj: '12ABC34501DE35' })).rejects.toMatchObject({
      params: { field: 'cnpj', reason: 'prospect-exists', value: 'Nova' },
    });
    await expect(engine.updateProspect(p.id, { cnpj: '12.ABC.345/01DE-53' })).rejects.toMatchObject({
      params: { field: 'cnpj', reason: 'cnpj' },
    });
  }, 120_000);

  it('a lost company leaves the planned investment and jobs, in the plan view (screen, PDF, `arranjo plan`) and the workbook', async () => {
    const engine = await newDemoEngine();
    const plan = (await engine.listAttractionPlans())[0];
    if (!plan) throw new Error('the demo has no attraction plan');
    let view = await engine.getAttractionPlan(plan.id);
    expect(view.prospectTotals).toMatchObject({ total: 6, investment: 13_000_000, jobs: 215 });
    const foundry = view.prospects.find((p) => p.investment === 4_500_000);
    if (!foundry) throw new Error('the demo foundry is missing');
    await engine.moveProspect(foundry.id, 'lost');
    view = await engine.getAttractionPlan(plan.id);
    // Neither a lost nor an installed company is matched with the available lots (the installed one had nine).
    expect(view.prospects.filter((p) => p.stage === 'lost' || p.stage === 'installed').map((p) => p.matchingLots)).toEqual([[], []]);
    expect(view.prospects.find((p) => p.stage === 'lead')?.matchingLots).toHaveLength(9);
    // Still in the pipeline's count (as lost), no longer in what the plan expects.
    expect(view.prospectTotals).toMatchObject({ total: 6, investment: 8_500_000, jobs: 155 });
    expect(view.prospectTotals.byStage.lost).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await engine.exportAttractionWorkbook(plan.id, 'pt-BR')) as unknown as ArrayBuffer);
    const cover: unknown[][] = [];
    for (const row of wb.getWorksheet('Resumo')?.getSheetValues() ?? []) if (Array.isArray(row)) cover.push((row as unknown[]).slice(1));
    expect(cover.find((row) => row[0] === 'Investimento previsto (R$)')?.[1]).toBe(8_500_000);
    expect(cover.find((row) => row[0] === 'Empregos previstos')?.[1]).toBe(155);
    // The target sectors print one page wide, each rationale beside its sector (they printed over two pages).
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await engine.exportAttractionWorkbook(plan.id, locale)) as unknown as ArrayBuffer);
      expect(book.worksheets[1]?.getCell('I2').value, locale).toMatch(/\S/);
      expect(book.worksheets[1]?.pageSetup.fitToWidth, locale).toBe(1);
    }
  }, 120_000);

  it('a demo built on another day (`arranjo init --demo` builds it at today) has its plan dated from that day: nothing late', async () => {
    // Its deadlines were fixed in 2026 (January to August): built in December, or any later year,
    // every company's next action and every plan action was late, where the shipped demo has none.
    const engine = await newEngine(() => '2027-06-15T12:00:00.000Z');
    await engine.createWorkspace({ demo: true });
    const plan = (await engine.listAttractionPlans())[0];
    if (!plan) throw new Error('the demo has no attraction plan');
    const view = await engine.getAttractionPlan(plan.id);
    expect(view.today).toBe('2027-06-15');
    expect(view.plan.period).toBe('2027');
    expect(view.prospectTotals.overdue).toBe(0);
    expect(view.lateActions).toBe(0);
    // The shipped demo's offsets: its first company's next action 29 days after its day (2026-01-30).
    expect(
      view.prospects
        .map((p) => p.nextActionDate)
        .filter(Boolean)
        .sort()[0],
    ).toBe('2027-07-14');
  }, 240_000);
});
