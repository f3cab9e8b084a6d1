import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newDemoEngine } from '../support/node-engine';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/works');
const bytes = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, file)));
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

function schedule(engine: Engine, code: string): [string, number][] {
  return engine
    .connection()
    .all<{ month: string; planned_progress: number }>(
      'SELECT s.month, s.planned_progress FROM work_schedule s JOIN project p ON p.id = s.work_id WHERE p.code = ? ORDER BY s.month',
      [code],
    )
    .map((r) => [r.month, r.planned_progress]);
}

function plannedDates(engine: Engine, code: string): [string, string] | undefined {
  const r = engine
    .connection()
    .get<{ planned_start: string; planned_end: string }>('SELECT planned_start, planned_end FROM project WHERE code = ?', [code]);
  return r ? [r.planned_start, r.planned_end] : undefined;
}

/** The works mapping of a sheet with one row per work and one column per month of cumulative planned %. */
const WIDE_MAPPING = {
  target: 'works',
  columns: [
    { match: '^obra$', role: 'work-field', field: 'code' },
    { match: '^[a-z]{3} \\d{4}$', role: 'period-value', field: 'plannedProgress' },
  ],
};

/**
 * Planned schedules of works already in the workspace (DESIGN §3 "an optional planned schedule by
 * month"), through the import pipeline's works target: `arranjo-cronograma` (one row per work ×
 * month, with the planned start and end), and an agency sheet with one column per month.
 */
