import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { prioritizationTexts } from '../../support/i18n';
import type { CriterionSourceOption, Scenario } from '../../../shared/features/prioritization/types';
import { scenarioRefusal } from '../../../shared/features/prioritization/scenario-run';
import { ArranjoError, toErrorPayload } from '../../../shared/errors';
import { refuseField } from '../../../shared/rpc/validate';
import { addCriterion, draftOf, removeCriterion, sameDraft, setWeights } from '../../../renderer/src/features/prioritization/draft';
import { imputedText, reasonText, runErrorText, warningText } from '../../../renderer/src/features/prioritization/run-text';
import { saveErrorText } from '../../../renderer/src/features/prioritization/save-error';

const scenario: Scenario = {
  id: 1,
  name: 'S',
  description: '',
  method: 'topsis',
  vikorV: 0.5,
  normalization: null,
  topN: 5,
  missingPolicy: 'exclude',
  weightOrigin: 'ahp',
  ahpMatrix: [
    [1, 3],
    [1 / 3, 1],
  ],
  alternatives: [{ kind: 'site', code: '1' }],
  criteria: [
    {
      source: 'indicator:POP:2022',
      label: 'Pop',
      direction: 'benefit',
      weight: 75,
      preference: 'usual',
      q: null,
      p: null,
      s: null,
      min: null,
      max: null,
    },
    {
      source: 'lq:2:2020',
      label: 'QL',
      direction: 'benefit',
      weight: 25,
      preference: 'usual',
      q: null,
      p: null,
      s: null,
      min: null,
      max: null,
    },
  ],
  weightSets: [{ name: 'FIEMG', weights: [50, 50], ahpMatrix: null }],
  createdAt: '',
  updatedAt: '',
  frozenAt: null,
};
const option: CriterionSourceOption = {
  source: 'jobs:total:2020',
  group: 'jobs',
  label: { pt: 'Empregos formais 2020', en: 'Formal jobs 2020', es: 'Empleos formales 2020' },
  unit: 'empregos',
  period: '2020',
  direction: 'benefit',
  origin: 'RAIS',
};

describe('scenario draft', () => {
  it('adds a criterion with equal weights, growing the AHP matrix and every weight set', () => {
    const d = addCriterion(draftOf(scenario), option, 'Empregos formais 2020');
    expect(d.criteria.map((c) => c.weight)).toEqual([33.34, 33.33, 33.33]);
    expect(d.ahpMatrix).toHaveLength(3);
    expect(d.weightSets[0]?.weights).toEqual([50, 50, 0]);
    expect(addCriterion(d, option, 'x')).toBe(d);
    expect(
      addCriterion(
        draftOf({ ...scenario, criteria: [{ ...scenario.criteria[0]!, label: 'Empregos formais 2020', source: 'x:1' }] }),
        option,
        'Empregos formais 2020',
      ).criteria[1]?.label,
    ).toBe('Empregos formais 2020 (2)');
  });

  it('removes a criterion from the AHP matrix and the weight sets; AHP needs two', () => {
    const d = removeCriterion(draftOf(scenario), 0);
    expect(d.criteria.map((c) => c.source)).toEqual(['lq:2:2020']);
    expect(d.ahpMatrix).toBeNull();
    expect(d.weightOrigin).toBe('direct');
    expect(d.weightSets[0]?.weights).toEqual([50]);
  });

  it('hand-set weights are direct and drop the AHP matrix; equality ignores object identity', () => {
    const d = setWeights(draftOf(scenario), [60, 40]);
    expect(d).toMatchObject({ weightOrigin: 'direct', ahpMatrix: null });
    expect(sameDraft(draftOf(scenario), draftOf({ ...scenario }))).toBe(true);
    expect(sameDraft(draftOf(scenario), d)).toBe(false);
  });
});

