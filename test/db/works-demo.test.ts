import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { DEMO_BASELINE_PREFIX } from '../../shared/features/works/demo';
import { newDemoEngine } from '../support/node-engine';

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
    expect(baseline?.name.startsWith(DEMO_BASELINE_PREFIX)).toBe(true);
    const late = (await engine.compareBaseline(baseline?.id ?? 0)).find((r) => r.workCode === 'OBR-DEMO-03');
    expect(late?.endSlipDays).toBeGreaterThan(55);
    expect(late?.budgetChange).toBeCloseTo(1_380_000 - 1_380_000 / 1.08, 0);
  });

  it('refuses to delete a district that has works, naming how many (not a raw foreign-key error)', async () => {
    const betim = (await engine.listSites()).find((s) => s.municipalityCode === 3106705)!;
    const refusal = engine.deleteSite(betim.id);
    await expect(refusal).rejects.toMatchObject({ code: 'CONSTRAINT', params: { reason: 'site-in-use', works: 2 } });
    await expect(engine.deleteSite(betim.id)).rejects.toThrow(/still has 2 works/);
    expect((await engine.listSites()).some((s) => s.id === betim.id)).toBe(true);
  });
});
