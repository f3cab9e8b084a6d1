import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/**
 * Issue #14: Results, Sensitivity, Stakeholders and the objective weights showed only the saved
 * scenario. They take the planner's unsaved draft, checked as a save would be, and write nothing.
 */
describe('a scenario run follows the unsaved draft', () => {
  it('runs, sensitivity, stakeholders and Entropy/CRITIC read the draft; the stored scenario is unchanged', async () => {
    const engine = await newDemoEngine();
    const scenario = await engine.createScenario({ name: 'Distritos', method: 'wsm', topN: 3, criteria: demoCriteria() });
    await engine.createScenario({ name: 'Outro', method: 'wsm', criteria: demoCriteria() });
    const saved = await engine.runScenario(scenario.id);

    // All the weight on the first criterion (population) and a method change, not saved.
    const criteria = scenario.criteria.map((c, j) => ({ ...c, weight: j === 0 ? 100 : 0 }));
    const draft = { name: 'Outro', method: 'topsis' as const, criteria, weightOrigin: 'direct' as const };
    const run = await engine.runScenario(scenario.id, draft);
    expect(run.method).toBe('topsis');
    expect(run.criteria.map((c) => c.weight)).toEqual([1, 0, 0, 0, 0]);
    // Belo Horizonte's district has the largest population: first on population alone.
    expect(run.ranked[0]?.label).toBe('Distrito Industrial do Jatobá');
    expect(run.ranked.map((r) => r.key)).not.toEqual(saved.ranked.map((r) => r.key));

    const sensitivity = await engine.scenarioSensitivity(scenario.id, { draws: 200, seed: 1 }, draft);
    expect(sensitivity.stability).toHaveLength(5);
    const objective = await engine.scenarioObjectiveWeights(scenario.id, 'entropy', { criteria: criteria.slice(0, 3) });
    expect(objective.weights).toHaveLength(3);
    const withSets = {
      ...draft,
      weightSets: [
        { name: 'Prefeituras', weights: [50, 50, 0, 0, 0], ahpMatrix: null },
        { name: 'Indústria', weights: [0, 0, 0, 50, 50], ahpMatrix: null },
      ],
    };
    const stakeholders = await engine.scenarioStakeholders(scenario.id, 'borda', withSets);
    expect(stakeholders.names.slice(-2)).toEqual(['Prefeituras', 'Indústria']);

    // Nothing was written: the stored scenario and its run are as saved.
    const stored = await engine.getScenario(scenario.id);
    expect(stored.name).toBe('Distritos');
    expect(stored.method).toBe('wsm');
    expect((await engine.runScenario(scenario.id)).ranked.map((r) => r.key)).toEqual(saved.ranked.map((r) => r.key));
    // A bad draft is refused with its field, as a save would be.
    await expect(engine.runScenario(scenario.id, { topN: 0 })).rejects.toThrow(/topN/);
  });
});
