import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/** What a planner can type that no method can rank: refused with a reason the UI says in its language. */
describe('scenarios: hostile weights and criteria', () => {
  it('a stakeholder weight set whose weights are all zero is refused at save, naming the set (it blocked the stakeholders and the workbook)', async () => {
    const engine = await newDemoEngine();
    const weightSets = [
      { name: 'Agência', weights: [20, 20, 20, 20, 20] },
      { name: 'FIEMG', weights: [0, 0, 0, 0, 0] },
    ];
    await expect(engine.createScenario({ name: 'Partes', criteria: demoCriteria(), weightSets })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    const s = await engine.createScenario({ name: 'Partes', criteria: demoCriteria(), weightSets: [weightSets[0]!] });
    await expect(engine.updateScenario(s.id, { weightSets })).rejects.toMatchObject({
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    // Unsaved drafts are checked the same way before a stakeholder analysis runs.
    await expect(engine.scenarioStakeholders(s.id, 'borda', { weightSets })).rejects.toMatchObject({
      params: { field: 'weightSets.1.weights', reason: 'zero-weights' },
    });
    expect((await engine.getScenario(s.id)).weightSets.map((w) => w.name)).toEqual(['Agência']);
  });

  it('a criterion without any value cannot be imputed: refused with its index (the message was English only)', async () => {
    const engine = await newDemoEngine();
    const criteria = [...demoCriteria().slice(0, 2), { ...demoCriteria()[0]!, source: 'indicator:POP:1900', label: 'População 1900' }];
    for (const missingPolicy of ['mean', 'median', 'worst'] as const) {
      const s = await engine.createScenario({ name: `Sem valores ${missingPolicy}`, missingPolicy, criteria });
      await expect(engine.runScenario(s.id)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('"População 1900" has no value for any alternative'),
        params: { reason: 'no-values', criterion: 2 },
      });
    }
  });
});
