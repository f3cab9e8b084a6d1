import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
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
});
