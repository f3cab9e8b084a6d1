import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { programmeReport } from '../../shared/features/programmes/report';
import { newEngine } from '../support/node-engine';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEADER =
  'programme,action_code,type,territory_code,start_date,participants,end_date,women,youth,enterprises_formed,enterprises_legalized,partner,notes';
// The actions of test/db/programmes-import.test.ts (75 participants).
const ACOES = [
  HEADER,
  'Produzir MG,A1,field-training,3106705,2025-01-15,20,2025-01-16,12,5,0,0,Emater-MG,',
  'Produzir MG,A2,multiplier-training,3118601,2025-02-10,10,,4,6,0,0,,',
  'Produzir MG,A3,management-workshop,3106705,2025-04-05,30,,15,10,2,0,,',
  'Produzir MG,A4,committee,3136702,2025-07-20,15,,9,3,0,1,,',
].join('\n');

describe('programme codes typed in another case', () => {
  let engine: Engine;
  let programmeId: number;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const a = await engine.importFile(enc(ACOES), 'acoes.csv', {});
    expect(a.errors).toEqual([]);
    programmeId = (await engine.listProgrammes())[0]?.id ?? 0;
  }, 120_000);

  const participants = async (): Promise<number> => (await engine.programmeActions(programmeId)).reduce((s, a) => s + a.participants, 0);

  it('reads an action code in another case as that action: the file updates it, the form refuses a second one', async () => {
    expect(await participants()).toBe(75);
    // "a1" is the action A1 with its participants corrected, not a fifth action counted beside it.
    const r = await engine.importFile(
      enc([HEADER, 'Produzir MG,a1,field-training,3106705,2025-01-15,25,2025-01-16,12,5,0,0,,'].join('\n')),
      'acoes.csv',
      {},
    );
    expect(r.errors).toEqual([]);
    expect([r.rows.imported, r.rows.updated]).toEqual([0, 1]);
    expect((await engine.programmeActions(programmeId)).length).toBe(4);
    expect(await participants()).toBe(80);
    const refusal = await engine
      .saveProgrammeAction({ programmeId, code: 'a2', type: 'committee', municipalityCode: 3106705, startDate: '2025-03-15' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refusal).toMatchObject({ params: { field: 'code', reason: 'duplicate' } });
    expect((await engine.programmeActions(programmeId)).length).toBe(4);
  });

  it('refuses one file giving an action twice in two cases, and writes nothing', async () => {
    const before = await engine.programmeActions(programmeId);
    const r = await engine.importFile(
      enc(
        [
          HEADER,
          'Produzir MG,B-7,committee,3106705,2025-03-15,10,,2,1,0,0,,',
          'Produzir MG,b-7,committee,3106705,2025-03-16,10,,2,1,0,0,,',
        ].join('\n'),
      ),
      'acoes.csv',
      {},
    );
    expect(r.batch).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'action_code', 'action b-7 of "Produzir MG" was already given in row 2: give each action its own code.'],
    ]);
    expect(await engine.programmeActions(programmeId)).toEqual(before);
  });

  it('reads an indicator code in another case as that indicator: a built-in stays computed from the actions', async () => {
    const metas = (...rows: string[]) => enc(['programme,indicator,period,baseline,target,actual', ...rows].join('\n'));
    const first = await engine.importFile(metas('Produzir MG,renda_media,2025,1000,1500,1300'), 'metas.csv', {});
    expect(first.errors).toEqual([]);
    const again = await engine.importFile(
      metas('Produzir MG,Participants,2025-Q3,0,40,', 'Produzir MG,RENDA_MEDIA,2025,1000,1600,1350'),
      'metas.csv',
      {},
    );
    expect(again.errors).toEqual([]);
    expect([again.rows.imported, again.rows.updated]).toEqual([1, 1]);
    // "Participants" made a custom indicator with no actual beside none of the built-in's.
    const framework = await engine.programmeFramework(programmeId);
    expect(framework.indicators.map((i) => i.code).sort()).toEqual(['participants', 'renda_media']);
    expect(programmeReport(engine.connection(), 'Produzir MG')).toEqual([
      { indicator: 'renda_media', period: '2025', baseline: 1000, target: 1600, actual: 1350, achievement: 0.583333333333333 },
      { indicator: 'participants', period: '2025-Q3', baseline: 0, target: 40, actual: 15, achievement: 0.375 },
    ]);
    // One file giving a period's target twice, in two cases: refused at the second row.
    const twice = await engine.importFile(metas('Produzir MG,custo,2025,0,10,', 'Produzir MG,CUSTO,2025,0,12,'), 'metas.csv', {});
    expect(twice.batch).toBeNull();
    expect(twice.errors.map((e) => [e.row, e.column])).toEqual([[3, 'period']]);
    // The indicator form: "Renda_Media" is the programme's renda_media.
    const refusal = await engine.saveProgrammeIndicator({ programmeId, code: 'Renda_Media' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ params: { field: 'code', reason: 'duplicate' } });
    expect((await engine.programmeFramework(programmeId)).indicators.length).toBe(2);
  });

  it('finds the programme of arranjo programme --name up to case, accents and punctuation, as a district is found', async () => {
    const report = (name: string) => programmeReport(engine.connection(), name).map((r) => r.indicator);
    expect(report('Produzir MG')).toEqual(['renda_media', 'participants']);
    // A planner typing it as he says it got "There is no programme named".
    expect(report('produzir mg')).toEqual(['renda_media', 'participants']);
    expect(report(' PRODUZIR-MG ')).toEqual(['renda_media', 'participants']);
    expect(() => report('Produzir SP')).toThrow('There is no programme named "Produzir SP". Programmes: "Produzir MG".');
    // The form refuses a look-alike of a programme's name (it made a second programme beside it)…
    const refusal = await engine.saveProgramme({ name: 'Prodúzir  mg' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ params: { field: 'name', reason: 'duplicate' } });
    expect((await engine.listProgrammes()).map((p) => p.name)).toEqual(['Produzir MG']);
    // …an import still creates it, with a warning (DESIGN §10): --name then wants the exact name.
    const created = await engine.importFile(
      enc(['programme,indicator,period,baseline,target', 'Prodúzir  mg,custo,2025,0,10'].join('\n')),
      'metas.csv',
      {},
    );
    expect(created.warnings.map((w) => w.column)).toEqual(['programme']);
    const other = (await engine.listProgrammes()).find((p) => p.name === 'Prodúzir  mg');
    if (!other) throw new Error('not created');
    expect(report('Prodúzir  mg')).toEqual(['custo']);
    expect(() => report('produzir mg')).toThrow(
      '"produzir mg" could be any of 2 programmes ("Prodúzir  mg", "Produzir MG"): write its name exactly.',
    );
    await engine.deleteProgramme(other.id);
    // A programme renamed in another case is not its own look-alike.
    await expect(engine.saveProgramme({ id: programmeId, name: 'PRODUZIR MG' })).resolves.toMatchObject({ name: 'PRODUZIR MG' });
  });
});
