import type { Connection } from '../../db/connection';
import { INITIATIVE_MEMBERS, latestPop, SET_MEMBERS } from './initiative-repository';
import type { InitiativePopulation, PopulationBasis } from './population-basis';

/** The population the registry counts for its municipalities, and what those figures are. */
export class InitiativePopulationRepository {
  constructor(private readonly conn: Connection) {}

  /** Every initiative's members, each member's latest population, and their periods and sources. */
  registry(): InitiativePopulation {
    const members = new Map<string, number[]>();
    for (const r of this.conn.all<{ initiative: string; code: number }>(
      `SELECT i.code AS initiative, m.municipality_code AS code FROM initiative i
       JOIN territory_set_member m ON m.set_id = i.territory_set_id ORDER BY i.code, m.municipality_code`,
    )) {
      const list = members.get(r.initiative) ?? [];
      list.push(r.code);
      members.set(r.initiative, list);
    }
    const rows = this.conn.all<{ code: number; pop: number; period: string; source: string }>(
      `WITH pop AS MATERIALIZED (${latestPop(INITIATIVE_MEMBERS)})
       SELECT pop.code AS code, pop.pop AS pop, pop.period AS period, vs.text AS source
       FROM pop JOIN value_source vs ON vs.id = pop.source_id ORDER BY pop.code`,
    );
    const basis = new Map<string, PopulationBasis>();
    for (const r of rows) {
      const key = JSON.stringify([r.period, r.source]);
      const b = basis.get(key) ?? { period: r.period, source: r.source, municipalities: 0 };
      b.municipalities++;
      basis.set(key, b);
    }
    return {
      members: [...members].map(([code, municipalities]) => ({ code, municipalities })),
      population: rows.map((r) => ({ code: r.code, population: r.pop })),
      basis: sortBasis([...basis.values()]),
      publisher: this.publisher(),
    };
  }

  /** The periods and sources of the population of one territory set's members (an initiative's profile). */
  basisOfSet(setId: number): PopulationBasis[] {
    return sortBasis(
      this.conn
        .all<{ period: string; source: string; n: number }>(
          `WITH pop AS MATERIALIZED (${latestPop(SET_MEMBERS)})
           SELECT pop.period AS period, vs.text AS source, count(*) AS n
           FROM pop JOIN value_source vs ON vs.id = pop.source_id GROUP BY pop.period, vs.text`,
          [setId],
        )
        .map((r) => ({ period: r.period, source: r.source, municipalities: r.n })),
    );
  }

  /** The population indicator's publisher as its catalog entry names it ("IBGE"). */
  publisher(): string | null {
    return this.conn.get<{ source: string }>("SELECT source FROM indicator WHERE code = 'POP'")?.source || null;
  }
}

/** Newest period first; within one, the source most municipalities take first. */
function sortBasis(list: PopulationBasis[]): PopulationBasis[] {
  return list.sort((a, b) => b.period.localeCompare(a.period) || b.municipalities - a.municipalities || a.source.localeCompare(b.source));
}
