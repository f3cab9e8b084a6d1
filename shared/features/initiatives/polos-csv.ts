import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { InitiativeRepository } from './initiative-repository';

/** DESIGN.md §10 `arranjo-polos`, every optional column included. */
export const POLOS_HEADER = ['route', 'initiative', 'territory_code', 'municipality', 'state', 'kind', 'sectors', 'notes'] as const;

/**
 * The initiatives as `arranjo-polos`: one row per (initiative, municipality), by route, initiative
 * and municipality code; sectors are the CNAE codes joined by "|".
 */
export function polosCsv(conn: Connection): CanonicalTable {
  const repository = new InitiativeRepository(conn);
  const notes = new Map(repository.rows().map((r) => [r.id, r.notes]));
  const initiatives = repository
    .summaries()
    .sort((a, b) => compareText(a.route ?? '', b.route ?? '') || compareText(a.name, b.name) || compareText(a.code, b.code));
  const rows = initiatives.flatMap((i) =>
    repository
      .memberList(i.territorySetId)
      .sort((a, b) => a.code - b.code)
      .map((m) => [i.route, i.name, m.code, m.name, m.state, i.kind, i.sectors.join('|'), notes.get(i.id) ?? null]),
  );
  return { header: POLOS_HEADER, rows };
}
