import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  economyGone,
  economyGoneText,
  economyMeetingHint,
  economyMeetingSpec,
  economyMeetingView,
  economyPicksOf,
  economySlideTitle,
} from '../../../renderer/src/features/economy/economy-meeting';
import { economySpecOf } from '../../../renderer/src/features/economy/economy-spec-of';
import { INITIAL_PICKS, resolveSelection, type EconomyBase } from '../../../renderer/src/features/economy/economy-selection';
import { initAppI18n } from '../../support/i18n';
import { mgMunicipality } from '../../support/municipality';

const BASE: EconomyBase = {
  municipalities: [mgMunicipality(3106705, 'Betim'), mgMunicipality(3118601, 'Contagem')],
  sites: [],
  sets: [{ id: 7, name: 'RMBH', members: [3106705, 3118601] }],
  storedYears: { jobs: { 'cnae-division': [2019, 2020, 2021] }, payroll: { 'ibge-setor': [2021] } },
};

/** Contagem's jobs by CNAE division, 2019 → 2021, against the RMBH set: what the planner had on screen. */
const onScreen = resolveSelection(BASE, {
  ...INITIAL_PICKS,
  territory: 'm:3118601',
  classification: 'cnae-division',
  reference: 'set:7',
  year: 2021,
  from: 2019,
});

let pt: TFunction<'economy'>;
let en: TFunction<'economy'>;
let es: TFunction<'economy'>;
beforeAll(async () => {
  const i18n = await initAppI18n();
  pt = i18n.getFixedT('pt-BR', 'economy');
  en = i18n.getFixedT('en', 'economy');
  es = i18n.getFixedT('es', 'economy');
});

describe('a diagnosis chart kept in a meeting sequence', () => {
  it('keeps the territory, level, measure, reference, years and chart choices, and reads them back into the same selection', () => {
    const spec = economyMeetingSpec(onScreen, 'waterfall', { sector: '29', variant: true });
    expect(spec).toEqual({
      chart: 'waterfall',
      territory: 'm:3118601',
      classification: 'cnae-division',
      measure: 'jobs',
      reference: 'set:7',
      year: 2021,
      from: 2019,
      sector: '29',
      variant: true,
    });
    const view = economyMeetingView(spec!, 'Contagem');
    expect(view.kind).toBe('economy');
    const read = economySpecOf(view.spec);
    expect(read).toEqual(spec);
    const again = resolveSelection(BASE, economyPicksOf(read!));
    expect(again).toEqual(onScreen);
    expect(economyGone(again, read!)).toBeNull();
  });

  it('has no spec while there is nothing to draw, or a chart over two years has one year only', () => {
    expect(economyMeetingSpec(resolveSelection({ ...BASE, storedYears: {} }, INITIAL_PICKS), 'treemap')).toBeNull();
    const oneYear = resolveSelection(BASE, { ...INITIAL_PICKS, territory: 'm:3106705', measure: 'payroll' });
    expect(economyMeetingSpec(oneYear, 'bubble')).toBeNull();
    expect(economyMeetingSpec(oneYear, 'treemap')).toMatchObject({
      measure: 'payroll',
      classification: 'ibge-setor',
      year: 2021,
      from: null,
    });
  });

  it('says on the greyed button what the planner must do first (a greyed button alone left them guessing)', () => {
    const oneYear = resolveSelection(BASE, { ...INITIAL_PICKS, territory: 'm:3106705', measure: 'payroll' });
    expect(economyMeetingHint(economyMeetingSpec(oneYear, 'bubble'), true)).toBe('meeting.needsSelection');
    const treemap = economyMeetingSpec(oneYear, 'treemap');
    expect(economyMeetingHint(treemap, false)).toBe('meeting.notDrawn');
    expect(economyMeetingHint(treemap, true)).toBeNull();
    for (const key of ['meeting.needsSelection', 'meeting.notDrawn'] as const) expect(pt(key)).toMatch(/^(Escolha|Aguarde) /);
  });

  it('reads a damaged or hand-edited spec as none', () => {
    const spec = economyMeetingSpec(onScreen, 'bubble')!;
    for (const patch of [
      { chart: 'pie' },
      { territory: 3118601 },
      { year: 2019, from: 2021 },
      { from: null },
      { measure: 'gdp' },
      { reference: 'set:' },
    ])
      expect(economySpecOf({ ...spec, ...patch }), JSON.stringify(patch)).toBeNull();
    expect(economySpecOf({})).toBeNull();
  });

  it('is not drawn with other choices when its territory, reference set or years are gone (an undone import)', () => {
    const spec = economyMeetingSpec(onScreen, 'bubble')!;
    const after = (base: EconomyBase) => economyGone(resolveSelection(base, economyPicksOf(spec)), spec);
    // The area would fall back to Betim, to the state, to 2020: the slide must not.
    expect(after({ ...BASE, municipalities: BASE.municipalities.slice(0, 1) })).toBe('territory');
    expect(after({ ...BASE, sets: [] })).toBe('reference');
    expect(after({ ...BASE, storedYears: { jobs: { 'cnae-division': [2019, 2020] } } })).toBe('years');
    expect(after({ ...BASE, storedYears: { jobs: { 'cnae-division': [2020, 2021] } } })).toBe('years');
    expect(after({ ...BASE, storedYears: { jobs: { 'ibge-setor': [2019, 2021] } } })).toBe('years');
    // A chart of one year does not need the start year.
    const treemap = economyMeetingSpec(onScreen, 'treemap')!;
    expect(
      economyGone(resolveSelection({ ...BASE, storedYears: { jobs: { 'cnae-division': [2021] } } }, economyPicksOf(treemap)), treemap),
    ).toBeNull();
  });

  it('says in words, in the UI language, why the slide cannot be drawn', () => {
    const spec = economyMeetingSpec(onScreen, 'bubble')!;
    expect(economyGoneText('years', spec, pt)).toBe(
      'Não é possível desenhar este gráfico: o espaço de trabalho não tem mais empregos por CNAE 2.x — divisões em 2019, 2021 (uma importação desfeita?).',
    );
    expect(economyGoneText('territory', spec, en)).toMatch(
      /^This chart cannot be drawn: the territory it shows is no longer in the workspace/,
    );
    expect(economyGoneText('reference', spec, es)).toBe(
      'No es posible dibujar este gráfico: el conjunto de territorios usado como referencia ya no existe.',
    );
  });

  it('titles the slide with the chart, its measure, level and reference; the map with its territory', () => {
    expect(economySlideTitle('bubble', 'Contagem: QL × crescimento 2019→2021', onScreen, 'RMBH', pt)).toBe(
      'Contagem: QL × crescimento 2019→2021 · Empregos, CNAE 2.x — divisões, referência: RMBH',
    );
    expect(economySlideTitle('map', 'LQ in Manufacture of motor vehicles, 2021', onScreen, 'Minas Gerais', en)).toBe(
      'Contagem: LQ in Manufacture of motor vehicles, 2021 · Jobs, CNAE 2.x — divisions, reference: Minas Gerais',
    );
  });
});