describe('import of planned schedules (arranjo-cronograma, wide months)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
    const works = await engine.importFile(bytes('obras.csv'), 'obras.csv', {});
    expect(works.refused, works.message ?? '').toBe(false);
  }, 120_000);

  it('arranjo-cronograma is recognized by its header; months and planned dates land on the works; planned % follows the schedule; undo restores the plan', async () => {
    const before = plannedDates(engine, 'OB-BET-02');
    const result = await engine.importFile(bytes('cronograma.csv'), 'cronograma.csv', {});
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result).toMatchObject({ template: 'arranjo-cronograma', target: 'works', rows: { read: 6, imported: 0, updated: 2 } });
    expect(schedule(engine, 'OB-BET-01')).toEqual([
      ['2025-01', 5],
      ['2025-03', 20],
      ['2025-06', 60],
      ['2025-12', 100],
    ]);
    expect(schedule(engine, 'OB-BET-02')).toEqual([
      ['2025-02', 10],
      ['2025-09', 100],
    ]);
    expect(plannedDates(engine, 'OB-BET-02')).toEqual(['2025-02-01', '2025-09-30']);
    // The schedule replaces the linear plan: at the end of June 2025, 60 % planned (linear would be 49.6 %).
    const row = (await engine.worksPortfolio('2025-06-30')).find((r) => r.workCode === 'OB-BET-01');
    expect(row?.plannedProgress).toBe(60);
    // The works keep everything the file does not give.
    const work = (await engine.worksPortfolio('2025-06-30')).find((r) => r.workCode === 'OB-BET-02');
    expect(work).toMatchObject({ title: 'Rede de drenagem pluvial', budgetPlanned: 500_000, fundingSource: 'convenio' });

    await engine.undoImport(result.batch ?? 0);
    expect(schedule(engine, 'OB-BET-01')).toEqual([]);
    expect(plannedDates(engine, 'OB-BET-02')).toEqual(before);
    // Ctrl+Z of that undo writes the batch again (from what it had written).
    await engine.undo();
    expect(schedule(engine, 'OB-BET-02')).toEqual([
      ['2025-02', 10],
      ['2025-09', 100],
    ]);
    expect(plannedDates(engine, 'OB-BET-02')).toEqual(['2025-02-01', '2025-09-30']);
  });

  it('one column per month (jan/2025 …): each month at its value; a re-import replaces the schedule, never duplicates', async () => {
    const result = await engine.importFile(bytes('cronograma-mensal.csv'), 'cronograma-mensal.csv', { mapping: WIDE_MAPPING });
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.rows).toMatchObject({ read: 2, imported: 0, updated: 2 });
    expect(schedule(engine, 'OB-BET-01')).toEqual([
      ['2025-01', 5],
      ['2025-02', 10],
      ['2025-03', 20],
      ['2025-04', 30],
    ]);
    expect(schedule(engine, 'OB-UBE-01')).toEqual([
      ['2025-01', 0],
      ['2025-03', 40],
      ['2025-04', 100],
    ]);
  });

  it('refuses, naming row and column, with nothing written: an unknown work, a month that is not one, a % outside 0–100, a cumulative % that drops, an end before its start', async () => {
    const kept = schedule(engine, 'OB-BET-01');
    const bad = csv(
      [
        'work_code,month,planned_progress,planned_start,planned_end',
        'OB-NAO-EXISTE,2025-01,5,,',
        'OB-BET-01,2025-13,10,,',
        'OB-BET-01,2025-02,120,,',
        'OB-BET-01,2025-03,50,,',
        'OB-BET-01,2025-04,40,,',
        'OB-UBE-01,2025-05,50,2025-06-01,2025-05-01',
      ].join('\n'),
    );
    const result = await engine.importFile(bad, 'cronograma-ruim.csv', {});
    expect(result.refused).toBe(true);
    expect(result.batch).toBeNull();
    const at = (row: number) => result.errors.filter((e) => e.row === row).map((e) => [e.column, e.message]);
    expect(at(2)).toEqual([['work_code', expect.stringMatching(/"OB-NAO-EXISTE" is not the code of a work/)]]);
    expect(at(3)).toEqual([['month', expect.stringMatching(/"2025-13" is not a month/)]]);
    expect(at(4)).toEqual([['planned_progress', expect.stringMatching(/120 is outside 0–100/)]]);
    expect(at(6)).toEqual([['planned_progress', expect.stringMatching(/2025-04 \(40 %\) is below 2025-03's \(50 %\)/)]]);
    expect(at(7)).toEqual([['planned_end', expect.stringMatching(/planned end 2025-05-01 is before the planned start 2025-06-01/)]]);
    expect(schedule(engine, 'OB-BET-01')).toEqual(kept);
  });

  it('reads months written as planners write them (mar/2025, março de 2025, abr-25), and refuses a year alone', async () => {
    // "mar/2025" was refused as no month; a bare 2025 was Excel's day 2025 (July 1905).
    const fresh = await newDemoEngine();
    expect((await fresh.importFile(bytes('obras.csv'), 'obras.csv', {})).refused).toBe(false);
    const text = csv(
      [
        'work_code,month,planned_progress',
        'OB-BET-01,jan/2025,5',
        'OB-BET-01,março de 2025,20',
        'OB-BET-01,abr-25,30',
        'OB-BET-01,06/2025,60',
      ].join('\n'),
    );
    const result = await fresh.importFile(text, 'cronograma-texto.csv', {});
    expect(result.refused, result.message ?? '').toBe(false);
    expect(schedule(fresh, 'OB-BET-01')).toEqual([
      ['2025-01', 5],
      ['2025-03', 20],
      ['2025-04', 30],
      ['2025-06', 60],
    ]);
    const year = await fresh.importFile(csv('work_code,month,planned_progress\nOB-BET-01,2025,5\n'), 'cronograma-ano.csv', {});
    expect(year.refused).toBe(true);
    expect(year.errors.map((e) => [e.row, e.column])).toEqual([[2, 'month']]);
  }, 120_000);

  it('a works file with only the work code and planned dates updates the plan of existing works (mapping given)', async () => {
    const dates = csv('obra;inicio previsto;termino previsto\nOB-UBE-01;01/03/2025;31/07/2025\n');
    const mapping = {
      target: 'works',
      columns: [
        { match: '^obra$', role: 'work-field', field: 'code' },
        { match: '^inicio previsto$', role: 'work-field', field: 'plannedStart' },
        { match: '^termino previsto$', role: 'work-field', field: 'plannedEnd' },
      ],
    };
    const result = await engine.importFile(dates, 'datas.csv', { mapping });
    expect(result.refused, result.message ?? '').toBe(false);
    expect(plannedDates(engine, 'OB-UBE-01')).toEqual(['2025-03-01', '2025-07-31']);
    // The months imported before stay (the file gave none).
    expect(schedule(engine, 'OB-UBE-01')).toHaveLength(3);
  });
});
