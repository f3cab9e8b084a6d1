import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';

// Names and codes compared without case were compared with SQLite's NOCASE, which folds A–Z only:
// "SÃO JOÃO" and "são joão" were two names, so a duplicate slipped in, and a file's code in another
// case did not meet the workspace's (a second action, its participants counted twice).
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const refusalOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe('names and codes with accented capitals, compared without case', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('refuses a territory named as another up to the case of its accented letters', async () => {
    await engine.saveTerritorySet({ name: 'SÃO JOÃO DEL-REI E ENTORNO', members: [3162500] });
    for (const name of ['são joão del-rei e entorno', 'São João Del-Rei e Entorno'.normalize('NFD')])
      expect(await refusalOf(engine.saveTerritorySet({ name, members: [3162500] })), name).toMatchObject({
        code: 'CONSTRAINT',
        params: { field: 'name', reason: 'duplicate' },
      });
    expect((await engine.territorySets()).filter((s) => /jo/i.test(s.name))).toHaveLength(1);
  });

  it('refuses a scenario named as another up to the case of its accented letters', async () => {
    await engine.createScenario({ name: 'AÇÃO NO CERRADO', criteria: demoCriteria() });
    expect(await refusalOf(engine.createScenario({ name: 'ação no cerrado', criteria: demoCriteria() }))).toMatchObject({
      code: 'CONSTRAINT',
      params: { field: 'name', reason: 'duplicate', value: 'ação no cerrado' },
    });
    expect((await engine.listScenarios()).map((s) => s.name)).toEqual(['AÇÃO NO CERRADO']);
    // In name order: "Água" among the A's (NOCASE put it after "Zona da Mata").
    await engine.createScenario({ name: 'Zona da Mata', criteria: demoCriteria() });
    await engine.createScenario({ name: 'Água Boa', criteria: demoCriteria() });
    expect((await engine.listScenarios()).map((s) => s.name)).toEqual(['AÇÃO NO CERRADO', 'Água Boa', 'Zona da Mata']);
  });

  it("updates a programme's action whose code a file writes in another case", async () => {
    const header = 'programme,action_code,type,territory_code,start_date,participants';
    const first = await engine.importFile(enc([header, 'Produzir MG,AÇÃO-01,committee,3106705,2025-01-15,20'].join('\n')), 'a.csv', {});
    expect(first.errors).toEqual([]);
    const again = await engine.importFile(enc([header, 'Produzir MG,ação-01,committee,3106705,2025-01-15,25'].join('\n')), 'a.csv', {});
    expect(again.errors).toEqual([]);
    expect([again.rows.imported, again.rows.updated]).toEqual([0, 1]);
    const programmeId = (await engine.listProgrammes())[0]?.id ?? 0;
    expect((await engine.programmeActions(programmeId)).map((a) => [a.code, a.participants])).toEqual([['ação-01', 25]]);
  });
});
