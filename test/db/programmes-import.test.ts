import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { importMappingSchema } from '../../shared/import/mapping/mapping-schema';
import { newEngine } from '../support/node-engine';
import { cli } from '../support/cli';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

// The hand example of test/unit/programmes/rollup.test.ts, as the canonical layouts (DESIGN §10).
export const ACOES = [
  'programme,action_code,type,territory_code,start_date,participants,end_date,women,youth,enterprises_formed,enterprises_legalized,partner,notes',
  'Produzir MG,A1,field-training,3106705,2025-01-15,20,2025-01-16,12,5,0,0,Emater-MG,',
  'Produzir MG,A2,multiplier-training,3118601,2025-02-10,10,,4,6,0,0,,',
  'Produzir MG,A3,management-workshop,3106705,2025-04-05,30,,15,10,2,0,,',
  'Produzir MG,A4,committee,3136702,2025-07-20,15,,9,3,0,1,,',
].join('\n');

export const METAS = [
  'programme,indicator,period,baseline,target,actual',
  'Produzir MG,participants,2025-Q1,0,40,',
  'Produzir MG,participants,2025-Q2,0,40,',
  'Produzir MG,participants,2025-Q3,0,40,',
  'Produzir MG,women,2025-Q1,5,20,',
  'Produzir MG,municipalities,2025,0,4,',
  'Produzir MG,renda_media,2025,1000,1500,1300',
].join('\n');

function counts(engine: Engine): string {
  return JSON.stringify(
    ['programme', 'programme_indicator', 'programme_target', 'programme_action'].map(
      (t) => engine.connection().get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)?.n,
    ),
  );
}

