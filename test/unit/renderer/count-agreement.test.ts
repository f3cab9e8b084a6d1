import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { countContext } from '../../../renderer/src/features/importer/count-noun';
import { completePlurals } from '../../../renderer/src/i18n/plural-forms';

/**
 * Sentences that count agree with their numbers: the import review read "1 valores novos e 0
 * atualizados", a scenario "13 alternativas, 1 critérios", a district's profile "1 obras". Each count
 * is a plural form of its own; the sentences are put together as the components put them. The pt-BR
 * texts as the app loads them (load-texts.ts: a count of zero in the plural).
 */
type Language = 'pt-BR' | 'en' | 'es';
const tr = (language: Language, ns: string) => i18next.getFixedT(language, ns);

describe('count agreement', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { 'pt-BR': completePlurals(resources['pt-BR']), en: completePlurals(resources.en), es: completePlurals(resources.es) },
      lng: 'pt-BR',
      interpolation: { escapeValue: false },
    });
  });

  it("the import review's ready sentence, with one, zero and many", () => {
    const ready = (language: Language, added: number, updated: number): string => {
      const t = tr(language, 'importer');
      return t('preview.ready', {
        added: t('preview.readyAdded', { count: added, n: String(added) }),
        updated: t('preview.readyUpdated', { count: updated, n: String(updated) }),
      });
    };
    expect(ready('pt-BR', 1, 0)).toMatch(/^Pronto para importar: 1 valor novo e 0 atualizados, /);
    expect(ready('pt-BR', 6824, 1)).toMatch(/^Pronto para importar: 6824 valores novos e 1 atualizado, /);
    expect(ready('en', 1, 2)).toMatch(/^Ready to import: 1 new value and 2 updated, /);
    expect(ready('es', 1, 1)).toMatch(/^Listo para importar: 1 valor nuevo y 1 actualizado, /);
    expect(ready('es', 0, 3)).toMatch(/^Listo para importar: 0 valores nuevos y 3 actualizados, /);
  });

  it("an import's undo: the question and the answer", () => {
    const t = tr('pt-BR', 'importer');
    const n = (count: number) => ({ count, n: String(count) });
    expect(
      t('history.confirmMessage', {
        imported: t('history.confirmImported', { ...n(1), file: 'a.csv' }),
        updated: t('history.confirmUpdated', n(2)),
      }),
    ).toBe(
      'O 1 valor novo de a.csv será removido e os 2 valores que ele atualizou voltarão ao que eram. É possível refazer com Refazer (Ctrl+Y).',
    );
    expect(t('history.undoneMessage', { removed: t('history.undoneRemoved', n(1)), restored: t('history.undoneRestored', n(1)) })).toBe(
      '1 valor removido, 1 restaurado.',
    );
    const es = tr('es', 'importer');
    expect(es('history.undoneMessage', { removed: es('history.undoneRemoved', n(2)), restored: es('history.undoneRestored', n(0)) })).toBe(
      '2 valores eliminados, 0 restaurados.',
    );
  });

  it('an import of companies, works, lots or actions counts records, not values', () => {
    // The review of two prospected companies read "Pronto para importar: 2 valores novos" and its
    // button "Importar 2 valores".
    const ready = (language: Language, target: string, added: number): string => {
      const t = tr(language, 'importer');
      return t('preview.ready', {
        added: t('preview.readyAdded', { count: added, n: String(added), ...countContext(target) }),
        updated: t('preview.readyUpdated', { count: 0, n: '0', ...countContext(target) }),
      });
    };
    expect(ready('pt-BR', 'prospects', 2)).toMatch(/^Pronto para importar: 2 registros novos e 0 atualizados, /);
    expect(ready('pt-BR', 'works', 1)).toMatch(/^Pronto para importar: 1 registro novo e 0 atualizados, /);
    expect(ready('en', 'lots', 1)).toMatch(/^Ready to import: 1 new record and 0 updated, /);
    expect(ready('es', 'programme-actions', 3)).toMatch(/^Listo para importar: 3 registros nuevos y 0 actualizados, /);
    // Employment, indicators and population keep their values.
    expect(ready('pt-BR', 'employment', 2)).toMatch(/^Pronto para importar: 2 valores novos /);
    const t = tr('pt-BR', 'importer');
    expect(t('wizard.commit', { count: 2, values: '2', ...countContext('prospects') })).toBe('Importar 2 registros');
    expect(t('wizard.commit', { count: 1, values: '1', ...countContext('population') })).toBe('Importar 1 valor');
    expect(t('preview.imported', countContext('works'))).toBe('Registros novos');
    expect(
      t('history.confirmMessage', {
        imported: t('history.confirmImported', { count: 1, n: '1', file: 'lotes.csv', ...countContext('lots') }),
        updated: t('history.confirmUpdated', { count: 3, n: '3', ...countContext('lots') }),
      }),
    ).toMatch(/^O 1 registro novo de lotes.csv será removido e os 3 registros que ele atualizou voltarão ao que eram\./);
    expect(tr('es', 'importer')('history.undoneRemoved', { count: 1, n: '1', ...countContext('works') })).toBe('1 registro eliminado');
  });

  it('a scenario, a district profile, a slip, a horizon, lots, a set, a drill-down', () => {
    const p = tr('pt-BR', 'prioritization');
    expect(
      p('list.counts', { alternatives: p('list.countsAlternatives', { count: 13 }), criteria: p('list.countsCriteria', { count: 1 }) }),
    ).toBe('13 alternativas, 1 critério');
    const en = tr('en', 'prioritization');
    expect(
      en('list.counts', { alternatives: en('list.countsAlternatives', { count: 1 }), criteria: en('list.countsCriteria', { count: 2 }) }),
    ).toBe('1 alternative, 2 criteria');
    const ter = tr('pt-BR', 'territories');
    expect(
      ter('profile.relatedCounts', {
        works: ter('profile.relatedWorks', { count: 1 }),
        lots: ter('profile.relatedLots', { count: 0 }),
        prospects: ter('profile.relatedProspects', { count: 1 }),
      }),
    ).toBe('1 obra, 0 lotes, 1 empresa prospectada.');
    expect(ter('territories.setSummary', { name: 'Polo', count: 1 })).toBe('Polo: 1 município');
    expect(tr('pt-BR', 'works')('baseline.slipDays', { count: 1 })).toBe('1 dia');
    expect(tr('es', 'works')('baseline.slipDays', { count: 30 })).toBe('30 días');
    const a = tr('pt-BR', 'attraction');
    expect(a('incentives.horizon', { count: 1, tax: 'R$ 1' })).toMatch(/^Horizonte de 1 ano;/);
    expect(
      a('lots.totals', {
        lots: a('lots.totalsLots', { count: 1 }),
        available: a('lots.totalsAvailable', { count: 1 }),
        area: '5.000',
        value: 'R$ 1',
      }),
    ).toBe('1 lote, 1 disponível: 5.000 m², R$ 1');
    expect(a('lots.mapTotals', { count: 1, available: 0, area: '0', total: '5.000', value: 'R$ 0' })).toContain('(0 de 1 lote)');
    expect(tr('pt-BR', 'programmes')('whyTitle', { count: 1, indicator: 'Participantes', period: '1º trim. 2025' })).toBe(
      'Participantes em 1º trim. 2025: 1 ação',
    );
  });
});
