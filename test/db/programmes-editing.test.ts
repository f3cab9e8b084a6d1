import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('programme editing: results framework, actions, initiative links (each one undoable step)', () => {
  let engine: Engine;
  let programmeId: number;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    programmeId = (await engine.saveProgramme({ name: 'Programa teste', startDate: '2025-01-01', endDate: '2025-12-31' })).id;
    await engine.saveInitiative({ code: 'POLO-MEL-01', name: 'Polo do Mel do Norte', kind: 'rotas-polo' });
  }, 120_000);

  it('creates an objective, a result under it and an indicator on it; undo takes each back in turn', async () => {
    let fw = await engine.saveObjective({ programmeId, code: 'O1', title: 'Inclusão produtiva' });
    const objective = fw.objectives[0];
    if (!objective) throw new Error('no objective');
    fw = await engine.saveResult({ objectiveId: objective.id, code: 'R1.1', title: 'Empreendimentos formados' });
    const result = fw.results[0];
    if (!result) throw new Error('no result');
    const indicator = await engine.saveProgrammeIndicator({
      programmeId,
      code: 'renda_media',
      name: 'Renda média',
      unit: 'R$',
      resultId: result.id,
      disaggregation: ['sex', 'territory'],
    });
    expect([indicator.resultId, indicator.builtin, indicator.disaggregation]).toEqual([result.id, false, ['sex', 'territory']]);
    await engine.saveResult({ objectiveId: objective.id, id: result.id, code: 'R1.1', title: 'Empreendimentos legalizados' });
    expect((await engine.programmeFramework(programmeId)).results[0]?.title).toBe('Empreendimentos legalizados');
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).results[0]?.title).toBe('Empreendimentos formados');
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).indicators).toEqual([]);
    await engine.undo();
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).objectives).toEqual([]);
    await engine.redo();
    expect((await engine.programmeFramework(programmeId)).objectives.map((o) => o.code)).toEqual(['O1']);
  });

  it('edits an action in place (undoable) and refuses women above participants', async () => {
    const a = await engine.saveProgrammeAction({
      programmeId,
      code: 'E1',
      type: 'field-training',
      municipalityCode: 3106705,
      startDate: '2025-03-10',
      participants: 20,
      women: 8,
    });
    await engine.saveProgrammeAction({ ...a, participants: 25, notes: 'lista conferida' });
    expect((await engine.programmeActions(programmeId)).map((x) => [x.code, x.participants, x.notes])).toEqual([
      ['E1', 25, 'lista conferida'],
    ]);
    await expect(engine.saveProgrammeAction({ ...a, women: 30 })).rejects.toThrow(/women cannot be more than the participants/);
    await engine.undo();
    expect((await engine.programmeActions(programmeId))[0]?.participants).toBe(20);
  });

  it('links an action to an initiative of the registry by its code (any case), refusing an unknown code', async () => {
    const base = { programmeId, code: 'E2', type: 'committee', municipalityCode: 3106705, startDate: '2025-04-01' } as const;
    await expect(engine.saveProgrammeAction({ ...base, initiativeCode: 'POLO-NAO-EXISTE' })).rejects.toThrow(
      /no initiative with code "POLO-NAO-EXISTE"/,
    );
    const saved = await engine.saveProgrammeAction({ ...base, initiativeCode: 'polo-mel-01' });
    expect(saved.initiativeCode).toBe('POLO-MEL-01');
  });

  it('imports an action list whose initiative codes are checked against the registry', async () => {
    const header = 'programme,action_code,type,territory_code,start_date,participants,initiative_code';
    const bad = await engine.importFile(enc(`${header}\nPrograma teste,I1,committee,3106705,2025-05-02,12,POLO-X`), 'acoes.csv', {});
    expect(bad.batch).toBeNull();
    expect(bad.errors).toEqual([expect.objectContaining({ row: 2, column: 'initiative_code' })]);
    expect(bad.errors[0]?.message).toMatch(/no initiative with code "POLO-X"/);
    const good = await engine.importFile(enc(`${header}\nPrograma teste,I1,committee,3106705,2025-05-02,12,polo-mel-01`), 'acoes.csv', {});
    expect(good.errors).toEqual([]);
    expect((await engine.programmeActions(programmeId)).find((x) => x.code === 'I1')?.initiativeCode).toBe('POLO-MEL-01');
  });
});