describe('run texts in the three languages', () => {
  let t: Record<'pt-BR' | 'en' | 'es', TFunction<'prioritization'>>;
  beforeAll(async () => {
    t = await prioritizationTexts();
  });
  const crit = [{ label: 'População 2022' }, { label: 'QL indústria 2020' }];

  it('says warnings, exclusion reasons and imputation rules with numbers in the locale', () => {
    expect(warningText({ code: 'weights-sum', params: { sum: 5 }, message: '' }, crit, t['pt-BR'], 'pt-BR')).toContain(
      'somam 5, não 100 %',
    );
    expect(warningText({ code: 'constant-criterion', params: { criterion: 1, value: 1.5 }, message: '' }, crit, t.en, 'en')).toContain(
      'Criterion "QL indústria 2020" has the same value (1.5)',
    );
    const ahp = { code: 'ahp-inconsistent' as const, params: { cr: 0.2345, threshold: 0.1 }, message: '' };
    expect(warningText(ahp, crit, t.es, 'es')).toContain('razón de consistencia 0,235, por encima de 0,1');
    expect(warningText(ahp, crit, t['pt-BR'], 'pt-BR')).toContain('razão de consistência 0,235, acima de 0,1');
    // Never rounded onto the threshold (0.1003 read "0,1, acima de 0,1").
    const edge = { ...ahp, params: { cr: 0.1003, threshold: 0.1 } };
    expect(warningText(edge, crit, t['pt-BR'], 'pt-BR')).toContain('razão de consistência 0,1003, acima de 0,1');
    expect(reasonText({ kind: 'below-min', criterion: 1, value: 0.8123, threshold: 1 }, crit, t['pt-BR'], 'pt-BR')).toBe(
      'QL indústria 2020 é 0,8123, abaixo do mínimo 1',
    );
    expect(reasonText({ kind: 'missing', criterion: 0 }, crit, t.es, 'es')).toBe('sin valor de População 2022');
    const imputed = { key: 'site:2', label: 'Betim', criterion: 0, value: 412345.5, policy: 'median' as const, known: 12, rule: '' };
    expect(imputedText(imputed, crit, t['pt-BR'], 'pt-BR')).toBe('Betim, População 2022: 412.345,5 (mediana dos 12 valores conhecidos)');
    expect(imputedText(imputed, crit, t.en, 'en')).toBe('Betim, População 2022: 412,345.5 (median of the 12 known values)');
  });

  it('translates the engine’s refusals by their reason, and field errors of a save', () => {
    const tooFew = scenarioRefusal('too-few', { ranked: 1, excluded: 12 }, 'Only one…');
    expect(runErrorText(tooFew, t['pt-BR'])).toContain('Restam 1 alternativas');
    const constant = scenarioRefusal('all-constant', {}, 'Every criterion has the same value for all alternatives; there is nothing');
    expect(runErrorText(constant, t.en)).toContain('nothing to tell them apart');
    const negative = scenarioRefusal('negative-values', { criterion: 1, value: -2, by: 'entropy' }, 'Entropy weights need…');
    expect(runErrorText(toErrorPayload(negative), t.es)).toContain('CRITIC');
    // The reason decides, not the wording: the old sentence without a reason is no longer recognized.
    expect(runErrorText(new ArranjoError('INVALID_INPUT', 'Every criterion has the same value for all alternatives'), t.en)).toBeNull();
    expect(runErrorText(new ArranjoError('INVALID_INPUT', 'something else', {}, { reason: 'required', field: 'name' }), t.en)).toBeNull();
    const field = refuseField('criteria.1.min', 'min-above-max', { min: 10, max: 1 }, 'the minimum (10) is above the maximum (1).');
    expect(field.message).toBe('criteria.1.min: the minimum (10) is above the maximum (1).');
    expect(saveErrorText(field, draftOf(scenario), t['pt-BR'])).toBe('QL — Mínimo: o mínimo (10) é maior que o máximo (1)');
    const taken = refuseField('name', 'duplicate', { value: 'S' }, '"S" is already used by another scenario.', { code: 'CONSTRAINT' });
    expect(saveErrorText(taken, draftOf(scenario), t.es)).toBe('Nombre: ya lo usa otro escenario');
    const label = refuseField('criteria.0.label', 'required', {}, 'is required');
    expect(saveErrorText(label, draftOf(scenario), t['pt-BR'])).toBe('Pop — Nome: é obrigatório');
    const frozen = refuseField('criteria', 'frozen', {}, 'scenario "S" is frozen…', { code: 'CONSTRAINT' });
    expect(saveErrorText(frozen, draftOf(scenario), t.en)).toContain('This scenario is frozen');
    // A reason without words of the editor's own is said in the app's general words (their language: pt-BR here).
    const weights = refuseField('weightSets.0.weights', 'weights-count', { count: 1, criteria: 2 }, 'has 1 weights for 2 criteria.');
    const codemig = { ...draftOf(scenario), weightSets: [{ name: 'Codemig', weights: [1], ahpMatrix: null }] };
    expect(saveErrorText(weights, codemig, t['pt-BR'])).toBe('Codemig: deve ter um peso por critério (2), mas tem 1');
    const zero = refuseField(
      'weightSets.0.weights',
      'zero-weights',
      {},
      '"Codemig": all weights are zero; give at least one criterion a positive weight.',
    );
    expect(saveErrorText(zero, codemig, t['pt-BR'])).toBe('Codemig: os pesos são todos zero: dê peso positivo a pelo menos um critério');
    const noValues = scenarioRefusal('no-values', { criterion: 2, label: 'População 1900' }, 'Criterion "População 1900" has no value…');
    expect(runErrorText(toErrorPayload(noValues), t.es)).toBe(
      'El criterio "População 1900" no tiene valor para ninguna alternativa: no hay de dónde imputar. Elija otro período o fuente, o quite el criterio.',
    );
    expect(runErrorText(noValues, t['pt-BR'])).toContain('O critério "População 1900" não tem valor');
    const matrix = refuseField('ahpMatrix', 'ahp-matrix-missing', {}, 'AHP weights need the pairwise comparison matrix.');
    expect(saveErrorText(matrix, draftOf(scenario), t['pt-BR'])).toMatch(/: os pesos AHP precisam da matriz de comparações par a par/);
    // Judgements the engine could not weigh, as it refuses them on save (a 12 stored by an older version):
    // in the UI language with the criteria's names, not the engine's "Row 1, column 2: the judgement is 12…".
    const offScale = refuseField('ahpMatrix', 'invalid', {}, "Row 1, column 2: the judgement is 12, outside Saaty's scale…", {
      extra: { ahpReason: 'ahp-off-scale', row: 1, column: 2, value: 12 },
    });
    expect(saveErrorText(offScale, draftOf(scenario), t['pt-BR'])).toMatch(
      /: Os julgamentos guardados não dão pesos: Pop × \S+ vale 12, fora da escala de Saaty/,
    );
  });

  it('says which alternative was refused: listed twice, a site gone, a code that is no municipality', () => {
    const draft = {
      ...draftOf(scenario),
      alternatives: [
        { kind: 'site' as const, code: '7' },
        { kind: 'municipality' as const, code: '3199999' },
        { kind: 'municipality' as const, code: '3106200' },
        { kind: 'municipality' as const, code: '3106200' },
      ],
    };
    const gone = refuseField('alternatives.0', 'not-found', { value: '7' }, 'there is no site with id 7.');
    expect(gone.message).toBe('alternatives.0: there is no site with id 7.');
    expect(saveErrorText(gone, draft, t['pt-BR'])).toBe('Alternativas (4): não existe mais distrito ou polo com o id 7');
    const code = refuseField('alternatives.1', 'not-a-municipality', { value: '3199999', count: 1 }, '3199999 is not an IBGE…');
    expect(saveErrorText(code, draft, t.en)).toBe('Alternatives (4): 3199999 is not an IBGE municipality code');
    const twice = refuseField('alternatives.3', 'duplicate', { value: 'Belo Horizonte (MG)' }, 'municipality:3106200 appears twice.');
    expect(saveErrorText(toErrorPayload(twice), draft, t.es)).toBe('Alternativas (4): Belo Horizonte (MG) aparece dos veces');
  });
});
