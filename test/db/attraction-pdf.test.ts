import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { pdfPageTexts } from '../support/pdf-text';

describe('attraction plan summary PDF and prospect editing (issue 11)', () => {
  it('writes the demo plan summary as an A4 landscape PDF whose text reads back with accents', async () => {
    const engine = await newDemoEngine();
    const plan = (await engine.listAttractionPlans()).find((p) => p.illustrative);
    if (!plan) throw new Error('demo plan missing');
    const view = await engine.getAttractionPlan(plan.id);
    const bytes = await engine.exportAttractionPdf(plan.id, 'pt-BR');
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { doc, pages } = await pdfPageTexts(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toBe(`Plano de atração de empresas — ${view.site.name}`);
    // The space and the no-break space of "R$ 1,00" share one glyph: its ToUnicode entry reads back as either.
    const spaces = (x: string) => x.replace(/[\u00a0\u202f]/g, ' ');
    const text = spaces(pages.join('\n'));
    expect(text).toContain(`Plano de atração de empresas — ${view.site.name}`);
    expect(text).toContain('ILUSTRATIVO');
    expect(text).toContain(view.plan.period);
    expect(text).toContain('Empresas por etapa do funil');
    expect(text).toContain('Negociação');
    expect(text).toContain('Área disponível (m²)');
    // Key figures in the pt-BR formats: R$ with a comma for decimals, thousands with a dot.
    const money = spaces(new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(view.lotTotals.valueAvailable));
    expect(text).toContain(money);
    expect(text).toContain(`${new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 2 }).format(view.lotTotals.areaAvailableM2)} m²`);
    for (const t of view.targets.filter((x) => x.state === 'accepted')) expect(text).toContain(t.sectorName);
    expect(text).not.toContain('\uFFFD');

    const english = (await pdfPageTexts(await engine.exportAttractionPdf(plan.id, 'en'))).pages.join('\n');
    expect(english).toContain('Company attraction plan');
    expect(english).toContain('Companies by pipeline stage');
    // Its accepted sectors in English, and its date as the screen writes it (the footer read "1/1/2026").
    expect(english).toContain('Manufacturing');
    expect(english).toMatch(/Arranjo · \d{2}\/\d{2}\/\d{4} · 1\/1/);
  }, 120_000);

  it('fits the demo plan on one page in each language: figures and targets beside the chart and the criteria', async () => {
    // It took two pages, the second holding the criteria's last four lines; the weighting was written twice.
    const engine = await newDemoEngine();
    const plan = (await engine.listAttractionPlans()).find((p) => p.illustrative);
    if (!plan) throw new Error('demo plan missing');
    const weighting = {
      'pt-BR': 'Como os pesos foram definidos',
      en: 'How the weights were set',
      es: 'Cómo se definieron los pesos',
    } as const;
    const stages = {
      'pt-BR': ['Prospecção', 'Negociação', 'Perdida'],
      en: ['Lead', 'Negotiation', 'Lost'],
      es: ['Prospección', 'Negociación', 'Perdida'],
    };
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const { doc, pages } = await pdfPageTexts(await engine.exportAttractionPdf(plan.id, locale));
      expect(doc.getPageCount(), locale).toBe(1);
      const lines = (pages[0] ?? '').split('\n');
      // Each stage's name is one whole string, beside its bar.
      for (const stage of stages[locale]) expect(lines, locale).toContain(stage);
      expect(
        lines.filter((l) => l.startsWith(weighting[locale])),
        locale,
      ).toHaveLength(1);
    }
  }, 120_000);

  it('edits a prospect after creation in one undoable step, keeping its stage history', async () => {
    const engine = await newDemoEngine();
    const site = (await engine.listSites()).find((s) => s.code === 'DI-BETIM');
    if (!site) throw new Error('demo site missing');
    const plan = await engine.openAttractionPlan({ siteId: site.id, period: '2027' });
    const p = await engine.createProspect(site.id, { company: 'Alfa', jobs: 10 });
    await engine.moveProspect(p.id, 'visit');
    const edited = await engine.updateProspect(p.id, {
      company: 'Alfa Metalúrgica',
      cnpj: '11.222.333/0001-81',
      cnae: '2511-0/00',
      investment: 2_500_000,
      jobs: 45,
      areaNeededM2: 3000,
      contact: 'Ana, (37) 3222-0000',
      nextAction: 'Enviar proposta',
      nextActionDate: '2027-03-15',
    });
    expect(edited).toMatchObject({
      company: 'Alfa Metalúrgica',
      cnpj: '11222333000181',
      jobs: 45,
      stage: 'visit',
      nextActionDate: '2027-03-15',
    });
    const after = (await engine.getAttractionPlan(plan.plan.id)).prospects.find((x) => x.id === p.id);
    expect(after?.history.map((h) => h.toStage)).toEqual(['lead', 'visit']);
    await expect(engine.updateProspect(p.id, { cnpj: '11.222.333/0001-82' })).rejects.toThrow(/CNPJ/);
    await expect(engine.updateProspect(p.id, { jobs: -1 })).rejects.toThrow();
    await engine.undo();
    const undone = (await engine.getAttractionPlan(plan.plan.id)).prospects.find((x) => x.id === p.id);
    expect(undone).toMatchObject({ company: 'Alfa', cnpj: null, jobs: 10, stage: 'visit' });
    expect(undone?.history.map((h) => h.toStage)).toEqual(['lead', 'visit']);
  }, 120_000);
});
