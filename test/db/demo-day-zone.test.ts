import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../shared/engine/engine';
import { loadSql, shippedDataSources } from '../support/node-engine';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('a demo built on the evening of a month’s last day in Brazil (`arranjo init --demo`)', () => {
  it('describes the planner’s day, not the next day in UTC: its day, plan and works are of 30 November', async () => {
    process.env.TZ = 'America/Sao_Paulo';
    // 22:30 on 30 November in Brasília: 01:30 on 1 December in UTC. The engine's own day, as the CLI's.
    const engine = createEngine({ SQL: await loadSql(), loadSources: shippedDataSources, now: () => '2026-12-01T01:30:00.000Z' });
    await engine.createWorkspace({ demo: true });
    expect((await engine.history()).demoDay).toBe('2026-11-30');
    const [plan] = await engine.listAttractionPlans();
    expect((await engine.getAttractionPlan(plan?.id ?? 0)).today).toBe('2026-11-30');
    // The works are laid out from its month: the baseline was frozen six months before November.
    const [baseline] = await engine.listBaselines();
    expect(baseline?.name).toMatch(/ 2026-05$/);
  }, 240_000);
});
