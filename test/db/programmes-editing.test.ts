import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { ProgrammeField } from '../../shared/import/api';
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
    // The undo message names the programme (it said only "uma alteração em Programas").
    expect((await engine.undo()).undone).toMatchObject({ area: 'programmes', target: 'Programa teste' });
    expect((await engine.programmeFramework(programmeId)).results[0]?.title).toBe('Empreendimentos formados');
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).indicators).toEqual([]);
    await engine.undo();
    await engine.undo();
    expect((await engine.programmeFramework(programmeId)).objectives).toEqual([]);
    await engine.redo();
    expect((await engine.programmeFramework(programmeId)).objectives.map((o) => o.code)).toEqual(['O1']);
  });

  it('refuses a target on the wrong side of its baseline, and a period outside the programme, each with its reason', async () => {
    const indicator = await engine.saveProgrammeIndicator({ programmeId, code: 'renda', name: 'Renda', unit: 'R$' });
    const refusal = (targets: { period: string; baseline?: number; target: number }[]) =>
      engine.setProgrammeTargets({ indicatorId: indicator.id, targets }).then(
        () => null,
        (e: unknown) => e,
      );
    // −5 over a baseline of 0 where higher is better scored an actual of 3 as −60 %.
    expect(await refusal([{ period: '2025-Q2', baseline: 0, target: -5 }])).toMatchObject({
      params: { field: 'targets.0.target', reason: 'target-direction', direction: 'higher-better' },
    });
    expect(await refusal([{ period: '2026-Q1', target: 10 }])).toMatchObject({
      params: { field: 'targets.0.period', reason: 'outside-programme', start: '2025-01-01', end: '2025-12-31' },
    });
    const lower = await engine.saveProgrammeIndicator({ programmeId, code: 'evasao', name: 'Evasão', direction: 'lower-better' });
    const fw = await engine.setProgrammeTargets({ indicatorId: lower.id, targets: [{ period: '2025-Q2', baseline: 30, target: 10 }] });
    expect(fw.targets.filter((t) => t.indicatorId === lower.id).map((t) => t.target)).toEqual([10]);
    expect(
      await engine.setProgrammeTargets({ indicatorId: lower.id, targets: [{ period: '2025-Q2', baseline: 30, target: 40 }] }).then(
        () => null,
        (e: unknown) => e,
      ),
    ).toMatchObject({ params: { reason: 'target-direction', direction: 'lower-better' } });
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

/** A wizard mapping of an action list for `programme`: one field per column in turn, null for the municipality. */
function actionsMapping(programme: string, fields: readonly (ProgrammeField | null)[]) {
  return {
    target: 'programme-actions',
    programme,
    columns: fields.map((field, column) =>
      field === null ? { column, role: { role: 'territory' } } : { column, role: { role: 'programme-field', field } },
    ),
  };
}

describe('an attendance list through the wizard: one row per participant, counted into its action', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  const mapping = actionsMapping('Lista de presença', ['actionCode', 'actionType', 'startDate', null, 'participantSex', 'participantAge']);

  it('counts participants, women and youth (15 to 29 years) by action', async () => {
    const csv = [
      'acao;tipo;data;municipio;sexo;idade',
      'L1;Capacitação de campo;15/03/2025;3106705;F;22',
      'L1;Capacitação de campo;15/03/2025;3106705;Masculino;31',
      'L1;Capacitação de campo;15/03/2025;3106705;feminino;15',
      'L1;Capacitação de campo;15/03/2025;3106705;;',
      'L2;Oficina de gestão;02/04/2025;3118601;M;29',
    ].join('\n');
    const r = await engine.importFile(enc(csv), 'presenca.csv', { mapping });
    expect(r.errors).toEqual([]);
    const programme = (await engine.listProgrammes()).find((p) => p.name === 'Lista de presença');
    if (!programme) throw new Error('no programme');
    expect((await engine.programmeActions(programme.id)).map((a) => [a.code, a.type, a.participants, a.women, a.youth])).toEqual([
      ['L1', 'field-training', 4, 2, 2],
      ['L2', 'management-workshop', 1, 0, 1],
    ]);
  });

  it('refuses an unknown sex and rows of one action that disagree, writing nothing', async () => {
    const csv = [
      'acao;tipo;data;municipio;sexo;idade',
      'L3;Comitê;10/05/2025;3106705;X;40',
      'L4;Comitê;11/05/2025;3106705;F;40',
      'L4;Comitê;12/05/2025;3106705;F;41',
    ].join('\n');
    const r = await engine.importFile(enc(csv), 'presenca.csv', { mapping });
    expect(r.batch).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.message.split(':')[0]])).toEqual([
      [2, 'sexo', '"X" is not a sex'],
      [4, 'acao', 'action L4 was given in row 3 with another type, municipality or start date'],
    ]);
  });
});

