import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadTexts } from '../../../renderer/src/i18n/load-texts';
import type { Locale } from '../../../renderer/src/i18n/locales';
import { completePlurals } from '../../../renderer/src/i18n/plural-forms';

/** An i18next of one language, its texts as the app loads them (load-texts.ts). */
async function textsIn(lng: Locale): Promise<typeof i18next> {
  const t = i18next.createInstance();
  await t.init({ resources: { [lng]: await loadTexts(lng) }, lng, interpolation: { escapeValue: false } });
  return t;
}

describe('the plural forms CLDR asks for: zero in pt-BR, exact millions in pt-BR and es', () => {
  it('adds _zero and _many forms with the plural words to every text with both forms, at every depth', () => {
    const tree = {
      rows_one: '{{count}} linha',
      rows_other: '{{count}} linhas',
      title: 'Obras',
      grid: { works_one: '{{count}} obra', works_other: '{{count}} obras', done_other: 'feitas' },
      said_one: 'um',
      said_other: 'vários',
      said_zero: 'nenhum',
    };
    expect(completePlurals(tree)).toEqual({
      ...tree,
      rows_zero: '{{count}} linhas',
      rows_many: '{{count}} linhas',
      grid: { ...tree.grid, works_zero: '{{count}} obras', works_many: '{{count}} obras' },
      said_many: 'vários',
    });
    // The texts given stay as they were (they are a module's own object).
    expect(tree).not.toHaveProperty('rows_zero');
    expect(tree).not.toHaveProperty('rows_many');
    expect(tree.grid).not.toHaveProperty('works_zero');
  });

  it('the grid says "0 linhas" in pt-BR (CLDR alone gave "0 linha"), "1 linha" and "2 linhas" as before', async () => {
    const t = await textsIn('pt-BR');
    expect([0, 1, 2].map((count) => t.t('grid.rowCount', { count }))).toEqual(['0 linhas', '1 linha', '2 linhas']);
    expect(t.t('errors.validation.siteHolds.works', { count: 0 })).toBe('0 obras');
  });

  it('leaves English and Spanish as CLDR has them ("0 rows", "0 filas")', async () => {
    for (const [lng, zero] of [
      ['en', '0 rows'],
      ['es', '0 filas'],
    ] as const) {
      const t = await textsIn(lng);
      expect(t.t('grid.rowCount', { count: 0 })).toBe(zero);
    }
  });

  it('a million rows is counted, not shown as the text\'s key (CLDR: "many" in pt-BR and es)', async () => {
    for (const [lng, million] of [
      ['pt-BR', '1000000 linhas'],
      ['es', '2000000 filas'],
    ] as const) {
      const t = await textsIn(lng);
      expect(t.t('grid.rowCount', { count: lng === 'es' ? 2_000_000 : 1_000_000 })).toBe(million);
    }
  });
});
