import { describe, expect, it } from 'vitest';
import { criterionSourceLabel, parseCriterionSource } from '../../../shared/domain/metric-id';
import { DEMO_SCENARIO_NAME } from '../../../shared/features/prioritization';
import { DEMO_INDUSTRY_SET_NOTE, scenarioNameIn } from '../../../shared/features/prioritization/demo-text';
import { criterionLabelIn, runIn, scenarioIn, stakeholdersIn } from '../../../shared/features/prioritization/scenario-language';
import type { CriterionSourceOption, Scenario, ScenarioRun, ScenarioStakeholders } from '../../../shared/features/prioritization/types';

/** An option of the criteria list, labelled as listCriterionSources labels it. */
function option(source: string, indicatorName?: { pt: string; en: string; es: string }): CriterionSourceOption {
  const parsed = parseCriterionSource(source);
  if (!parsed) throw new Error(source);
  return {
    source,
    group: 'lq',
    label: criterionSourceLabel(parsed, indicatorName),
    unit: '',
    period: '',
    direction: 'benefit',
    origin: '',
  };
}

const OPTIONS = [
  option('indicator:POP:2022', { pt: 'População residente', en: 'Resident population', es: 'Población residente' }),
  option('lq:2:2020'),
];

describe("a scenario's criteria in the UI's language", () => {
  it('writes a label the editor made from the list, stored in any language, in the language in use', () => {
    // The demo's criteria are labelled in Portuguese: on the Spanish screen they read Portuguese.
    expect(criterionLabelIn({ source: 'lq:2:2020', label: 'QL indústria de transformação 2020' }, OPTIONS, 'es')).toBe(
      'CL industria manufacturera 2020',
    );
    expect(criterionLabelIn({ source: 'indicator:POP:2022', label: 'População residente 2022' }, OPTIONS, 'en')).toBe(
      'Resident population 2022',
    );
    // Made on the Spanish screen, read on the Portuguese one.
    expect(criterionLabelIn({ source: 'indicator:POP:2022', label: 'Población residente 2022' }, OPTIONS, 'pt-BR')).toBe(
      'População residente 2022',
    );
  });

  it('keeps a label the planner typed, and one whose source the list no longer offers', () => {
    expect(criterionLabelIn({ source: 'lq:2:2020', label: 'Indústria (QL)' }, OPTIONS, 'es')).toBe('Indústria (QL)');
    // Another source's label is not this criterion's.
    expect(criterionLabelIn({ source: 'lq:2:2020', label: 'População residente 2022' }, OPTIONS, 'en')).toBe('População residente 2022');
    expect(criterionLabelIn({ source: 'jobs:total:2020', label: 'Empregos formais 2020' }, OPTIONS, 'en')).toBe('Empregos formais 2020');
  });

  it('gives the scenario, its run and its stakeholders the same words (the screen, the charts and the workbook)', () => {
    const criteria = [
      { source: 'indicator:POP:2022', label: 'População residente 2022' },
      { source: 'lq:2:2020', label: 'Meu critério' },
    ];
    const scenario = {
      name: DEMO_SCENARIO_NAME,
      description: 'Minha descrição',
      criteria,
      weightSets: [{ name: DEMO_INDUSTRY_SET_NOTE.text['pt-BR'], weights: [50, 50], ahpMatrix: null }],
    } as unknown as Scenario;
    const shown = scenarioIn(scenario, OPTIONS, 'es');
    expect(shown.name).toBe('Distritos de Codemig — ejemplo ilustrativo');
    expect(shown.description).toBe('Minha descrição');
    expect(shown.criteria.map((c) => c.label)).toEqual(['Población residente 2022', 'Meu critério']);
    expect(shown.weightSets.map((w) => w.name)).toEqual(['Federación de industrias (ilustrativo)']);

    const run = {
      name: DEMO_SCENARIO_NAME,
      criteria,
      model: {
        matrix: { alternatives: [], values: [], criteria: criteria.map((c) => ({ name: c.label, direction: 'benefit', weight: 1 })) },
      },
    } as unknown as ScenarioRun;
    const ran = runIn(run, OPTIONS, 'en');
    expect(ran.name).toBe('Codemig districts — illustrative example');
    expect(ran.criteria.map((c) => c.label)).toEqual(['Resident population 2022', 'Meu critério']);
    expect(ran.model.matrix.criteria.map((c) => c.name)).toEqual(['Resident population 2022', 'Meu critério']);

    const sets = { names: [DEMO_INDUSTRY_SET_NOTE.text.es, 'Agência'] } as unknown as ScenarioStakeholders;
    expect(stakeholdersIn(sets, 'pt-BR').names).toEqual(['Federação das indústrias (ilustrativo)', 'Agência']);
  });

  it("keeps a renamed scenario's name as the planner wrote it", () => {
    expect(scenarioNameIn(`${DEMO_SCENARIO_NAME} (cópia)`, 'en')).toBe(`${DEMO_SCENARIO_NAME} (cópia)`);
    expect(scenarioNameIn('Distritos 2026', 'es')).toBe('Distritos 2026');
  });
});
