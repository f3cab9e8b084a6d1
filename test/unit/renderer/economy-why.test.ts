import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '../../support/i18n';
import type { ShiftShareRow } from '../../../shared/features/economy/types';
import type { Explanation } from '../../../shared/features/economy/economy-explain';
import { economyRefusal } from '../../../shared/features/economy/economy-refusals';
import { ArranjoError, toErrorPayload } from '../../../shared/errors';
import { translateEconomyError } from '../../../renderer/src/features/economy/economy-errors';
import { densityWhy, diversityWhy, lqWhy, shiftTotalWhy, shiftWhy } from '../../../renderer/src/features/economy/why-content';

let pt: TFunction<'economy'>;
let en: TFunction<'economy'>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  pt = i18n.getFixedT('pt-BR', 'economy');
  en = i18n.getFixedT('en', 'economy');
});

const reference = { label: 'Minas Gerais', territories: 853, total: 4_814_874 };

/** Betim, manufacturing: the engine's explanations for 2020 and 2019 (inputs as the demo has them). */
function explanation(year: number, eij: number, ej: number, ei: number, e: number, value: number | null): Explanation {
  return {
    quantity: 'lq',
    formula: 'LQ = (E_ij / E_j) / (E_i / E)',
    value,
    reason: null,
    inputs: [
      { symbol: 'E_ij', description: 'jobs in Indústria de transformação, Betim', value: eij },
      { symbol: 'E_j', description: 'jobs in all sectors, Betim', value: ej },
      { symbol: 'E_i', description: 'jobs in Indústria de transformação, Minas Gerais', value: ei },
      { symbol: 'E', description: 'jobs in all sectors, Minas Gerais', value: e },
    ],
    reference: { ...reference, total: e },
    year,
    sources: [{ file: `RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_${year}.csv`, importedAt: '2026-01-01T00:00:00.000Z' }],
    citation: 'Hoover (1936), Balassa (1965)',
    subject: { kind: 'municipality', id: 3106705, name: 'Betim', members: [{ code: 3106705, name: 'Betim', hasData: true }] },
    members: null,
  };
}

const E2020 = explanation(2020, 40_173, 106_740, 763_115, 4_814_874, 2.374663093783789);
const E2019 = explanation(2019, 39_011, 107_743, 750_000, 4_853_000, 2.25);
const ctx = () => ({
  t: pt,
  locale: 'pt-BR' as const,
  measure: 'jobs' as const,
  territoryName: 'Betim',
  sectorLabel: 'Indústria de transformação',
});

