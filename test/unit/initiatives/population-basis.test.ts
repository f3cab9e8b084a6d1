import { describe, expect, it } from 'vitest';
import { distinctMembers, membershipIndex, populationLabel } from '../../../shared/features/initiatives/population-basis';

describe("the registry's population: distinct municipalities, and what the figures are", () => {
  // Montes Claros (3143302) is in the Apícola and the Pescado polos: one place, one population.
  const index = membershipIndex({
    members: [
      { code: 'APICOLA', municipalities: [3143302, 3100104] },
      { code: 'PESCADO', municipalities: [3143302, 3101102] },
      { code: 'SEM-POP', municipalities: [9999999] },
    ],
    population: [
      { code: 3143302, population: 434_321 },
      { code: 3100104, population: 6_000 },
      { code: 3101102, population: 10_000 },
    ],
  });

  it('counts a municipality in several initiatives once, and its population once', () => {
    expect(distinctMembers(['APICOLA', 'PESCADO'], index)).toEqual({ municipalities: 3, memberships: 4, population: 450_321 });
    expect(distinctMembers(['PESCADO'], index)).toEqual({ municipalities: 2, memberships: 2, population: 444_321 });
    // A municipality without a population counts as a municipality, not as 0 inhabitants.
    expect(distinctMembers(['SEM-POP'], index)).toEqual({ municipalities: 1, memberships: 1, population: null });
    expect(distinctMembers(['SEM-POP', 'APICOLA'], index)).toEqual({ municipalities: 3, memberships: 3, population: 440_321 });
    expect(distinctMembers([], index)).toEqual({ municipalities: 0, memberships: 0, population: null });
  });

  it('labels the figures by their period and kind, as their sources say', () => {
    const estimate = { period: '2024', source: 'IBGE, estimativa da população 2024 (enviada ao TCU) — poptcu.csv', municipalities: 5 };
    const census = { period: '2022', source: 'IBGE, Censo Demográfico 2022 — população total', municipalities: 2 };
    const own = { period: '2023', source: 'pop_municipios.xlsx, Plan1', municipalities: 1 };
    expect(populationLabel([estimate], 'IBGE')).toEqual({ kind: 'estimate', periods: '2024', publisher: 'IBGE' });
    expect(populationLabel([census], ' ')).toEqual({ kind: 'census', periods: '2022', publisher: null });
    expect(populationLabel([estimate, census], 'IBGE')).toEqual({ kind: 'other', periods: '2022–2024', publisher: 'IBGE' });
    expect(populationLabel([own], null)).toEqual({ kind: 'other', periods: '2023', publisher: null });
    expect(populationLabel([], 'IBGE')).toBeNull();
  });
});
