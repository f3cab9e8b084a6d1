import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, salesCriterionName } from '../../../shared/features/attraction/default-criteria';
import { planViewIn } from '../../../shared/features/attraction/plan-view-language';
import type { PlanView } from '../../../shared/features/attraction/types';

describe('default sales criteria in the UI language', () => {
  it('names a default criterion stored in any language in the one asked for; other names stay', () => {
    expect(salesCriterionName('Empregos por m²', 'es')).toBe('Empleos por m²');
    expect(salesCriterionName('Empregos por m²', 'en')).toBe('Jobs per m²');
    expect(salesCriterionName('Riesgo ambiental (1–5)', 'pt-BR')).toBe('Risco ambiental (1–5)');
    expect(salesCriterionName('Fit with the target sectors', 'es')).toBe('Afinidad con los sectores objetivo');
    expect(salesCriterionName('Nota da visita técnica', 'en')).toBe('Nota da visita técnica');
  });

  it('every default criterion has a name of its own in each language', () => {
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const names = DEFAULT_CRITERIA.map((c) => c.names[locale]);
      expect(new Set(names).size).toBe(DEFAULT_CRITERIA.length);
    }
  });

  it('renames them wherever the plan view shows a criterion: criteria, scoring, imputed, warnings, sensitivity', () => {
    const criterion = { id: 1, planId: 1, name: 'Risco ambiental (1–5)', source: 'manual', direction: 'cost', weight: 15, position: 0 };
    const view = {
      plan: { source: 'Edital 12/2025' },
      targets: [],
      lots: [],
      incentives: [],
      prospects: [],
      actions: [],
      criteria: [criterion, { ...criterion, id: 2, name: 'Nota própria' }],
      scoring: {
        criteria: [{ id: 1, name: 'Risco ambiental (1–5)', weight: 15, direction: 'cost' }],
        imputed: [{ company: 'C1', criterion: 'Risco ambiental (1–5)', value: 4 }],
        warnings: [{ code: 'no-values', params: { criterion: 'Risco ambiental (1–5)' }, message: '' }],
        sensitivity: {
          criteria: [{ label: 'Risco ambiental (1–5)', weight: 1 }],
          model: {
            matrix: { alternatives: [], criteria: [{ name: 'Risco ambiental (1–5)', direction: 'cost' }], values: [] },
            options: {},
          },
        },
      },
    } as unknown as PlanView;
    const es = planViewIn(view, 'es');
    const riesgo = 'Riesgo ambiental (1–5)';
    expect(es.criteria.map((c) => c.name)).toEqual([riesgo, 'Nota própria']);
    expect(es.scoring.criteria[0]?.name).toBe(riesgo);
    expect(es.scoring.imputed[0]?.criterion).toBe(riesgo);
    expect(es.scoring.warnings[0]?.params.criterion).toBe(riesgo);
    expect(es.scoring.sensitivity?.criteria[0]?.label).toBe(riesgo);
    expect(es.scoring.sensitivity?.model.matrix.criteria[0]?.name).toBe(riesgo);
    // The stored view is left as it was.
    expect(view.criteria[0]?.name).toBe('Risco ambiental (1–5)');
  });
});
