import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { prioritizationTexts } from '../support/i18n';
import { toErrorPayload } from '../../shared/errors';
import type { ScenarioCriterion } from '../../shared/features/prioritization/types';
import { draftOf } from '../../renderer/src/features/prioritization/draft';
import { runErrorText } from '../../renderer/src/features/prioritization/run-text';
import { saveErrorText } from '../../renderer/src/features/prioritization/save-error';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/**
 * A PROMETHEE criterion whose preference function lacks its threshold (V-shape without p, linear
 * with p ≤ q, Gaussian without s, a negative q): the save and the results of the draft said, in a
 * pt-BR or es screen, 'não é válido: Criterion "População" (vshape preference) needs a preference
 * threshold p greater than 0.' (and the results tab 'criteria.0.preference: …'). Now the refusal
 * names the threshold's field and its reason, and the screen says it in its language.
 */
describe('PROMETHEE thresholds a preference function refuses', () => {
  let t: Record<'pt-BR' | 'en' | 'es', TFunction<'prioritization'>>;
  beforeAll(async () => {
    t = await prioritizationTexts();
  });

  it('are refused at save and in a run of the draft by field and reason, said in the UI language', async () => {
    const engine = await newDemoEngine();
    const s = await engine.createScenario({ name: 'Promethee', method: 'promethee2', criteria: demoCriteria() });
    const label = demoCriteria()[1]!.label;
    const cases: [Partial<ScenarioCriterion>, string, object, Record<'pt-BR' | 'en' | 'es', string>][] = [
      [
        { preference: 'vshape' },
        'criteria.1.p',
        { reason: 'required' },
        {
          'pt-BR': 'Limiar de preferência p: é obrigatório',
          en: 'Preference threshold p: is required',
          es: 'Umbral de preferencia p: es obligatorio',
        },
      ],
      [
        { preference: 'linear', q: 2, p: 1 },
        'criteria.1.p',
        { reason: 'above', min: 2 },
        {
          'pt-BR': 'Limiar de preferência p: deve ser maior que 2',
          en: 'Preference threshold p: must be more than 2',
          es: 'Umbral de preferencia p: debe ser mayor que 2',
        },
      ],
      [
        { preference: 'gaussian', s: 0 },
        'criteria.1.s',
        { reason: 'above', min: 0 },
        {
          'pt-BR': 'Inflexão s da gaussiana: deve ser maior que 0',
          en: 'Gaussian inflection s: must be more than 0',
          es: 'Inflexión s de la gaussiana: debe ser mayor que 0',
        },
      ],
      [
        { preference: 'ushape', q: -1 },
        'criteria.1.q',
        { reason: 'negative' },
        {
          'pt-BR': 'Limiar de indiferença q: não pode ser negativo',
          en: 'Indifference threshold q: cannot be negative',
          es: 'Umbral de indiferencia q: no puede ser negativo',
        },
      ],
    ];
    for (const [patch, field, values, texts] of cases) {
      const criteria = demoCriteria().map((c, j) => (j === 1 ? { ...c, ...patch } : c));
      const draft = { ...draftOf(s), criteria };
      const save = await engine.updateScenario(s.id, { criteria }).catch((e: unknown) => e);
      expect(save).toMatchObject({ code: 'INVALID_INPUT', params: { field, label, ...values } });
      const run = await engine.runScenario(s.id, { criteria }).catch((e: unknown) => e);
      expect(run).toMatchObject({ params: { field, label, ...values } });
      for (const lang of ['pt-BR', 'en', 'es'] as const) {
        await i18next.changeLanguage(lang); // the app's general words follow the UI language
        // As the worker hands it over (a payload), and as the editor and the results tab say it.
        expect(saveErrorText(toErrorPayload(save), draft, t[lang])).toBe(`${label} — ${texts[lang]}`);
        expect(runErrorText(toErrorPayload(run), t[lang])).toBe(`${label} — ${texts[lang]}`);
      }
    }
    // Nothing was written.
    expect((await engine.getScenario(s.id)).criteria.map((c) => c.preference)).toEqual(demoCriteria().map(() => 'usual'));
  });
});
