/**
 * What the registry's population figures are. They are not the Rotas file's `pop_2022`: each
 * municipality counts its latest value of the workspace's resident-population indicator (POP), whose
 * period and source the values name (in the demo: IBGE's 2024 estimate sent to TCU).
 */
export interface PopulationBasis {
  period: string;
  /** The values' source as stored ("IBGE, estimativa da população 2024 (enviada ao TCU) — …csv"). */
  source: string;
  /** How many municipalities take their population from this period and source. */
  municipalities: number;
}

/** The registry's members and their population, for totals over any set of initiatives. */
export interface InitiativePopulation {
  /** Each initiative's member municipalities, by initiative code. */
  members: { code: string; municipalities: number[] }[];
  /** The population counted for each member municipality that has one (its latest POP value). */
  population: { code: number; population: number }[];
  basis: PopulationBasis[];
  /** The population indicator's publisher as the catalog names it ("IBGE"); null when it names none. */
  publisher: string | null;
}

/** How a population column is labelled: "População (IBGE, estimativa 2024)". */
export interface PopulationLabel {
  /** estimate / census when every source says so ("estimativa", "Censo"), other when not. */
  kind: 'estimate' | 'census' | 'other';
  /** "2024", or "2010–2024" when the municipalities' latest periods differ. */
  periods: string;
  publisher: string | null;
}

/** The label of the figures `basis` describes; null when no municipality has a population. */
export function populationLabel(basis: readonly PopulationBasis[], publisher: string | null): PopulationLabel | null {
  if (basis.length === 0) return null;
  const periods = [...new Set(basis.map((b) => b.period))].sort();
  const every = (re: RegExp) => basis.every((b) => re.test(b.source));
  const kind = every(/estimativa|estimate|estimaci[oó]n/i) ? 'estimate' : every(/\bcenso\b|\bcensus\b/i) ? 'census' : 'other';
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  return { kind, periods: first === last ? first : `${first}–${last}`, publisher: publisher?.trim() || null };
}

/** The memberships' lookups, built once per answer of the engine. */
export interface MembershipIndex {
  members: ReadonlyMap<string, readonly number[]>;
  population: ReadonlyMap<number, number>;
}

export function membershipIndex(data: Pick<InitiativePopulation, 'members' | 'population'>): MembershipIndex {
  return {
    members: new Map(data.members.map((m) => [m.code, m.municipalities])),
    population: new Map(data.population.map((p) => [p.code, p.population])),
  };
}

/**
 * What a set of initiatives spans: its distinct municipalities, and their population counted once
 * each (a municipality in two polos is one place, one population; the sum over rows counted the
 * Rotas file's 1,587 memberships, not its 1,184 municipalities). Population is null when none of
 * them has one.
 */
export function distinctMembers(
  initiativeCodes: Iterable<string>,
  index: MembershipIndex,
): { municipalities: number; memberships: number; population: number | null } {
  const seen = new Set<number>();
  let memberships = 0;
  for (const code of initiativeCodes) {
    for (const m of index.members.get(code) ?? []) {
      memberships++;
      seen.add(m);
    }
  }
  let population: number | null = null;
  for (const m of seen) {
    const p = index.population.get(m);
    if (p !== undefined) population = (population ?? 0) + p;
  }
  return { municipalities: seen.size, memberships, population };
}
