import { describe, expect, it } from 'vitest';
import { imputedWorkbookText, reasonWorkbookText } from '../../../shared/features/prioritization/scenario-workbook-methods';
import { screenTexts } from '../../support/i18n';

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

describe("the workbook's reasons are the prioritization screen's words", () => {
  it('in each language, for each kind of reason and imputation', async () => {
    const i18n = await screenTexts();
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const t = i18n.getFixedT(locale, 'prioritization');
      const labels = ['Critério A'];
      expect(reasonWorkbookText({ kind: 'missing', criterion: 0 }, labels, locale)).toBe(t('reasons.missing', { criterion: 'Critério A' }));
      expect(reasonWorkbookText({ kind: 'below-min', criterion: 0, value: 3, threshold: 5 }, labels, locale)).toBe(
        t('reasons.belowMin', { criterion: 'Critério A', value: '3', threshold: '5' }),
      );
      expect(reasonWorkbookText({ kind: 'above-max', criterion: 0, value: 7, threshold: 5 }, labels, locale)).toBe(
        t('reasons.aboveMax', { criterion: 'Critério A', value: '7', threshold: '5' }),
      );
      expect(reasonWorkbookText({ kind: 'not-found' }, labels, locale)).toBe(t('reasons.notFound'));
      for (const policy of ['mean', 'median', 'worst'] as const)
        for (const known of [1, 4]) {
          const imputed = { key: 'k', label: 'K', criterion: 0, value: 1, policy, known, rule: '' };
          expect(imputedWorkbookText(imputed, locale), `${locale} ${policy} ${known}`).toBe(t(`imputed.${policy}`, { count: known }));
        }
    }
  });
});