describe('programme import (arranjo-acoes, arranjo-metas), undo and refusals', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('recognizes both layouts without a template, creates the programme, and re-import updates', async () => {
    const a = await engine.importFile(enc(ACOES), 'acoes.csv', {});
    expect(a.errors).toEqual([]);
    expect([a.template, a.target, a.rows.imported, a.rows.updated]).toEqual(['arranjo-acoes', 'programme-actions', 4, 0]);
    // The programme is new to the workspace: said once, at its first row, and created.
    expect(a.warnings).toEqual([
      {
        row: 2,
        column: 'programme',
        message:
          'no programme is named "Produzir MG" in this workspace: the import creates it. If you meant an existing programme, correct the name in the file.',
      },
    ]);
    const m = await engine.importFile(enc(METAS), 'metas.csv', {});
    expect([m.template, m.target, m.rows.imported]).toEqual(['arranjo-metas', 'programme-targets', 6]);
    expect(m.warnings.filter((w) => w.message.includes('no programme is named'))).toEqual([]);
    expect(counts(engine)).toBe('[1,4,6,4]');
    const again = await engine.importFile(enc(ACOES.replace('Emater-MG', 'Emater-MG regional')), 'acoes.csv', {});
    expect([again.rows.imported, again.rows.updated]).toEqual([0, 4]);
    expect(counts(engine)).toBe('[1,4,6,4]');
    expect((await engine.programmeActions(1)).find((x) => x.code === 'A1')?.partner).toBe('Emater-MG regional');
    // Undo the re-import: the partner as it was; undo the first batches: nothing left.
    if (again.batch === null || a.batch === null || m.batch === null) throw new Error('no batch');
    await expect(engine.undoImport(a.batch)).rejects.toThrow(/later batch/);
    await engine.undoImport(again.batch);
    expect((await engine.programmeActions(1)).find((x) => x.code === 'A1')?.partner).toBe('Emater-MG');
    await engine.undoImport(m.batch);
    expect(counts(engine)).toBe('[1,0,0,4]');
    await engine.undoImport(a.batch);
    expect(counts(engine)).toBe('[0,0,0,0]');
    // Undoing the undo (History) applies the batch again.
    await engine.undo();
    expect(counts(engine)).toBe('[1,0,0,4]');
  });

  it('names the existing programme a new name differs from only in case, accents or punctuation', async () => {
    const before = counts(engine);
    // "Produzir MG" exists (the test above); a dash and a lower case make another name.
    const metas = ['programme,indicator,period,baseline,target,actual', 'produzir-mg,participants,2026-Q1,0,10,'].join('\n');
    const r = await engine.importFile(enc(metas), 'metas.csv', { dryRun: true });
    expect(r.warnings).toEqual([
      {
        row: 2,
        column: 'programme',
        message:
          'no programme is named "produzir-mg" in this workspace, and the import creates it; "Produzir MG" differs only in case, accents or punctuation: if that is the one, correct the name in the file.',
      },
    ]);
    expect(counts(engine)).toBe(before);
  });

  it('refuses bad rows with row, column and what to do, and writes nothing', async () => {
    const before = counts(engine);
    const bad = [
      ACOES.split('\n')[0],
      'Produzir MG,B1,field-training,3106705,2025-01-15,10,,12,0,0,0,,',
      'Produzir MG,B2,field-training,3106705,2025-03-15,10,2025-03-01,2,11,0,0,,',
      'Produzir MG,B3,field-training,9999999,2025-03-15,10,,2,1,0,0,,',
      'Produzir MG,B4,oficina de gestão,3106705,2025-03-15,10,,2,1,0,0,,',
      'Produzir MG,B4,field-training,3106705,2025-03-16,10,,2,1,0,0,,',
      // A count past 2^53 stopped the import as an internal error (the INTEGER column refused it).
      'Produzir MG,B5,field-training,3106705,2025-03-16,100000000000000000000,,2,1,0,0,,',
    ].join('\n');
    const r = await engine.importFile(enc(bad), 'acoes.csv', {});
    expect(r.batch).toBeNull();
    const byCode = r.errors.map((e) => [e.row, e.column, e.message.split(':')[0]]);
    expect(byCode).toEqual(
      expect.arrayContaining([
        [2, 'women', '12 women but 10 participants'],
        [3, 'youth', '11 youth but 10 participants'],
        [3, 'end_date', 'the action ends (2025-03-01) before it starts (2025-03-15)'],
        [6, 'action_code', 'action B4 of "Produzir MG" was already given in row 5'],
        [7, 'participants', '100000000000000000000 is too large for a count'],
      ]),
    );
    expect(r.errors.some((e) => e.column === 'territory_code' && /9999999/.test(e.message))).toBe(true);
    expect(counts(engine)).toBe(before);
  });

  it('refuses a target for a period outside the programme', async () => {
    const p = await engine.saveProgramme({ name: 'Programa 2024', startDate: '2024-01-01', endDate: '2024-12-31' });
    const r = await engine.importFile(
      enc('programme,indicator,period,baseline,target\nPrograma 2024,participants,2024-Q4,0,10\nPrograma 2024,participants,2025-Q1,0,10'),
      'metas.csv',
      {},
    );
    expect(r.batch).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column: 'period' })]);
    expect(r.errors[0]?.message).toMatch(/outside programme "Programa 2024".*change the period/);
    await engine.deleteProgramme(p.id);
  });

  it('refuses an action starting outside its programme, as the editor does, and writes nothing', async () => {
    // 1925 typed for 2025: no period's actual counted it, yet the actions tab, the map and the workbook added it up.
    const p = await engine.saveProgramme({ name: 'Programa 2025', startDate: '2025-01-01', endDate: '2025-12-31' });
    const before = counts(engine);
    const r = await engine.importFile(
      enc(
        [
          ACOES.split('\n')[0],
          'Programa 2025,D1,committee,3106705,2025-03-15,10,,2,1,0,0,,',
          'Programa 2025,D2,committee,3106705,1925-03-15,10,,2,1,0,0,,',
          'Programa 2025,D3,committee,3106705,2026-01-02,10,,2,1,0,0,,',
        ].join('\n'),
      ),
      'acoes.csv',
      {},
    );
    expect(r.batch).toBeNull();
    expect(r.errors.map((e) => [e.row, e.column, e.message.split(',')[0]])).toEqual([
      [3, 'start_date', 'the action starts on 1925-03-15'],
      [4, 'start_date', 'the action starts on 2026-01-02'],
    ]);
    expect(r.errors[0]?.message).toMatch(/starts on 1925-03-15, outside programme "Programa 2025".*correct the date/);
    expect(counts(engine)).toBe(before);
    const refusal = await engine
      .saveProgrammeAction({ programmeId: p.id, code: 'D2', type: 'committee', municipalityCode: 3106705, startDate: '1925-03-15' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refusal).toMatchObject({ params: { field: 'startDate', reason: 'outside-programme', start: '2025-01-01', end: '2025-12-31' } });
    expect(counts(engine)).toBe(before);
    await engine.deleteProgramme(p.id);
  });

  it('refuses a target on the wrong side of its baseline, as the editor does, in the long and the wide layout', async () => {
    const p = await engine.saveProgramme({ name: 'Programa sinal', startDate: '2025-01-01', endDate: '2025-12-31' });
    await engine.saveProgrammeIndicator({ programmeId: p.id, code: 'evasao', name: 'Evasão', direction: 'lower-better' });
    const long = await engine.importFile(
      enc(
        'programme,indicator,period,baseline,target\nPrograma sinal,renda,2025-Q1,0,-5\nPrograma sinal,evasao,2025-Q1,30,40\nPrograma sinal,evasao,2025-Q2,30,10',
      ),
      'metas.csv',
      {},
    );
    expect(long.batch).toBeNull();
    // renda is new: the import creates it higher-is-better, and the refusal says how to import one where lower is better
    // (it said "check the indicator's direction", of an indicator there was none of yet).
    const NEW_RENDA = 'an indicator this import creates as higher-is-better. If lower is better for it, add it first';
    expect(long.errors.map((e) => [e.row, e.column, e.message.split(':')[0]])).toEqual([
      [2, 'target', expect.stringContaining(`the target -5 is below the baseline 0 of renda, ${NEW_RENDA}`)],
      [3, 'target', 'the target 40 is on the wrong side of its baseline 30 for an indicator where lower is better'],
    ]);
    // The wide layout (one column per period), mapped as the wizard maps it.
    const wide = await engine.importFile(enc('Programa;Indicador;Linha de base;2025\nPrograma sinal;renda;10;4'), 'metas-anuais.csv', {
      mapping: importMappingSchema.parse({
        target: 'programme-targets',
        columns: [
          { column: 0, role: { role: 'programme-field', field: 'programme' } },
          { column: 1, role: { role: 'programme-field', field: 'indicator' } },
          { column: 2, role: { role: 'programme-field', field: 'baseline' } },
          { column: 3, role: { role: 'period-value', field: 'target' } },
        ],
      }),
    });
    expect(wide.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '2025', expect.stringContaining(`the target 4 is below the baseline 10 of renda, ${NEW_RENDA}`)],
    ]);
    await engine.deleteProgramme(p.id);
  });
});

