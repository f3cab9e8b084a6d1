import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

const BETIM = 3106705;
const MG = 31;

/**
 * One resolver for metric ids (issue 9): the dashboard map, a prioritization criterion and the
 * district profile read a territory's number through shared/features/metrics, so the same id gives
 * the same number in all three. Betim's 2020 RAIS figures in the demo (the real FJP file).
 */
describe('maps, criteria and profiles read the same numbers', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 120_000);

  it('Betim: formal jobs, manufacturing jobs, manufacturing share and job growth agree everywhere', async () => {
    const onMap = async (id: string) => (await engine.mapValues(id, MG)).find((v) => v.code === BETIM)?.value;
    const total = await onMap('jobs:total:2020');
    const manufacturing = await onMap('jobs:sector:2:2020');
    expect(total).toBeGreaterThan(50_000);
    expect(manufacturing).toBeGreaterThan(10_000);

    const scenario = await engine.createScenario({
      name: 'Betim',
      method: 'wsm',
      alternatives: [
        { kind: 'municipality', code: String(BETIM) },
        { kind: 'municipality', code: '3118601' },
      ],
      criteria: [
        ...demoCriteria().slice(1, 3),
        { ...demoCriteria()[0]!, source: 'share:2:2020', label: 'Participação indústria' },
        { ...demoCriteria()[4]! },
      ],
    });
    const run = await engine.runScenario(scenario.id);
    const cells = run.inputs.find((a) => a.key === `municipality:${BETIM}`)!.cells.map((c) => c.value);
    expect(cells.slice(0, 2)).toEqual([total, manufacturing]);

    const profile = await engine.profile({ kind: 'municipality', id: BETIM });
    const row = (key: string) => profile.rows.find((r) => r.key === `context:${key}`)?.values[0];
    expect(row('jobs')).toBe(total);
    expect(row('jobs-manufacturing')).toBe(manufacturing);
    // Share and growth: the profile's figures are the criterion's, to the last digit.
    expect(row('manufacturing-share')).toBe(cells[2]);
    expect(row('manufacturing-share')).toBeCloseTo((100 * manufacturing!) / total!, 10);
    expect(row('jobs-growth')).toBe(cells[3]);
  });
});
