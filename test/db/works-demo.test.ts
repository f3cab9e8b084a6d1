import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { demoBaselineName } from '../../shared/features/works/demo-text';
import { newDemoEngine, newEngine } from '../support/node-engine';

describe('the demo works portfolio', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 180_000);

  it('is 14 illustrative works in 9 of Codemig’s districts, with every colour of the grid', async () => {
    const rows = await engine.worksPortfolio();
    expect(rows).toHaveLength(14);
    expect(rows.every((r) => r.illustrative)).toBe(true);
    expect(new Set(rows.map((r) => r.siteCode)).size).toBe(9);
    const health = (code: string) => rows.find((r) => r.workCode === code)?.health;
    expect(health('OBR-DEMO-01')).toBe('completed');
    expect(health('OBR-DEMO-03')).toBe('late');
    expect(health('OBR-DEMO-04')).toBe('paralysed');
    expect(health('OBR-DEMO-02')).toBe('on-schedule');
    expect(health('OBR-DEMO-14')).toBe('not-started');
    for (const r of rows) expect(r.disbursed).toBeLessThanOrEqual(r.committed);
  });

  it('labels the source illustrative and keeps a paralysis record and a baseline with a slip', async () => {
    const paralysed = (await engine.worksPortfolio()).find((r) => r.workCode === 'OBR-DEMO-04');
    const detail = await engine.getWork(paralysed?.id ?? 0);
    expect(detail.work.source).toMatch(/^ILUSTRATIVO/);
    expect(detail.work.paralysisReason).toMatch(/ilustrativo/);
    expect(detail.work.paralysisDate).not.toBeNull();
    expect(detail.measurements.length).toBe(6);
    const [baseline] = await engine.listBaselines();
    expect(baseline?.name).toBe(demoBaselineName('2025-07').text['pt-BR']);
    const late = (await engine.compareBaseline(baseline?.id ?? 0)).find((r) => r.workCode === 'OBR-DEMO-03');
    expect(late?.endSlipDays).toBeGreaterThan(55);
    expect(late?.budgetChange).toBeCloseTo(1_380_000 - 1_380_000 / 1.08, 0);
  });

  it('is read at the day it describes, also a year later: the same story, not every work late', async () => {
    // The demo's works were planned and measured up to the day it was built (2026-01-01 in these tests).
    const later = await newEngine(() => '2026-12-05T10:00:00.000Z');
    await later.openWorkspace(await engine.exportWorkspace(), 'demo.arranjo');
    expect((await later.history()).demoDay).toBe('2026-01-01');
    const health = (rows: { workCode: string; health: string }[]) => Object.fromEntries(rows.map((r) => [r.workCode, r.health]));
    const atItsDay = health(await later.worksPortfolio());
    expect(atItsDay).toEqual(health(await engine.worksPortfolio('2026-01-01')));
    expect(Object.values(atItsDay).filter((h) => h === 'late')).toHaveLength(1);
    // Read at the later day instead, nearly every work under way would be late.
    const atLaterDay = Object.values(health(await later.worksPortfolio('2026-12-05')));
    expect(atLaterDay.filter((h) => h === 'late').length).toBeGreaterThan(8);
    // The attraction plan's deadlines and next actions too.
    const [plan] = await later.listAttractionPlans();
    const view = await later.getAttractionPlan(plan?.id ?? 0);
    expect(view.today).toBe('2026-01-01');
    expect(view.lateActions).toBe((await engine.getAttractionPlan(plan?.id ?? 0)).lateActions);
    expect(view.prospectTotals.overdue).toBe(0);
    // A planner who builds on the demo reads it at today instead: one undoable change.
    const read = await later.readAtToday();
    expect(read).toMatchObject({ demoDay: null, canUndo: true });
    expect(Object.values(health(await later.worksPortfolio())).filter((h) => h === 'late').length).toBeGreaterThan(8);
    expect((await later.getAttractionPlan(plan?.id ?? 0)).today).toBe('2026-12-05');
    // Undone, it says where: the dashboard, whose works panel names the day (the label's area).
    expect(await later.undo()).toMatchObject({ demoDay: '2026-01-01', undone: { label: 'workspace.readAtToday', area: 'dashboard' } });
    expect((await later.redo()).demoDay).toBeNull();
    // Saved and opened again, it stays read at today.
    const reopened = await newEngine(() => '2026-12-06T10:00:00.000Z');
    await reopened.openWorkspace(await later.exportWorkspace(), 'demo.arranjo');
    expect((await reopened.history()).demoDay).toBeNull();
    expect((await reopened.getAttractionPlan(plan?.id ?? 0)).today).toBe('2026-12-06');
  });

  it('leaves any other workspace at today', async () => {
    const other = await newEngine(() => '2026-12-05T10:00:00.000Z');
    await other.createWorkspace({ demo: false });
    expect((await other.history()).demoDay).toBeNull();
    const before = (await other.history()).revision;
    expect(await other.readAtToday()).toMatchObject({ demoDay: null, revision: before, canUndo: false });
  });

  it('refuses to delete a district that has works, naming how many (not a raw foreign-key error)', async () => {
    const betim = (await engine.listSites()).find((s) => s.municipalityCode === 3106705)!;
    const refusal = engine.deleteSite(betim.id);
    await expect(refusal).rejects.toMatchObject({ code: 'CONSTRAINT', params: { reason: 'site-in-use', works: 2 } });
    await expect(engine.deleteSite(betim.id)).rejects.toThrow(/still has 2 works/);
    expect((await engine.listSites()).some((s) => s.id === betim.id)).toBe(true);
  });
});
