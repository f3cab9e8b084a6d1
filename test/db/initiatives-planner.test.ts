import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { ArranjoError } from '../../shared/errors';
import { newDemoEngine } from '../support/node-engine';

const APICOLA = 'Polo Apícola do Norte de Minas';

async function codeOf(engine: Engine, name: string): Promise<string> {
  const found = (await engine.listInitiatives({})).find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}`);
  return found.code;
}

describe("Polos e iniciativas: the planner's edits on the demo's Rotas registry", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 180_000);

  it("names, for each MG municipality in an initiative, the initiatives it belongs to (the dashboard map's polos)", async () => {
    const byMunicipality = await engine.initiativesByMunicipality(31);
    // The same as reading every MG initiative's members from the registry and its territory sets.
    const sets = new Map((await engine.territorySets()).map((s) => [s.id, s.members]));
    const expected = new Map<number, string[]>();
    for (const i of await engine.listInitiatives({ state: 'MG' }))
      for (const code of sets.get(i.territorySetId) ?? [])
        if (Math.floor(code / 100_000) === 31) expected.set(code, [...(expected.get(code) ?? []), i.name]);
    expect(new Map(byMunicipality.map((m) => [m.code, m.initiatives]))).toEqual(expected);
    expect(byMunicipality.length).toBeGreaterThan(0);
    expect(byMunicipality.every((m) => Math.floor(m.code / 100_000) === 31)).toBe(true);
  });

  it("labels each initiative's territory set with its initiative and refuses deleting it, with the reason and the name", async () => {
    const initiatives = await engine.listInitiatives({});
    const sets = await engine.territorySets();
    const owned = sets.filter((s) => s.initiative);
    expect(owned).toHaveLength(initiatives.length);
    const apicola = initiatives.find((i) => i.name === APICOLA);
    const set = sets.find((s) => s.id === apicola?.territorySetId);
    expect(set?.initiative).toEqual({ code: apicola?.code, name: APICOLA });
    const refusal = await engine.deleteTerritorySet(set?.id ?? -1).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ArranjoError);
    expect(refusal).toMatchObject({ code: 'CONSTRAINT', params: { reason: 'initiative-owned', value: APICOLA } });
    expect((await engine.territorySets()).some((s) => s.id === set?.id)).toBe(true);
  });

  it('merges a near-duplicate only when asked: members united, one undo step brings both back', async () => {
    const pairs = await engine.initiativeNearDuplicates();
    const dp = pairs.find((p) => /\bdp\b/i.test(`${p.aName} ${p.bName}`));
    expect(dp).toBeDefined();
    if (!dp) return;
    const before = await engine.listInitiatives({});
    const a = await engine.initiativeProfile(dp.a);
    const b = await engine.initiativeProfile(dp.b);
    const union = new Set([...a.municipalityList, ...b.municipalityList].map((m) => m.code));
    const kept = await engine.mergeInitiatives(dp.a, dp.b);
    expect(kept.kept.municipalities).toBe(union.size);
    expect(await engine.listInitiatives({})).toHaveLength(before.length - 1);
    expect((await engine.initiativeNearDuplicates()).some((p) => p.a === dp.b || p.b === dp.b)).toBe(false);
    await engine.undo();
    expect(await engine.listInitiatives({})).toHaveLength(before.length);
    expect((await engine.initiativeProfile(dp.b)).municipalities).toBe(b.municipalities);
  });

  it('lists an initiative created again under the same name as an exact duplicate (not refused; undo removes both)', async () => {
    const apicola = await engine.initiativeProfile(await codeOf(engine, APICOLA));
    expect((await engine.initiativeNearDuplicates()).some((p) => p.exact)).toBe(false);
    const again = await engine.saveInitiative({
      code: 'POLO-APICOLA-DO-NORTE-DE-MINAS-2',
      name: APICOLA,
      kind: 'apl',
      municipalities: [apicola.municipalityList[0]?.code ?? 0],
    });
    const exact = (await engine.initiativeNearDuplicates()).filter((p) => p.exact);
    expect(exact).toEqual([{ a: apicola.code, aName: APICOLA, b: again.code, bName: APICOLA, exact: true }]);
    await engine.undo();
    expect((await engine.initiativeNearDuplicates()).some((p) => p.exact)).toBe(false);
  });

  it('edits governance, events, links and the methodology library, each undoable', async () => {
    const code = await codeOf(engine, APICOLA);
    const other = await codeOf(engine, (await engine.exchangeSuggestions({ code, limit: 1 })).suggestions[0]?.name ?? '');
    const p = await engine.initiativeProfile(code);
    await engine.saveInitiative({
      code,
      name: p.name,
      kind: p.kind,
      route: p.route,
      sectors: p.sectors,
      source: p.source,
      municipalities: p.municipalityList.map((m) => m.code),
      committee: 'Comitê gestor do polo',
      contacts: 'polo@example.org',
    });
    const edited = await engine.initiativeProfile(code);
    expect(edited).toMatchObject({ committee: 'Comitê gestor do polo', contacts: 'polo@example.org', municipalities: p.municipalities });
    await engine.addInitiativeEvent({ initiative: code, date: '2025-05-20', title: 'Feira do mel' });
    await engine.saveInitiativeLink({ from: code, to: other, relation: 'mesma cadeia' });
    await engine.saveMethodology({ title: 'Boas práticas apícolas', theme: 'training', usedBy: [code] });
    const full = await engine.initiativeProfile(code);
    expect(full.events.map((e) => e.title)).toEqual(['Feira do mel']);
    expect(full.links.map((l) => [l.code, l.relation])).toEqual([[other, 'mesma cadeia']]);
    expect(full.methodologies.map((m) => m.title)).toEqual(['Boas práticas apícolas']);
    for (let i = 0; i < 4; i++) await engine.undo();
    const back = await engine.initiativeProfile(code);
    expect(back).toMatchObject({ committee: p.committee, contacts: p.contacts, events: [], links: [], methodologies: [] });
  });
});
