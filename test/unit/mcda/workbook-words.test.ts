import { describe, expect, it } from 'vitest';
import { imputedWorkbookText, reasonWorkbookText } from '../../../shared/features/prioritization/scenario-workbook-methods';

describe("a scenario workbook's reasons and imputations in its language", () => {
  const labels = ['IDHM 2010', 'Lotes livres'];
  it('says why an alternative was left out', () => {
    expect(reasonWorkbookText({ kind: 'below-min', criterion: 0, value: 0.6, threshold: 0.7 }, labels, 'pt-BR')).toBe(
      'IDHM 2010 é 0,6, abaixo do mínimo 0,7',
    );
    expect(reasonWorkbookText({ kind: 'above-max', criterion: 1, value: 1200, threshold: 1000 }, labels, 'en')).toBe(
      'Lotes livres is 1,200, above the maximum 1,000',
    );
    expect(reasonWorkbookText({ kind: 'missing', criterion: 1 }, labels, 'es')).toBe('sin valor de Lotes livres');
    expect(reasonWorkbookText({ kind: 'not-found' }, labels, 'pt-BR')).toBe('não existe mais no espaço de trabalho');
  });

  it('says how a value was imputed, one known value in the singular', () => {
    const imputed = (policy: 'mean' | 'median' | 'worst', known: number) =>
      ({ key: 'site:X', label: 'X', criterion: 0, value: 1, policy, known, rule: 'mean of the 5 known values' }) as const;
    expect(imputedWorkbookText(imputed('mean', 5), 'pt-BR')).toBe('média dos 5 valores conhecidos');
    expect(imputedWorkbookText(imputed('median', 1), 'es')).toBe('mediana de 1 valor conocido');
    expect(imputedWorkbookText(imputed('worst', 1200), 'en')).toBe('worst of the 1,200 known values');
  });
});
