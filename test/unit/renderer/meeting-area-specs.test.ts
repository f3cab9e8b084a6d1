import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '../../support/i18n';
import { attractionSpecOf } from '../../../renderer/src/features/attraction/use-attraction-meeting-chart';
import { polosMapSource, polosMapTitle, polosSpecOf } from '../../../renderer/src/features/initiatives/use-polos-meeting-chart';
import { rankingSpecOf } from '../../../renderer/src/features/prioritization/use-ranking-meeting-chart';
import {
  monitorChartSource,
  monitorChartTitle,
  programmeMeetingView,
  programmeSpecOf,
} from '../../../renderer/src/features/programmes/use-programme-meeting-chart';

let programmes: Record<'pt' | 'en', TFunction<'programmes'>>;
let initiatives: Record<'pt' | 'es', TFunction<'initiatives'>>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  programmes = { pt: i18n.getFixedT('pt-BR', 'programmes'), en: i18n.getFixedT('en', 'programmes') };
  initiatives = { pt: i18n.getFixedT('pt-BR', 'initiatives'), es: i18n.getFixedT('es', 'initiatives') };
});

describe('the newer areas’ charts kept in a meeting sequence', () => {
  it('reads back the programme, indicator and view a monitor chart was added with', () => {
    const view = programmeMeetingView({ programme: 4, indicator: 9, view: 'cumulative' }, 'Metas');
    expect(view.kind).toBe('programme');
    expect(programmeSpecOf(view.spec)).toEqual({ programme: 4, indicator: 9, view: 'cumulative' });
  });

  it('reads a damaged spec as no programme, or the first indicator of the native view', () => {
    for (const programme of [undefined, 0, -1, 1.5, '4', null]) expect(programmeSpecOf({ programme })).toBeNull();
    expect(programmeSpecOf({ programme: 4, indicator: 'x', view: 'weekly' })).toEqual({ programme: 4, indicator: null, view: 'native' });
  });

  it('reads back the polos map’s scope, state filter and open initiative; anything else is all of Minas Gerais, none open', () => {
    expect(polosSpecOf({ scope: 'br', state: 'BA', selected: 'ROTA-MEL-01' })).toEqual({
      scope: 'br',
      state: 'BA',
      selected: 'ROTA-MEL-01',
    });
    expect(polosSpecOf({ scope: 'world', state: 'Bahia', selected: 7 })).toEqual({ scope: 'mg', state: null, selected: null });
    // Views added before the open initiative was kept read as none open.
    expect(polosSpecOf({ scope: 'mg', state: null })).toEqual({ scope: 'mg', state: null, selected: null });
  });

  it('names on the polos slide the initiative it picks out', () => {
    expect(polosMapTitle(null, initiatives.pt, 'Polo Apícola do Norte de Minas')).toBe(
      'Mapa dos polos e iniciativas — Polo Apícola do Norte de Minas',
    );
    expect(polosMapTitle('MG', initiatives.es, 'Polo Apícola do Norte de Minas')).toBe(
      'Mapa de polos e iniciativas — MG — Polo Apícola do Norte de Minas',
    );
  });

  it('reads a plan or scenario id, and nothing else, from an attraction or ranking view', () => {
    expect(attractionSpecOf({ plan: 3 })).toEqual({ plan: 3 });
    expect(rankingSpecOf({ scenario: 2 })).toEqual({ scenario: 2 });
    for (const bad of [0, 2.5, '3', null]) {
      expect(attractionSpecOf({ plan: bad })).toBeNull();
      expect(rankingSpecOf({ scenario: bad })).toBeNull();
    }
  });
});

describe('the titles and source lines the slides print', () => {
  const produzir = {
    name: 'PRODUZIR MG — exemplo ilustrativo',
    source: 'ILUSTRATIVO: estrutura inspirada no PRODUZIR.',
    illustrative: true,
  };

  it('names the programme in the monitor chart’s title (the page’s heading is not on the slide)', () => {
    expect(monitorChartTitle(produzir, 'Participantes', programmes.pt, 'pt-BR')).toBe(
      'Metas e realizado por período: Participantes — PRODUZIR MG — exemplo ilustrativo',
    );
    // The demo's name, stored in Portuguese, in the language in use (it read "exemplo ilustrativo" in English).
    expect(monitorChartTitle(produzir, 'Participants', programmes.en, 'en')).toBe(
      'Targets and actuals by period: Participants — PRODUZIR MG — illustrative example',
    );
    expect(monitorChartTitle({ name: 'PRODUZIR Vale' }, 'Participantes', programmes.pt, 'es')).toMatch(/ — PRODUZIR Vale$/);
  });

  it('says an illustrative programme is one once, in the language in use; a real one gives its source', () => {
    expect(monitorChartSource(produzir, programmes.en)).toBe('Illustrative data: not real programme data.');
    expect(monitorChartSource({ name: 'Programa X', source: ' SEDE-MG, relatório 2025 ', illustrative: false }, programmes.pt)).toBe(
      'SEDE-MG, relatório 2025',
    );
    expect(monitorChartSource({ name: 'Programa X', source: '', illustrative: false }, programmes.pt)).toBe('Programa X');
  });

  it('gives the polos map a source line: how many initiatives and the registry’s sources, three named', () => {
    const rotas = { source: 'MIDR — Rotas de Integração Nacional' };
    expect(polosMapSource([rotas, rotas], initiatives.pt)).toBe('2 iniciativas do cadastro. Fonte: MIDR — Rotas de Integração Nacional');
    expect(polosMapSource([{ source: '' }], initiatives.es)).toBe('1 iniciativa del registro. Fuente: registradas en Arranjo');
    const five = ['A', 'B', 'C', 'D', 'E'].map((source) => ({ source }));
    expect(polosMapSource(five, initiatives.pt)).toBe('5 iniciativas do cadastro. Fonte: A; B; C; e mais 2');
    expect(polosMapTitle('BA', initiatives.pt)).toBe('Mapa dos polos e iniciativas — BA');
  });
});
