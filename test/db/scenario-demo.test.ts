import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { DEMO_SCENARIO_NAME } from '../../shared/features/prioritization';
import { newDemoEngine } from '../support/node-engine';

describe('the demo ranking scenario', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 180_000);

  it('is in the demo: one scenario over the 13 districts, labelled illustrative, with AHP weights and two stakeholders', async () => {
    const list = await engine.listScenarios();
    expect(list.map((s) => s.name)).toEqual([DEMO_SCENARIO_NAME]);
    expect(DEMO_SCENARIO_NAME).toMatch(/ilustrativo/);
    const scenario = await engine.getScenario(list[0]?.id ?? 0);
    expect(scenario.description).toMatch(/^ILUSTRATIVO: /);
    expect(scenario.alternatives).toHaveLength(13);
    expect(scenario.weightOrigin).toBe('ahp');
    const ahp = await engine.ahpWeights(scenario.ahpMatrix ?? []);
    expect(ahp.consistent).toBe(true);
    expect(scenario.criteria.map((c) => c.weight / 100)).toEqual(ahp.weights);
    expect(scenario.criteria.map((c) => c.label)).toEqual([
      'População residente 2022',
      'Empregos indústria de transformação 2020',
      'QL indústria de transformação 2020',
      'Crescimento do emprego 2019–2020 (%)',
    ]);
    expect(scenario.weightSets.map((w) => w.name).every((n) => n.endsWith('(ilustrativo)'))).toBe(true);
    expect(scenario.frozenAt).toBeNull();
  });

  it('ranks every district on public data, with no exclusion, imputation or warning, and its stakeholders and sensitivity run', async () => {
    const [summary] = await engine.listScenarios();
    const scenario = await engine.getScenario(summary?.id ?? 0);
    const run = await engine.runScenario(scenario.id);
    expect(run.ranked).toHaveLength(13);
    expect(run.excluded).toEqual([]);
    expect(run.imputed).toEqual([]);
    expect(run.warnings).toEqual([]);
    for (const r of run.ranked) expect(r.values.every(Number.isFinite)).toBe(true);
    const stakeholders = await engine.scenarioStakeholders(scenario.id);
    expect(stakeholders.names).toEqual(scenario.weightSets.map((w) => w.name));
    const sensitivity = await engine.scenarioSensitivity(scenario.id, { draws: 500 });
    expect(sensitivity.acceptability).toHaveLength(13);
  });
});