describe('an attendance list the wizard recognizes by its headers', () => {
  it('suggests the action list with sex and age; the planner names the programme and commits', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const csv = [
      'codigo da acao;tipo;data;municipio;sexo;idade',
      'P1;Comitê;10/05/2025;3106705;F;19',
      'P1;Comitê;10/05/2025;3106705;M;45',
    ].join('\n');
    const open = await engine.importOpen(enc(csv), 'presenca.csv');
    const suggested = await engine.importSuggest(open.sessionId, open.suggestedSheet);
    expect(suggested.mapping.target).toBe('programme-actions');
    expect(
      [...suggested.mapping.columns]
        .sort((a, b) => a.column - b.column)
        .map((c) => (c.role.role === 'programme-field' ? c.role.field : c.role.role)),
    ).toEqual(['actionCode', 'actionType', 'startDate', 'territory', 'participantSex', 'participantAge']);
    const done = await engine.importCommit(open.sessionId, {
      sheet: open.suggestedSheet,
      mapping: { ...suggested.mapping, programme: 'Presença' },
    });
    expect(done.batchId).toBeGreaterThan(0);
    const programme = (await engine.listProgrammes())[0];
    expect((await engine.programmeActions(programme?.id ?? 0)).map((a) => [a.code, a.participants, a.women, a.youth])).toEqual([
      ['P1', 2, 1, 1],
    ]);
  }, 120_000);
});

describe('an agency list that names the district of each action, as the sites are named', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: true });
  }, 120_000);

  const mapping = actionsMapping('Oficinas nos distritos', ['actionCode', 'actionType', 'startDate', null, 'participants', 'siteCode']);
  const header = 'acao;tipo;data;municipio;participantes;distrito';

  it('links each action to the site its name or code gives, in any case or accents', async () => {
    const sites = await engine.listSites();
    const betim = sites.find((s) => s.code === 'DI-BETIM');
    const uberaba = sites.find((s) => s.code === 'DI-UBERABA');
    const csv = [
      header,
      'D1;Oficina de gestão;02/04/2025;3106705;12;Distrito Industrial de Betim',
      'D2;Oficina de gestão;03/04/2025;3170107;9;DISTRITO INDUSTRIAL DE UBERABA',
      'D3;Comitê;04/04/2025;3106705;5;di-betim',
    ].join('\n');
    const r = await engine.importFile(enc(csv), 'oficinas.csv', { mapping });
    expect(r.errors).toEqual([]);
    const programme = (await engine.listProgrammes()).find((p) => p.name === 'Oficinas nos distritos');
    if (!programme || !betim || !uberaba) throw new Error('no programme or site');
    expect((await engine.programmeActions(programme.id)).map((a) => [a.code, a.siteId])).toEqual([
      ['D1', betim.id],
      ['D2', uberaba.id],
      ['D3', betim.id],
    ]);
  });

  it('refuses a district neither code nor name of a site, naming the cell', async () => {
    const r = await engine.importFile(enc(`${header}\nD4;Comitê;05/04/2025;3106705;5;Distrito Industrial de Nárnia`), 'oficinas.csv', {
      mapping,
    });
    expect(r.batch).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.message.split(':')[0]])).toEqual([
      [2, 'distrito', '"Distrito Industrial de Nárnia" is neither the code nor the name of a site of this workspace'],
    ]);
  });

  it('refuses new programme dates that leave its targets or actions outside, naming the first; the programme stays', async () => {
    const p = await engine.saveProgramme({ name: 'Programa datas', startDate: '2025-01-01', endDate: '2025-12-31' });
    const indicator = await engine.saveProgrammeIndicator({ programmeId: p.id, code: 'participants' });
    await engine.setProgrammeTargets({ indicatorId: indicator.id, targets: [{ period: '2025-Q3', target: 10 }] });
    await engine.saveProgrammeAction({
      programmeId: p.id,
      code: 'X1',
      type: 'committee',
      municipalityCode: 3106705,
      startDate: '2025-11-10',
    });
    const refusal = (startDate: string, endDate: string) =>
      engine.saveProgramme({ ...p, startDate, endDate }).then(
        () => null,
        (e: unknown) => e,
      );
    // 2026 typed for 2025: the targets and actions would fall outside, and every later save of them be refused.
    expect(await refusal('2026-01-01', '2026-12-31')).toMatchObject({
      params: { field: 'startDate', reason: 'leaves-outside', count: 2, first: '2025-Q3' },
    });
    expect(await refusal('2025-01-01', '2025-10-31')).toMatchObject({
      params: { field: 'endDate', reason: 'leaves-outside', count: 1, first: '2025-11-10' },
    });
    expect((await engine.programmeFramework(p.id)).programme).toMatchObject({ startDate: '2025-01-01', endDate: '2025-12-31' });
    // Dates that keep them in are taken.
    expect(await engine.saveProgramme({ ...p, startDate: '2024-07-01', endDate: '2026-06-30' })).toMatchObject({ startDate: '2024-07-01' });
  });
});
