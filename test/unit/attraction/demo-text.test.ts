import { describe, expect, it } from 'vitest';
import { DEMO_PLAN_TEXTS, planTextIn } from '../../../shared/features/attraction/demo-text';
import { planViewIn } from '../../../shared/features/attraction/plan-view-language';
import type { PlanView } from '../../../shared/features/attraction/types';

/** A plan view with the demo's own words as the demo stores them (in Portuguese), beside a planner's. */
function demoView(): PlanView {
  return {
    plan: { source: 'Edital 12/2025', title: null, period: '2026' },
    targets: [],
    criteria: [],
    scoring: { criteria: [], imputed: [], warnings: [], sensitivity: null },
    lots: [
      { id: 1, code: 'Q1-L01', notes: 'Ilustrativo' },
      { id: 2, code: 'Q1-L02', notes: 'Esquina, acesso pela MG-050' },
      { id: 3, code: 'Q1-L03', notes: null },
    ],
    incentives: [
      { id: 1, name: 'Redução de IPTU/ISS (ilustrativo)' },
      { id: 2, name: 'Desconto no preço do terreno (pontuação > 80)' },
    ],
    prospects: [{ id: 1, company: 'Empresa ilustrativa A (fundição)', nextAction: 'Enviar minuta do contrato', notes: 'Ilustrativo' }],
    actions: [
      { id: 1, title: 'Seminário de apresentação do distrito a investidores', owner: 'Agência (ilustrativo)' },
      { id: 2, title: 'Missão a feira do setor metalmecânico', owner: null },
    ],
  } as unknown as PlanView;
}

describe("the demo plan's own words in the language in use", () => {
  it('writes the incentives, actions, next actions and notes stored in Portuguese in Spanish and English', () => {
    const es = planViewIn(demoView(), 'es');
    expect(es.incentives.map((i) => i.name)).toEqual([
      'Reducción de los impuestos municipales IPTU/ISS (ilustrativo)',
      'Descuento en el precio del terreno (puntuación > 80)',
    ]);
    expect(es.actions.map((a) => [a.title, a.owner])).toEqual([
      ['Seminario de presentación del distrito a inversores', 'Agencia (ilustrativo)'],
      ['Misión a una feria del sector metalmecánico', null],
    ]);
    expect(es.prospects[0]?.nextAction).toBe('Enviar el borrador del contrato');
    const en = planViewIn(demoView(), 'en');
    expect(en.incentives[0]?.name).toBe('Reduced IPTU/ISS municipal taxes (illustrative)');
    expect(en.actions[0]?.owner).toBe('Agency (illustrative)');
    expect(en.prospects[0]?.nextAction).toBe('Send the draft contract');
    expect(en.prospects[0]?.notes).toBe('Illustrative');
    expect(en.lots.map((l) => l.notes)).toEqual(['Illustrative', 'Esquina, acesso pela MG-050', null]);
    // A company's name is a name: it stays.
    expect(en.prospects[0]?.company).toBe('Empresa ilustrativa A (fundição)');
  });

  it("a text the planner edited stays as written; the demo's, shown in one language and saved, is still the demo's", () => {
    expect(planTextIn('Redução de IPTU (aprovada pela Câmara)', 'en')).toBe('Redução de IPTU (aprovada pela Câmara)');
    expect(planTextIn('Send the draft contract by Friday', 'es')).toBe('Send the draft contract by Friday');
    // Saved from the English screen (a lot's row edited there), read on the Portuguese one.
    expect(planTextIn('Illustrative', 'pt-BR')).toBe('Ilustrativo');
    expect(planTextIn('Agency (illustrative)', 'es')).toBe('Agencia (ilustrativo)');
  });

  it('has every text in the three languages, each its own in English', () => {
    for (const note of Object.values(DEMO_PLAN_TEXTS)) {
      expect(Object.keys(note.text).sort()).toEqual(['en', 'es', 'pt-BR']);
      expect(note.text.en).not.toBe(note.text['pt-BR']);
    }
  });
});
