import { describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newDemoEngine } from '../support/node-engine';

/**
 * Hostile arranjo-obras and arranjo-medicoes files against the demo workspace: each is refused at its
 * row and column, and the workspace stays as it was.
 */
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

const WORKS = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end,contract_value\n';
const MEASUREMENTS = 'work_code,date,physical_progress,committed,disbursed\n';

async function refusal(engine: Engine, text: string, name: string) {
  const result = await engine.importFile(csv(text), name, {});
  expect(result.refused).toBe(true);
  expect(result.batch).toBeNull();
  return result.errors.map((e) => [e.row, e.column, e.message]);
}

describe('works: hostile imports are refused at their cell, the workspace unchanged', () => {
  it('refuses amounts above R$ 10 trillion (the forms’ own limit) in works and measurements', async () => {
    const engine = await newDemoEngine();
    const works = await engine.worksPortfolio('2027-12-31');
    const before = works.find((w) => w.workCode === 'OBR-DEMO-14');
    expect(before).toBeDefined();

    expect(
      await refusal(
        engine,
        `${WORKS}DI-BETIM,OBR-NOVA,Pavimentação,paving,1234567890123456789012,2026-01-01,2026-12-31,\nDI-BETIM,OBR-NOVA-2,Drenagem,drainage,1000,2026-01-01,2026-12-31,20000000000000\n`,
        'obras.csv',
      ),
    ).toEqual([
      [2, 'budget_planned', expect.stringMatching(/^1\.2345678901234568e\+21 is above 10000000000000/)],
      [3, 'contract_value', expect.stringMatching(/^20000000000000 is above 10000000000000/)],
    ]);
    expect(await refusal(engine, `${MEASUREMENTS}OBR-DEMO-14,2027-05-31,10,99999999999999999999999,5\n`, 'medicoes.csv')).toEqual([
      [2, 'committed', expect.stringMatching(/^1e\+23 is above 10000000000000/)],
    ]);

    expect(await engine.worksPortfolio('2027-12-31')).toEqual(works);
    expect((await engine.getWork(before!.id)).measurements).toEqual([]);
  }, 120_000);

  it('refuses progress measured before the work began, naming the row and the start; 0 % before it is kept', async () => {
    const engine = await newDemoEngine();
    const row = (await engine.worksPortfolio()).find((w) => w.workCode === 'OBR-DEMO-14');
    const { work, measurements } = await engine.getWork(row!.id);
    expect(measurements).toEqual([]);
    const start = work.actualStart !== null && work.actualStart < work.plannedStart ? work.actualStart : work.plannedStart;

    const result = await engine.importFile(
      csv(`${MEASUREMENTS}OBR-DEMO-14,1900-01-01,10,100,50\nOBR-DEMO-14,${start},12,200,100\n`),
      'medicoes.csv',
      {},
    );
    expect(result.refused).toBe(true);
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        2,
        'date',
        `10% measured on 1900-01-01, before the work began on ${start}; correct the date, or the work's actual start if it began earlier.`,
      ],
    ]);
    expect((await engine.getWork(row!.id)).measurements).toEqual([]);

    // A sheet that writes 0 % in the months before the start (one column a month across all works) imports.
    const zero = await engine.importFile(csv(`${MEASUREMENTS}OBR-DEMO-14,1900-01-01,0,100,0\n`), 'medicoes-0.csv', {});
    expect(zero.refused, zero.message ?? '').toBe(false);
  }, 120_000);

  it("warns at the row when a work's code is already a work of another district, which the row moves", async () => {
    const engine = await newDemoEngine();
    const result = await engine.importFile(
      csv(`${WORKS}DI-UBERLANDIA,OBR-DEMO-02,Drenagem pluvial,drainage,2650000,2026-06-02,2027-05-31,\n`),
      'obras.csv',
      {},
    );
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [
        2,
        'site_code',
        "work OBR-DEMO-02 is in the district DI-BETIM; this row moves it, with its measurements, to DI-UBERLANDIA. If the code is another work's, give this one a code of its own.",
      ],
    ]);
    // The same district: no warning.
    const same = await engine.importFile(
      csv(`${WORKS}DI-UBERLANDIA,OBR-DEMO-02,Drenagem pluvial,drainage,2650000,2026-06-02,2027-05-31,\n`),
      'obras-2.csv',
      {},
    );
    expect(same.warnings).toEqual([]);
  }, 120_000);
  it("refuses a re-imported work whose start moves past progress already measured, at the start's column", async () => {
    // The form refuses it (measured-before); the import wrote the later start, leaving measured
    // months "before the work began".
    const engine = await newDemoEngine();
    let found = null;
    for (const row of await engine.worksPortfolio()) {
      const detail = await engine.getWork(row.id);
      const first = detail.measurements.find((m) => m.physicalProgress > 0);
      if (first) found ??= { detail, first };
    }
    if (!found) throw new Error('no demo work with progress measured');
    const { detail, first } = found;
    const w = detail.work;
    const site = (await engine.listSites()).find((s) => s.id === w.siteId)?.code ?? '';
    const header = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end,actual_start\n';
    const row = (planned: string, actual: string) =>
      `${site},${w.code},${w.title},${w.category},${w.budgetPlanned},${planned},${w.plannedEnd},${actual}\n`;
    const dayAfter = new Date(Date.parse(`${first.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

    expect(await refusal(engine, `${header}${row(dayAfter, dayAfter)}`, 'obras.csv')).toEqual([
      [
        2,
        'actual_start',
        `work ${w.code} has ${first.physicalProgress}% measured on ${first.date}, before this start (${dayAfter}); correct the measurements first, or give a start that includes them.`,
      ],
    ]);
    expect((await engine.getWork(w.id)).work).toEqual(w);
    // Its own starts again: an update like any other.
    const same = await engine.importFile(csv(`${header}${row(w.plannedStart, w.actualStart ?? '')}`), 'obras.csv', {});
    expect(same.refused).toBe(false);
  }, 120_000);

  it('warns once per work when a committed amount is beyond what additions let a contract reach; a lawful addition is not questioned', async () => {
    // Lei 14.133/2021, art. 125: additions up to 25 % of a works contract, 50 % for a refurbishment.
    // 10 × the budget (a digit too many, or cents) was imported without a word. (No progress: the
    // demo's OBR-DEMO-14 is planned, and progress on it is a warning of its own.)
    const engine = await newDemoEngine();
    const row = (await engine.worksPortfolio()).find((w) => w.workCode === 'OBR-DEMO-14');
    const { work, measurements } = await engine.getWork(row!.id);
    expect(measurements).toEqual([]);
    const budget = work.budgetPlanned;
    const start = work.actualStart !== null && work.actualStart < work.plannedStart ? work.actualStart : work.plannedStart;
    const later = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;

    const lawful = await engine.importFile(
      csv(`${MEASUREMENTS}OBR-DEMO-14,${start},0,${budget * 1.25},0
`),
      'medicoes-1.csv',
      {
        dryRun: true,
      },
    );
    expect(lawful.refused, lawful.message ?? '').toBe(false);
    expect(lawful.warnings).toEqual([]);

    const result = await engine.importFile(
      csv(`${MEASUREMENTS}OBR-DEMO-14,${start},0,${budget * 10},0
OBR-DEMO-14,${later},0,${budget * 10},0
`),
      'medicoes.csv',
      {},
    );
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [
        2,
        'committed',
        `the committed ${budget * 10} is 1000% of work OBR-DEMO-14's planned budget ${budget}, beyond what additions may add to a contract (Lei 14.133/2021, art. 125: 25%, 50% for a refurbishment); check the units (cents? thousands?) and the budget. Imported as written.`,
      ],
    ]);
    expect((await engine.getWork(row!.id)).measurements.map((m) => m.committed)).toEqual([budget * 10, budget * 10]);
  }, 120_000);

  it('warns once per work when progress is measured on a work recorded as not begun, whose status would read Planejada beside Concluída', async () => {
    const engine = await newDemoEngine();
    // Without a status column a new work is planned.
    const works = await engine.importFile(
      csv(`${WORKS}DI-BETIM,OBR-NOVA,Pavimentação,paving,1000000,2026-01-01,2026-12-31,\n`),
      'obras.csv',
      {},
    );
    expect(works.refused, works.message ?? '').toBe(false);
    const result = await engine.importFile(
      csv(`${MEASUREMENTS}OBR-NOVA,2026-03-31,0,0,0\nOBR-NOVA,2026-06-30,40,400000,100000\nOBR-NOVA,2026-12-31,100,1000000,900000\n`),
      'medicoes.csv',
      {},
    );
    expect(result.refused, result.message ?? '').toBe(false);
    expect(result.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [
        3,
        'physical_progress',
        "work OBR-NOVA is recorded as not begun (planned or tendering), and this row measures 40% done: update its status (the status column of arranjo-obras, or the work's form). Imported as written.",
      ],
    ]);
    // A work in progress: no warning.
    const demo = await engine.importFile(csv(`${MEASUREMENTS}OB-BET-01,2025-07-31,55,700000,520000\n`), 'medicoes-2.csv', {});
    expect(demo.warnings).toEqual([]);
  }, 120_000);
});