describe('why this value', () => {
  it('explains an LQ with its formula, translated inputs, the numbers put in, and its source', () => {
    const why = lqWhy(E2020, ctx(), null);
    expect(why.title).toBe('Quociente locacional — Indústria de transformação, Betim, 2020');
    expect(why.valueText).toBe('2,37');
    expect(why.formulas).toEqual(['LQ = (E_ij / E_j) / (E_i / E)']);
    expect(why.computation).toBe('(40.173 / 106.740) / (763.115 / 4.814.874) = 0,3764 / 0,1585 = 2,37');
    expect(why.inputs[0]).toEqual({ symbol: 'E_ij', description: 'empregos em Indústria de transformação, Betim (2020)', value: '40.173' });
    expect(why.inputs[3]?.description).toBe('empregos em todos os setores, Minas Gerais (2020)');
    expect(why.sources).toEqual([
      { year: 2020, file: 'RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv', importedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('value added (issue 13): the inputs in reais, the words name the measure, never "emprego"', () => {
    const why = lqWhy(E2020, { ...ctx(), measure: 'value_added' }, null);
    expect(why.inputs[0]?.value).toMatch(/^R\$\s40\.173$/);
    expect(why.inputs[0]?.description).toBe('valor adicionado em Indústria de transformação, Betim (2020)');
    expect(why.words).toBe(
      'A participação do setor no total de valor adicionado do território dividida pela participação do setor no total de valor adicionado da região de referência.',
    );
    const shares = [{ code: '1', label: 'A', share: 1, referenceShare: 1 }];
    const shannon = diversityWhy({ index: 'shannon', value: 0, reason: null, shares, sectorCount: 1 }, E2020, {
      ...ctx(),
      measure: 'value_added',
    });
    expect(`${shannon.words} ${shannon.notes.join(' ')}`).not.toMatch(/empreg/);
    expect(shannon.words).toContain('valor adicionado');
  });

  it('shows an empty LQ with its reason and no computation', () => {
    const why = lqWhy({ ...E2020, value: null }, ctx(), 'o setor não tem empregos na região de referência');
    expect(why.valueText).toBeNull();
    expect(why.reason).toBe('o setor não tem empregos na região de referência');
    expect(why.computation).toBeNull();
  });

  it('recomputes G and G_i from both years’ reference totals for a shift-share effect', () => {
    const G = 4_814_874 / 4_853_000 - 1;
    const Gi = 763_115 / 750_000 - 1;
    const g = 40_173 / 39_011 - 1;
    const row: ShiftShareRow = {
      territoryCode: 3106705,
      territoryName: 'Betim',
      sectorCode: '2',
      sectorName: 'Indústria de transformação',
      jobsFrom: 39_011,
      jobsTo: 40_173,
      referenceShare: 39_011 * G,
      industryMix: 39_011 * (Gi - G),
      regionalShift: 39_011 * (g - Gi),
      totalChange: 1162,
      growth: g,
      competitive: 10,
      allocation: 20,
      reason: null,
    };
    const why = shiftWhy('referenceShare', row, E2019, E2020, ctx(), null);
    expect(why.valueText).toBe('-306');
    expect(why.computation).toBe('39.011 × -0,79% = -306');
    expect(why.inputs.find((i) => i.symbol === 'G')?.value).toBe('-0,79%');
    expect(why.inputs.find((i) => i.symbol === 'G_i')?.value).toBe('+1,75%');
    expect(why.sources.map((s) => s.year)).toEqual([2019, 2020]);
    expect(shiftWhy('growth', row, E2019, E2020, ctx(), null).computation).toBe('40.173 / 39.011 − 1 = +2,98%');
    const em = shiftWhy('competitive', row, E2019, E2020, ctx(), null);
    expect(em.formulas[0]).toBe('E*_ij = E_j · E_i / E');
    expect(em.inputs.some((i) => i.symbol === 'E_j (2019)')).toBe(true);
    const empty = shiftWhy(
      'regionalShift',
      { ...row, regionalShift: null },
      E2019,
      E2020,
      ctx(),
      'o território não tinha empregos neste setor no ano inicial',
    );
    expect(empty.valueText).toBeNull();
    expect(empty.reason).toContain('ano inicial');
  });

  it('sums a territory’s effect over its sectors and names the sectors left out', () => {
    const rows = [
      { sectorCode: '1', label: 'Extrativa', regionalShift: -19 },
      { sectorCode: '2', label: 'Indústria', regionalShift: 774 },
      { sectorCode: '3', label: 'Nova', regionalShift: null },
    ].map((r) => ({
      ...r,
      territoryCode: 1,
      territoryName: 'Betim',
      sectorName: r.label,
      jobsFrom: 1,
      jobsTo: 1,
      referenceShare: 0,
      industryMix: 0,
      totalChange: 0,
      growth: 0,
      competitive: 0,
      allocation: 0,
      reason: null,
    }));
    const why = shiftTotalWhy('regionalShift', rows, 755, E2019, E2020, ctx());
    expect(why.computation).toBe('(-19) + (+774) = +755');
    expect(why.notes[0]).toContain('Nova');
  });

  it('explains diversity indices with the shares and their bounds', () => {
    const shares = [
      { code: '1', label: 'A', share: 0.6, referenceShare: 0.3 },
      { code: '2', label: 'B', share: 0.4, referenceShare: 0.7 },
    ];
    const hhi = diversityWhy({ index: 'hhi', value: 0.52, reason: null, shares, sectorCount: 2 }, E2020, ctx());
    expect(hhi.computation).toBe('0,6000² + 0,4000² = 0,520');
    expect(hhi.notes[0]).toBe('Limites: 0,500 (= 1/2, partes iguais nos 2 setores) a 1 (um só setor).');
    expect(hhi.words).toBe(
      'A soma dos quadrados das participações dos setores no total de empregos do território: quanto maior, mais concentrado.',
    );
    const krugman = diversityWhy({ index: 'krugman', value: 0.6, reason: null, shares, sectorCount: 2 }, E2020, ctx());
    expect(krugman.computation).toBe('|0,6000 − 0,3000| + |0,4000 − 0,7000| = 0,600');
  });

  it('explains the density of a potential sector by its proximities', () => {
    const why = densityWhy(
      { sectorCode: '5', density: 0.2149, lq: 0.88, related: [{ sectorCode: '2', label: 'Indústria', proximity: 0.3119 }] },
      E2020,
      {
        ...ctx(),
        sectorLabel: 'Comércio',
      },
    );
    expect(why.valueText).toBe('0,21');
    expect(why.inputs).toEqual([
      { symbol: 'LQ_jp', description: 'QL atual de Comércio em Betim', value: '0,88' },
      { symbol: 'φ(5, 2)', description: 'proximidade com Indústria (especializado: QL ≥ 1)', value: '0,312' },
    ]);
    expect(why.citation).toContain('Hidalgo');
  });
});

describe('economy errors in the user’s language', () => {
  it('says why the country cannot be the reference', () => {
    const error = economyRefusal(
      'country-reference-incomplete',
      { measure: 'jobs', states: 1, year: 2020 },
      'The country cannot be the reference: this workspace has jobs for 1 of the 27 states in 2020. Import national data, or use a state as the reference.',
    );
    const text = translateEconomyError(error, pt);
    expect(text.message).toBe(
      'O país não pode ser a referência: este espaço de trabalho tem empregos de 1 dos 27 estados em 2020. Importe dados nacionais ou use um estado como referência.',
    );
    expect(text.engineMessage).toContain('The country cannot be the reference');
  });

  it('explains a custom territory’s refusals in words', () => {
    const empty = economyRefusal(
      'set-empty',
      { id: 4, name: 'Entorno' },
      'The custom territory "Entorno" has no municipalities: add some to it before analysing it.',
    );
    expect(translateEconomyError(empty, pt).message).toBe(
      'O território personalizado "Entorno" não tem municípios: inclua municípios nele (Territórios e distritos → Territórios) antes de analisá-lo.',
    );
    const noData = economyRefusal(
      'set-no-data',
      { id: 5, name: 'Capital paulista', measure: 'jobs', year: 2020, count: 1 },
      'The custom territory "Capital paulista" has no jobs data for 2020: none of its 1 municipalities has any.',
    );
    expect(translateEconomyError(noData, en).message).toBe(
      'The custom territory "Capital paulista" has no jobs in 2020: its only municipality has no data.',
    );
    const gone = economyRefusal('set-id-missing', { id: 9 }, 'No territory set with id 9 in this workspace (it has none).');
    expect(translateEconomyError(gone, pt).message).toContain('não existe mais');
    const unknown = economyRefusal('unknown-municipality', { code: 3100000 }, 'Unknown municipality code 3100000.');
    expect(translateEconomyError(unknown, en).message).toBe('There is no municipality with code 3100000 in this workspace.');
  });

  it('lists a custom territory’s members with their parts of E_ij and E_j', () => {
    const set: Explanation = {
      ...E2020,
      inputs: E2020.inputs.map((i) => (i.symbol === 'E_ij' ? { ...i, value: 85_643 } : i.symbol === 'E_j' ? { ...i, value: 299_995 } : i)),
      value: 85_643 / 299_995 / (763_115 / 4_814_874),
      subject: {
        kind: 'territory-set',
        id: 7,
        name: 'Betim + Contagem',
        members: [
          { code: 3106705, name: 'Betim', hasData: true },
          { code: 3118601, name: 'Contagem', hasData: true },
        ],
      },
      members: [
        { code: 3106705, name: 'Betim', sectorValue: 40_173, total: 106_740, hasData: true },
        { code: 3118601, name: 'Contagem', sectorValue: 45_470, total: 193_255, hasData: true },
      ],
    };
    const why = lqWhy(set, { ...ctx(), territoryName: 'Betim + Contagem' }, null);
    expect(why.valueText).toBe('1,80');
    expect(why.formulas).toEqual(['LQ = (E_ij / E_j) / (E_i / E)', 'E_ij = Σ_m E_mi', 'E_j = Σ_m E_m']);
    expect(why.computation).toBe('(85.643 / 299.995) / (763.115 / 4.814.874) = 0,2855 / 0,1585 = 1,80');
    expect(why.members?.rows.map((r) => [r.name, r.sectorValue, r.total])).toEqual([
      ['Betim', '40.173', '106.740'],
      ['Contagem', '45.470', '193.255'],
    ]);
    expect(why.members?.sectorHeader).toBe('empregos em Indústria de transformação (2020)');
    expect(why.notes[1]).toBe(
      'Betim + Contagem é um território personalizado: E_ij e E_j são somas sobre os seus 2 municípios (veja a tabela por município).',
    );
    expect(lqWhy(E2020, ctx(), null).members).toBeUndefined();
  });

  it('names the CNAE level the data lacks and the levels it has', () => {
    const error = economyRefusal(
      'level-missing',
      { measure: 'jobs', level: 'cnae-section', year: 2020, available: 'ibge-setor' },
      'No jobs data at level cnae-section for 2020, and none finer to roll up from (the data has: ibge-setor).',
    );
    expect(translateEconomyError(error, en).message).toBe(
      'There are no jobs at level CNAE 2.x — sections in 2020, and no finer CNAE level to roll up from (the data has: IBGE sectors (8)). ' +
        'Jobs come from the RAIS spreadsheet of active jobs on 31/12 by municipality × sector (Import → RAIS jobs template) or from an arranjo-long spreadsheet with the measure jobs. Or choose another classification.',
    );
  });

  it('tells a year without data from a measure never imported, naming the measure, level and year and the import that provides it', () => {
    const year = economyRefusal(
      'no-data-year',
      { measure: 'jobs', level: 'ibge-setor', year: 2021, years: '2019,2020' },
      'No jobs data for 2021. Years with jobs: 2019, 2020.',
    );
    expect(translateEconomyError(year, pt).message).toBe(
      'Não há empregos no nível Setores IBGE (8) em 2021. Anos com dados: 2019, 2020. ' +
        'Os empregos vêm da planilha da RAIS de vínculos ativos em 31/12 por município × setor (Importar → modelo RAIS — vínculos) ou de uma planilha arranjo-long com a medida jobs.',
    );
    const never = economyRefusal(
      'no-data-any-year',
      { measure: 'value_added', level: 'cnae-division', year: 2020 },
      'No value_added data at level cnae-division for 2020, nor any other year (import data first).',
    );
    // Not "Importe a RAIS": value added does not come from RAIS.
    expect(translateEconomyError(never, pt).message).toBe(
      'Este espaço de trabalho não tem valor adicionado no nível CNAE 2.x — divisões em 2020, nem em outro ano. ' +
        'O valor adicionado vem de uma planilha arranjo-long com a medida value added (Importar → modelo arranjo-long). Ou escolha outra medida.',
    );
  });

  it('names a territory without data', () => {
    const error = economyRefusal(
      'territory-no-data',
      { territory: 3199999, measure: 'jobs', year: 2020 },
      'Territory 3199999 has no jobs data for 2020.',
    );
    expect(translateEconomyError(error, pt, (code) => (code === 3199999 ? 'Vila Nova' : '?')).message).toBe(
      'Vila Nova não tem empregos em 2020.',
    );
    expect(translateEconomyError(error, en).message).toBe('3199999 has no jobs in 2020.');
  });

  it('names a territory set the workspace does not have, whether or not it has others', () => {
    for (const sets of [0, 2]) {
      const error = economyRefusal('reference-set-missing', { name: 'Polo X', sets }, 'No territory set named "Polo X" in this workspace.');
      expect(translateEconomyError(error, pt).message).toBe('Não há conjunto de territórios chamado "Polo X" neste espaço de trabalho.');
    }
  });

  it('says the rest of the refusals, each by its reason', () => {
    const say = (error: ArranjoError) => translateEconomyError(error, en).message;
    expect(say(economyRefusal('unknown-state', { abbr: 'XX' }, 'Unknown state "XX" in --reference state:XX.'))).toBe(
      'There is no state with the abbreviation "XX". Choose a state from the list as the reference.',
    );
    expect(
      say(
        economyRefusal(
          'reference-empty',
          { reference: 'Vale', measure: 'payroll', year: 2019 },
          'The reference region (Vale) has no payroll data for 2019.',
        ),
      ),
    ).toBe('The reference region (Vale) has no payroll in 2019.');
    expect(say(economyRefusal('period-order', { from: 2020, to: 2019 }, '--from (2020) must be earlier than --to (2019).'))).toBe(
      'The start year (2020) must come before the end year (2019).',
    );
    expect(
      say(
        economyRefusal(
          'no-value',
          { measure: 'jobs', subject: 'Betim', sector: '9', year: 2020 },
          'No jobs for Betim, sector 9 in 2020.',
          'NOT_FOUND',
        ),
      ),
    ).toBe('There are no jobs for Betim in sector 9 in 2020.');
  });

  it('translates by the reason, never by the wording: a reworded message says the same', () => {
    const error = economyRefusal('country-reference-incomplete', { measure: 'jobs', states: 3, year: 2021 }, 'Anything at all.');
    expect(translateEconomyError(error, pt).message).toContain('tem empregos de 3 dos 27 estados em 2021');
    // What crosses the worker boundary is a plain payload: params are kept.
    expect(translateEconomyError(toErrorPayload(error), pt).message).toContain('tem empregos de 3 dos 27 estados em 2021');
    // The old wording without a reason is no longer recognized: it goes to the general texts.
    const legacy = new ArranjoError('INVALID_INPUT', 'Unknown municipality code 3100000.');
    expect(translateEconomyError(legacy, pt).title).toBe('Valor inválido');
  });

  it('falls back to the general error texts', () => {
    const error = new ArranjoError('NO_WORKSPACE', 'No workspace is open.');
    expect(translateEconomyError(error, pt).title).toBe('Nenhum espaço de trabalho aberto');
    const other = new ArranjoError('INVALID_INPUT', 'Something else.', {}, { reason: 'not-an-economy-reason' });
    expect(translateEconomyError(other, pt)).toMatchObject({ title: 'Valor inválido', engineMessage: 'Something else.' });
  });
});
