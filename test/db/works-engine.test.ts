import { describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newDemoEngine } from '../support/node-engine';

async function siteId(engine: Engine, code: string): Promise<number> {
  const sites = await engine.listSites();
  const site = sites.find((s) => s.code === code);
  if (!site) throw new Error(`no site ${code}`);
  return site.id;
}

/** The demo holds its own illustrative works: these tests look at theirs only. */
async function rowOf(engine: Engine, id: number, statusDate: string) {
  return (await engine.worksPortfolio(statusDate)).find((r) => r.id === id);
}

async function withWork(): Promise<{ engine: Engine; id: number }> {
  const engine = await newDemoEngine();
  const work = await engine.createWork({
    siteId: await siteId(engine, 'DI-BETIM'),
    code: 'OB-1',
    title: 'Pavimentação',
    category: 'paving',
    budgetPlanned: 1_000_000,
    plannedStart: '2025-01-01',
    plannedEnd: '2025-12-31',
    status: 'in-progress',
    needs: ['INFRA_PAVING'],
  });
  return { engine, id: work.id };
}

describe('works engine: edits, undo, baselines', () => {
  it('creates, edits and deletes works, every step undoable', async () => {
    const { engine, id } = await withWork();
    await engine.saveMeasurement({ workId: id, date: '2025-06-30', physicalProgress: 40, committed: 600_000, disbursed: 450_000 });
    await engine.addMilestone({ workId: id, name: 'Ordem de serviço', plannedDate: '2025-01-10' });
    await engine.updateWork(id, { plannedEnd: '2026-01-30', budgetPlanned: 1_100_000 });
    expect((await engine.getWork(id)).work).toMatchObject({ plannedEnd: '2026-01-30', budgetPlanned: 1_100_000, needs: ['INFRA_PAVING'] });
    await engine.undo();
    expect((await engine.getWork(id)).work).toMatchObject({ plannedEnd: '2025-12-31', budgetPlanned: 1_000_000 });
    await engine.deleteWork(id);
    expect(await rowOf(engine, id, '2025-07-02')).toBeUndefined();
    await engine.undo();
    const back = await engine.getWork(id);
    expect(back.measurements).toHaveLength(1);
    expect(back.milestones.map((m) => m.name)).toEqual(['Ordem de serviço']);
    expect(back.work.needs).toEqual(['INFRA_PAVING']);
    expect(await rowOf(engine, id, '2025-07-02')).toMatchObject({ spi: 0.8, plannedProgress: 50, health: 'late' });
  });

  it('the new-work form: every field of a work is written; a refusal names its field and writes nothing; undo and redo', async () => {
    const engine = await newDemoEngine();
    const site = await siteId(engine, 'DI-BETIM');
    const before = (await engine.worksPortfolio('2025-07-02')).length;
    // What the form sends (WorkFormModal): optional fields null when empty, the source in the UI's words.
    const form = {
      siteId: site,
      code: 'OB-FORM-1',
      title: 'Drenagem da via principal',
      category: 'drainage',
      status: 'contracted',
      fundingSource: 'convenio',
      agency: 'Codemig',
      contractor: 'Construtora Exemplo',
      contractNumber: 'CT-12/2025',
      contractValue: 950_000,
      budgetPlanned: 1_000_000,
      plannedStart: '2025-03-01',
      plannedEnd: '2025-10-31',
      actualStart: null,
      actualEnd: null,
      notes: null,
      source: 'Informado pelo usuário',
    } as const;
    for (const [patch, field] of [
      [{ siteId: 0 }, 'siteId'],
      [{ code: '' }, 'code'],
      [{ budgetPlanned: Number.NaN }, 'budgetPlanned'],
      [{ plannedStart: '31/02/2025' }, 'plannedStart'],
      [{ plannedEnd: '2025-02-01' }, 'plannedEnd'],
      [{ contractValue: -1 }, 'contractValue'],
    ] as const) {
      await expect(engine.createWork({ ...form, ...patch })).rejects.toMatchObject({ code: 'INVALID_INPUT', params: { field } });
    }
    // An end before its start says which start, so the UI can say it in its language.
    await expect(engine.createWork({ ...form, plannedEnd: '2025-02-01' })).rejects.toMatchObject({
      params: { field: 'plannedEnd', reason: 'before-start', start: '2025-03-01' },
    });
    await expect(engine.createWork({ ...form, siteId: 999_999 })).rejects.toMatchObject({ params: { field: 'siteId' } });
    expect((await engine.worksPortfolio('2025-07-02')).length).toBe(before);
    const created = await engine.createWork(form);
    expect((await engine.getWork(created.id)).work).toMatchObject({ ...form, siteCode: 'DI-BETIM', illustrative: false });
    await expect(engine.createWork(form)).rejects.toMatchObject({ code: 'CONSTRAINT', params: { field: 'code', reason: 'duplicate' } });
    await engine.undo();
    expect((await engine.worksPortfolio('2025-07-02')).length).toBe(before);
    await engine.redo();
    expect((await engine.getWork(created.id)).work.contractNumber).toBe('CT-12/2025');
  });

  it('refuses an end before its start, a drop in progress without correction, disbursed above committed', async () => {
    const { engine, id } = await withWork();
    await expect(engine.updateWork(id, { plannedEnd: '2024-12-01' })).rejects.toThrow(/plannedEnd/);
    await engine.saveMeasurement({ workId: id, date: '2025-06-30', physicalProgress: 40, committed: 600_000, disbursed: 450_000 });
    await expect(
      engine.saveMeasurement({ workId: id, date: '2025-07-31', physicalProgress: 30, committed: 600_000, disbursed: 450_000 }),
    ).rejects.toThrow(/below the 40%/);
    await expect(
      engine.saveMeasurement({ workId: id, date: '2025-07-31', physicalProgress: 50, committed: 600_000, disbursed: 700_000 }),
    ).rejects.toThrow(/disbursed/);
    await engine.saveMeasurement({
      workId: id,
      date: '2025-07-31',
      physicalProgress: 30,
      committed: 600_000,
      disbursed: 450_000,
      correction: true,
    });
  });

  it('refuses progress measured before the work began (as the import does); 0 % before it is kept', async () => {
    const { engine, id } = await withWork();
    const early = engine.saveMeasurement({ workId: id, date: '2024-12-31', physicalProgress: 5, committed: 100_000, disbursed: 0 });
    await expect(early).rejects.toMatchObject({ params: { field: 'date', reason: 'before-start', start: '2025-01-01' } });
    await engine.saveMeasurement({ workId: id, date: '2024-12-31', physicalProgress: 0, committed: 100_000, disbursed: 0 });
    // A work that began before its planned start (its actual start) takes progress from that day.
    await engine.updateWork(id, { actualStart: '2024-12-15' });
    await engine.saveMeasurement({ workId: id, date: '2024-12-31', physicalProgress: 5, committed: 100_000, disbursed: 0 });
    expect((await engine.getWork(id)).measurements.map((m) => m.physicalProgress)).toEqual([5]);
  });

  it('refuses a later start that would leave progress measured before it; the measurements and the start stay as they were', async () => {
    // Moving the planned start past measured months left them before the work began, which the form
    // and the import refuse, and planned progress and SPI then read the months as "ahead of plan".
    const { engine, id } = await withWork();
    await engine.saveMeasurement({ workId: id, date: '2025-02-28', physicalProgress: 10, committed: 200_000, disbursed: 100_000 });
    await engine.saveMeasurement({ workId: id, date: '2025-03-31', physicalProgress: 20, committed: 300_000, disbursed: 200_000 });
    const later = engine.updateWork(id, { plannedStart: '2025-04-01' });
    await expect(later).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      params: { field: 'plannedStart', reason: 'measured-before', count: 2, first: '2025-02-28' },
    });
    expect((await engine.getWork(id)).work.plannedStart).toBe('2025-01-01');
    expect((await engine.getWork(id)).measurements).toHaveLength(2);
    // A start up to the first measured day is kept; with an actual start before it, the plan may move.
    await engine.updateWork(id, { plannedStart: '2025-02-28' });
    await engine.updateWork(id, { plannedStart: '2025-04-01', actualStart: '2025-02-01' });
    await expect(engine.updateWork(id, { actualStart: '2025-03-15' })).rejects.toMatchObject({
      params: { field: 'actualStart', reason: 'measured-before', count: 1, first: '2025-02-28' },
    });
  });

  it('refuses a measurement above the next one (progress would fall after it), unless that one is a correction', async () => {
    // A measurement typed between two others was checked against the one before only: 60 % in March
    // beside April's 50 % was kept, and the S-curve fell in April.
    const { engine, id } = await withWork();
    await engine.saveMeasurement({ workId: id, date: '2025-02-28', physicalProgress: 20, committed: 300_000, disbursed: 200_000 });
    await engine.saveMeasurement({ workId: id, date: '2025-04-30', physicalProgress: 50, committed: 600_000, disbursed: 450_000 });
    const above = engine.saveMeasurement({ workId: id, date: '2025-03-31', physicalProgress: 60, committed: 600_000, disbursed: 450_000 });
    await expect(above).rejects.toMatchObject({
      params: { field: 'physicalProgress', reason: 'progress-above-next', value: 60, next: 50, date: '2025-04-30' },
    });
    // Nor is an existing measurement raised above the next one.
    await expect(
      engine.saveMeasurement({ workId: id, date: '2025-02-28', physicalProgress: 55, committed: 300_000, disbursed: 200_000 }),
    ).rejects.toMatchObject({ params: { reason: 'progress-above-next' } });
    expect((await engine.getWork(id)).measurements.map((m) => [m.date, m.physicalProgress])).toEqual([
      ['2025-02-28', 20],
      ['2025-04-30', 50],
    ]);
    await engine.saveMeasurement({ workId: id, date: '2025-03-31', physicalProgress: 45, committed: 600_000, disbursed: 450_000 });
    // April re-measured lower, as a correction: March may then stand above it.
    await engine.saveMeasurement({
      workId: id,
      date: '2025-04-30',
      physicalProgress: 40,
      committed: 600_000,
      disbursed: 450_000,
      correction: true,
    });
    await engine.saveMeasurement({ workId: id, date: '2025-03-31', physicalProgress: 48, committed: 600_000, disbursed: 450_000 });
  });

  it('a baseline is frozen: editing the plan never changes it; comparison shows the slip', async () => {
    const { engine, id } = await withWork();
    const baseline = await engine.freezeBaseline('Baseline 2025-03');
    await expect(engine.freezeBaseline('Baseline 2025-03')).rejects.toThrow(/exists already/);
    await engine.updateWork(id, { plannedEnd: '2026-01-30', budgetPlanned: 1_250_000 });
    expect((await engine.baselineItems(baseline.id)).filter((i) => i.workCode === 'OB-1')).toEqual([
      {
        workCode: 'OB-1',
        title: 'Pavimentação',
        budgetPlanned: 1_000_000,
        plannedStart: '2025-01-01',
        plannedEnd: '2025-12-31',
        schedule: [],
      },
    ]);
    const row = (await engine.compareBaseline(baseline.id)).find((r) => r.workCode === 'OB-1');
    expect(row).toMatchObject({ endSlipDays: 30, startSlipDays: 0, budgetChange: 250_000, inBaseline: true });
    await engine.undo(); // the edit
    await engine.undo(); // the freeze
    const names = async () => (await engine.listBaselines()).map((b) => b.name).filter((n) => n === 'Baseline 2025-03');
    expect(await names()).toEqual([]);
    await engine.redo();
    expect(await names()).toEqual(['Baseline 2025-03']);
  });

  it('a monthly schedule replaces the linear plan', async () => {
    const { engine, id } = await withWork();
    await engine.setWorkSchedule(id, [
      { month: '2025-01', plannedProgress: 5 },
      { month: '2025-02', plannedProgress: 15 },
    ]);
    expect((await rowOf(engine, id, '2025-02-14'))?.plannedProgress).toBe(10);
    const curve = await engine.worksSCurve({ statusDate: '2025-02-14', workId: id });
    expect(curve.find((p) => p.month === '2025-01')?.planned).toBe(5);
  });

  it('the S-curve of the works listed (the grid as filtered) adds up only theirs', async () => {
    const engine = await newDemoEngine();
    const rows = await engine.worksPortfolio('2025-06-30');
    const [a, b] = rows;
    if (!a || !b) throw new Error('the demo has works');
    const date = '2025-06-30';
    const one = async (workId: number) => engine.worksSCurve({ statusDate: date, workId });
    const [curveA, curveB, both, all] = await Promise.all([
      one(a.id),
      one(b.id),
      engine.worksSCurve({ statusDate: date, workIds: [a.id, b.id] }),
      engine.worksSCurve({ statusDate: date }),
    ]);
    const at = (curve: typeof both, month: string) => curve.find((p) => p.month === month);
    const month = '2025-06';
    // The planned value of the two works together is each one's added up, and less than the portfolio's.
    expect(at(both, month)?.pv).toBeCloseTo((at(curveA, month)?.pv ?? 0) + (at(curveB, month)?.pv ?? 0), 6);
    expect(at(both, month)?.pv ?? 0).toBeGreaterThan(0);
    expect(at(both, month)?.pv ?? 0).toBeLessThan(at(all, month)?.pv ?? 0);
    await expect(engine.worksSCurve({ statusDate: date, workIds: [-1] })).rejects.toThrow(/workIds/);
  });
});
