import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { IndicatorValueRepository } from '../../shared/repositories/indicator-value-repository';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

/**
 * "Open needs" as a prioritization criterion, on the demo's illustrative works plus survey scores
 * entered here. By hand (a need: a survey item scored below 3, or an item a work is planned for;
 * open: no completed work of the district answers it):
 *   Betim: works paving (completed) and drainage (in progress); survey water 1, power 4, paving 1
 *          → needs {paving, drainage, water} (power 4 is adequate), paving answered → 2 open.
 *   Contagem (Juventino Dias): lighting (late) and sewage (paralysed) → 2 open.
 *   Sete Lagoas: lighting completed → 1 need, 0 open.
 *   Jatobá (Belo Horizonte): access road, planned → 1 open.
 *   Uberaba: no work and no survey score → missing, not 0.
 *   Ituiutaba: survey sewage 2 (older period 0 for water, newer 3: adequate now) → 1 open.
 */
describe('the works:open-needs criterion', () => {
  let engine: Engine;
  const site = async (municipality: number) => (await engine.listSites()).find((s) => s.municipalityCode === municipality)!.id;
  beforeAll(async () => {
    engine = await newDemoEngine();
    const score = async (municipality: number, code: string, period: string, value: number) => ({
      indicatorCode: code,
      subjectKind: 'site' as const,
      subjectCode: String(await site(municipality)),
      period,
      value,
      missingReason: null,
      source: 'teste',
      illustrative: false,
      batchId: null,
      sourceRow: null,
    });
    new IndicatorValueRepository(engine.connection()).upsertValues([
      await score(3106705, 'INFRA_WATER', '2024', 1),
      await score(3106705, 'INFRA_POWER', '2024', 4),
      await score(3106705, 'INFRA_PAVING', '2024', 1),
      await score(3134202, 'INFRA_SEWAGE', '2024', 2),
      await score(3134202, 'INFRA_WATER', '2023', 0),
      await score(3134202, 'INFRA_WATER', '2024', 3),
    ]);
  }, 180_000);

  it('is offered among the criterion sources and ranks the districts on the hand-counted values', async () => {
    const option = (await engine.criterionSources()).find((s) => s.source === 'works:open-needs');
    expect(option).toMatchObject({ group: 'works', unit: 'necessidades', direction: 'benefit' });
    expect(option?.label.pt).toBe('Necessidades de infraestrutura em aberto');
    const scenario = await engine.createScenario({
      name: 'Necessidades',
      method: 'wsm',
      criteria: [
        { ...demoCriteria()[0]!, weight: 50 },
        { ...demoCriteria()[0]!, source: 'works:open-needs', label: 'Necessidades em aberto', weight: 50 },
      ],
    });
    const run = await engine.runScenario(scenario.id);
    const value = async (municipality: number) => {
      const id = String(await site(municipality));
      return run.inputs.find((i) => i.key === `site:${id}`)?.cells[1];
    };
    expect((await value(3106705))?.value).toBe(2);
    expect((await value(3118601))?.value).toBe(2);
    expect((await value(3167202))?.value).toBe(0);
    expect((await value(3106200))?.value).toBe(1);
    expect((await value(3134202))?.value).toBe(1);
    expect(await value(3170107)).toMatchObject({ value: null, missingReason: 'the district has no survey score and no works' });
  });
});