describe('arranjo programme (DESIGN §10) on the hand example', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-programme-'));
  const ws = path.join(dir, 'ws.arranjo');
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'acoes.csv'), ACOES);
    writeFileSync(path.join(dir, 'metas.csv'), METAS);
    expect((await cli('init', ws)).status).toBe(0);
    expect((await cli('import', ws, path.join(dir, 'acoes.csv'), '--format', 'json')).status).toBe(0);
    expect((await cli('import', ws, path.join(dir, 'metas.csv'), '--format', 'json')).status).toBe(0);
  }, 180_000);

  it('gives target, actual and achievement per indicator and period', async () => {
    const { status, out } = await cli('programme', ws, '--name', 'Produzir MG', '--format', 'csv');
    expect(status).toBe(0);
    expect(out).toBe(
      [
        'indicator,period,baseline,target,actual,achievement',
        'participants,2025-Q1,0,40,30,0.75',
        'participants,2025-Q2,0,40,30,0.75',
        'participants,2025-Q3,0,40,15,0.375',
        'women,2025-Q1,5,20,16,0.733333333333333',
        'municipalities,2025,0,4,3,0.75',
        'renda_media,2025,1000,1500,1300,0.6',
        '',
      ].join('\n'),
    );
  });

  it('rolls a year up from its quarters with --period', async () => {
    const { status, out } = await cli('programme', ws, '--name', 'Produzir MG', '--period', '2025', '--format', 'csv');
    expect(status).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      'indicator,period,baseline,target,actual,achievement',
      'participants,2025,0,120,75,0.625',
      // Only the first quarter has a target, and the year's 40 women include the second and third
      // quarters': no year's target (it read 20, achieved 233 %).
      'women,2025,,,40,',
      'municipalities,2025,0,4,3,0.75',
      'renda_media,2025,1000,1500,1300,0.6',
    ]);
  });

  it('counts programme actions in info and refuses an unknown programme', async () => {
    const info = JSON.parse((await cli('info', ws, '--format', 'json')).out) as { counts: { programmeActions: number } };
    expect(info.counts.programmeActions).toBe(4);
    const missing = await cli('programme', ws, '--name', 'Nope', '--format', 'csv');
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/no programme named "Nope".*Produzir MG/);
  });
});
