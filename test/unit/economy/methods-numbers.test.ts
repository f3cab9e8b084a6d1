import { describe, expect, it } from 'vitest';
import { economyMethodsLines, potentialNote } from '../../../shared/features/economy/economy-workbook-methods';
import type { EconomyExport } from '../../../shared/features/economy/economy-workbook';
import { screenTexts } from '../../support/i18n';

/** The economy workbook's methods sheet writes its counts as the language does ("5.570 territórios"). */
describe("the economy workbook's methods sheet", () => {
  const x = (locale: EconomyExport['locale']): EconomyExport => ({
    locale,
    classification: 'cnae-division',
    measure: 'jobs',
    year: 2021,
    reference: { label: 'Brasil', territories: 5570, total: 46_236_176 },
    lq: [],
    shiftShare: [],
    diversity: [],
    sources: [],
    generatedAt: '2026-12-05T12:00:00Z',
  });
  const reference = (locale: EconomyExport['locale']) => economyMethodsLines(x(locale), '', 3).find(([, v]) => v.startsWith('Bra'))?.[1];

  it('groups the reference region\'s count of territories (it wrote "5570 territórios")', () => {
    expect(reference('pt-BR')).toBe('Brasil (5.570 territórios, total 46.236.176)');
    // The country by its English name (it read "Brasil" in English).
    expect(reference('en')).toBe('Brazil (5,570 territories, total 46,236,176)');
    expect(reference('es')).toBe('Brasil (5.570 territorios, total 46.236.176)');
  });
});

describe("the economy workbook's note when the subject has no data", () => {
  it("is the Economy screen's sentence in each language, one municipality in the singular", async () => {
    const i18n = await screenTexts();
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const t = i18n.getFixedT(locale, 'economy');
      expect(potentialNote('São Paulo', 'no-data', locale, { year: 2020, count: null })).toBe(
        t('vocations.noData', { territory: 'São Paulo', year: 2020 }),
      );
      for (const count of [1, 3])
        expect(potentialNote('Vale', 'no-data', locale, { year: 2021, count })).toBe(
          t('vocations.noDataSet', { territory: 'Vale', year: 2021, count }),
        );
    }
  });
});
