import { describe, expect, it } from 'vitest';
import { newEngine } from '../support/node-engine';

const BASE = { code: 'APL-MOVEIS-UBA', name: 'APL de Móveis de Ubá', kind: 'apl' as const, municipalities: [3169901, 3152006] };

describe('editing an initiative: its dates and members', () => {
  it('refuses an end before the start, naming the field and the start, and leaves the initiative as it was', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    await engine.saveInitiative({ ...BASE, startedOn: '2024-03-01' });
    const before = await engine.initiativeProfile(BASE.code);

    const refused = await engine
      .saveInitiative({ ...BASE, municipalities: [3169901], startedOn: '2025-06-01', endedOn: '2025-01-31' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', params: { field: 'endedOn', reason: 'before-start', start: '2025-06-01' } });
    expect(await engine.initiativeProfile(BASE.code)).toEqual(before);

    // The same day, or a later one, is an initiative's life.
    await engine.saveInitiative({ ...BASE, municipalities: [3169901], startedOn: '2025-06-01', endedOn: '2025-06-01' });
    const saved = await engine.initiativeProfile(BASE.code);
    expect([saved.startedOn, saved.endedOn, saved.municipalities]).toEqual(['2025-06-01', '2025-06-01', 1]);
  }, 60_000);
});
