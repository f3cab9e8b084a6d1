import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLocale, initI18n } from '../../../renderer/src/i18n';

/**
 * The UI's i18next as the app starts it (initI18n): a text's {{count}} in the language's digits. The
 * grid's row count read "484409 linhas" for a national import, and its issues' tabs "Erros (1234)".
 */
describe("a counted text's number in the UI language", () => {
  beforeAll(async () => {
    const stored = new Map<string, string>([['arranjo.locale', 'pt-BR']]);
    vi.stubGlobal('window', {
      localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
    });
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    await initI18n();
  });
  afterAll(() => vi.unstubAllGlobals());

  it('groups the count as each language does', async () => {
    const rows = () => [1, 1234, 484_409, 2_500_000].map((count) => i18next.t('grid.rowCount', { count }));
    expect(rows()).toEqual(['1 linha', '1.234 linhas', '484.409 linhas', '2.500.000 linhas']);
    await changeLocale('en');
    expect(rows()).toEqual(['1 row', '1,234 rows', '484,409 rows', '2,500,000 rows']);
    // Spanish groups four digits too, as Chile and Colombia write them (CLDR's "es" waits for five).
    await changeLocale('es');
    expect(rows()).toEqual(['1 fila', '1.234 filas', '484.409 filas', '2.500.000 filas']);
    expect(i18next.t('importer:issues.errors', { count: 12_345 })).toContain('12.345');
    await changeLocale('pt-BR');
  });

  it('writes another number a text names as given: a year is not grouped', () => {
    expect(i18next.t('initiatives:suggest.how', { year: 2020 })).toContain('(2020)');
  });
});
