import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

describe('deleting an initiative', () => {
  it('is refused while programme actions serve it (they would point at nothing); once they do not, one undoable step', async () => {
    const engine = await newDemoEngine();
    const polo = (await engine.listInitiatives({})).find((i) => i.name === 'Polo dp MEL do Meio do Mundo');
    if (!polo) throw new Error('the demo has the Rotas polos');
    const programme = (await engine.listProgrammes())[0];
    const action = programme ? (await engine.programmeActions(programme.id))[0] : undefined;
    if (!programme || !action) throw new Error('the demo has a programme with actions');
    await engine.saveProgrammeAction({ ...action, programmeId: programme.id, initiativeCode: polo.code });

    const refused = await engine.deleteInitiative(polo.code).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'CONSTRAINT', params: { field: 'code', reason: 'initiative-in-use', count: 1 } });
    expect((await engine.listInitiatives({})).some((i) => i.code === polo.code)).toBe(true);

    await engine.saveProgrammeAction({ ...action, programmeId: programme.id, initiativeCode: null });
    await engine.deleteInitiative(polo.code);
    expect((await engine.listInitiatives({})).some((i) => i.code === polo.code)).toBe(false);
    // The undo message names it (it said only "uma alteração em Polos e iniciativas").
    expect((await engine.undo()).undone).toMatchObject({ area: 'initiatives', target: 'Polo dp MEL do Meio do Mundo' });
    expect((await engine.initiativeProfile(polo.code)).name).toBe('Polo dp MEL do Meio do Mundo');
  }, 120_000);
});
