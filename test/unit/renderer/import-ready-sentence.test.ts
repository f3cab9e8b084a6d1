import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { zeroAsPlural } from '../../../renderer/src/i18n/zero-as-plural';

/**
 * The import review's "ready" sentence counts in words that agree with the numbers: it read
 * "1 valores novos e 0 atualizados" for a one-row file. The pt-BR texts as the app loads them
 * (load-texts.ts: a count of zero in the plural).
 */
const ready = (language: 'pt-BR' | 'en' | 'es', added: number, updated: number): string => {
  const t = i18next.getFixedT(language, 'importer');
  return t('preview.ready', {
    added: t('preview.readyAdded', { count: added, n: String(added) }),
    updated: t('preview.readyUpdated', { count: updated, n: String(updated) }),
  });
};

describe('the import review ready sentence', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { ...resources, 'pt-BR': zeroAsPlural(resources['pt-BR']) },
      lng: 'pt-BR',
      interpolation: { escapeValue: false },
    });
  });

  it('agrees with one, zero and many in pt-BR, en and es', () => {
    expect(ready('pt-BR', 1, 0)).toMatch(/^Pronto para importar: 1 valor novo e 0 atualizados, /);
    expect(ready('pt-BR', 6824, 1)).toMatch(/^Pronto para importar: 6824 valores novos e 1 atualizado, /);
    expect(ready('en', 1, 2)).toMatch(/^Ready to import: 1 new value and 2 updated, /);
    expect(ready('es', 1, 1)).toMatch(/^Listo para importar: 1 valor nuevo y 1 actualizado, /);
    expect(ready('es', 0, 3)).toMatch(/^Listo para importar: 0 valores nuevos y 3 actualizados, /);
  });
});
