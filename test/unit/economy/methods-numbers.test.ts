import { describe, expect, it } from 'vitest';
import { economyMethodsLines } from '../../../shared/features/economy/economy-workbook-methods';
import type { EconomyExport } from '../../../shared/features/economy/economy-workbook';

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
  const reference = (locale: EconomyExport['locale']) => economyMethodsLines(x(locale), '', 3).find(([, v]) => v.startsWith('Brasil'))?.[1];

  it('groups the reference region\'s count of territories (it wrote "5570 territórios")', () => {
    expect(reference('pt-BR')).toBe('Brasil (5.570 territórios, total 46.236.176)');
    expect(reference('en')).toBe('Brasil (5,570 territories, total 46,236,176)');
    expect(reference('es')).toBe('Brasil (5570 territorios, total 46.236.176)');
  });
});
