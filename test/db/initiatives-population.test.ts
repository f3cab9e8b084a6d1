import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { distinctMembers, membershipIndex, populationLabel } from '../../shared/features/initiatives/population-basis';
import { newDemoEngine } from '../support/node-engine';

const MONTES_CLAROS = 3143302;
const POP_2024 = 'IBGE, estimativa da população 2024 (enviada ao TCU) — poptcu2010-2022_2024.csv';

/**
 * The registry's totals and population column on the demo's Rotas polos: a municipality in several
 * polos counts once, and the population is said to be what it is (IBGE's 2024 estimate, the latest
 * value of the workspace's POP indicator), not the Rotas file's 2022 Census figure.
 */
describe('Polos e iniciativas: distinct municipalities and the population they are counted with', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  }, 180_000);

  it('totals 1,184 distinct municipalities for the 1,587 memberships, each population once (121 for the 7 MG polos)', async () => {
    const data = await engine.initiativePopulation();
    const index = membershipIndex(data);
    const all = await engine.listInitiatives({});
    const total = distinctMembers(
      all.map((i) => i.code),
      index,
    );
    // The sum over rows the grid showed: 1,587 "municipalities", ~82 M inhabitants.
    expect(all.reduce((s, i) => s + i.municipalities, 0)).toBe(1587);
    expect(total).toEqual({ municipalities: 1184, memberships: 1587, population: 53_658_980 });
    const mg = await engine.listInitiatives({ state: 'MG' });
    expect(mg).toHaveLength(7);
    const mgTotal = distinctMembers(
      mg.map((i) => i.code),
      index,
    );
    expect(mg.reduce((s, i) => s + i.municipalities, 0)).toBe(203);
    expect(mgTotal).toEqual({ municipalities: 121, memberships: 203, population: 6_688_663 });
    // Each initiative's own row is its members' population, as the summary gives it.
    for (const i of all) expect(distinctMembers([i.code], index).population).toBe(i.population);
  });

  it("names the population's period and source: IBGE's 2024 estimate (Montes Claros 434,321, not the file's 411,752)", async () => {
    const data = await engine.initiativePopulation();
    expect(data.basis).toEqual([{ period: '2024', source: POP_2024, municipalities: 1184 }]);
    expect(data.publisher).toBe('IBGE');
    expect(data.population.find((p) => p.code === MONTES_CLAROS)?.population).toBe(434_321);
    expect(populationLabel(data.basis, data.publisher)).toEqual({ kind: 'estimate', periods: '2024', publisher: 'IBGE' });
    const apicola = (await engine.listInitiatives({})).find((i) => i.name === 'Polo Apícola do Norte de Minas');
    const profile = await engine.initiativeProfile(apicola?.code ?? '');
    expect(profile.populationBasis).toEqual({ basis: [{ period: '2024', source: POP_2024, municipalities: 54 }], publisher: 'IBGE' });
    expect(profile.municipalityList.find((m) => m.code === MONTES_CLAROS)?.population).toBe(434_321);
  });
});
