import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { newEngine } from '../support/node-engine';

// The list of territory sets reads every set's members in one statement (it read them one set at a
// time: ~80 statements in the demo). Each set must still get its own members, in code order, and
// nothing else — whatever the order the sets and their members were saved in.
describe('territory sets listed with their members', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('gives each set its own members, in code order, as reading it alone does', async () => {
    const saved = [
      { name: 'Zona da Mata (recorte)', members: [3170206, 3106200, 3136702] },
      { name: 'Alto Paranaíba', members: [3170107] },
      { name: 'Campo das Vertentes', members: [3162500, 3106200, 3118304, 3101706] },
    ];
    const ids: number[] = [];
    for (const set of saved) ids.push((await engine.saveTerritorySet(set)).id);
    const listed = await engine.territorySets();
    // In name order, each with the members it was saved with, sorted.
    expect(listed.map((s) => s.name)).toEqual(['Alto Paranaíba', 'Campo das Vertentes', 'Zona da Mata (recorte)']);
    for (const [i, set] of saved.entries()) {
      const own = listed.find((s) => s.id === ids[i]);
      expect(own?.members, set.name).toEqual([...set.members].sort((a, b) => a - b));
    }
    // A member shared by two sets is in both; a set edited later keeps its new members only.
    await engine.saveTerritorySet({ id: ids[1], name: 'Alto Paranaíba', members: [3106200, 3170107] });
    const again = await engine.territorySets();
    expect(again.find((s) => s.id === ids[1])?.members).toEqual([3106200, 3170107]);
    expect(again.filter((s) => s.members.includes(3106200)).map((s) => s.name)).toEqual([
      'Alto Paranaíba',
      'Campo das Vertentes',
      'Zona da Mata (recorte)',
    ]);
  });
});
