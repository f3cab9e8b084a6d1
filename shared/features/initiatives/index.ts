import type { Connection } from '../../db/connection';
import type { EngineContext } from '../../engine/engine-context';
import type { InitiativesApi } from './api';

export type { InitiativesApi };
export type { InitiativeReferences, ReferenceMove } from './initiative-merge';
import type { InitiativeReferences } from './initiative-merge';
import { InitiativeAliasRepository } from './initiative-alias-repository';
import { InitiativeRepository } from './initiative-repository';
import { InitiativeService } from './initiative-service';
import { InitiativePopulationRepository } from './population-repository';
import { stateCodeSchema } from '../../domain/schemas';
import { parseInput } from '../../rpc/validate';
import type { CanonicalLayoutName, CanonicalWriter } from '../../export/canonical-layouts';
import { polosCsv } from './polos-csv';

/**
 * The engine's Polos e iniciativas area; `references` are what other areas point at an initiative by
 * code (a merge moves them to the kept initiative).
 */
export function initiativesArea(ctx: EngineContext, references: readonly InitiativeReferences[] = []): InitiativesApi {
  const area = (): InitiativeService => new InitiativeService(ctx.db(), ctx.changes(), ctx.now, references);
  return {
    listInitiatives: async (filter) => area().list(filter),
    initiativesByMunicipality: async (stateCode) =>
      new InitiativeRepository(ctx.db()).byMunicipality(parseInput(stateCodeSchema, stateCode, 'stateCode')),
    initiativePopulation: async () => new InitiativePopulationRepository(ctx.db()).registry(),
    initiativeProfile: async (code) => area().profile(code),
    saveInitiative: async (input) => area().save(input),
    deleteInitiative: async (code) => area().delete(code),
    mergeInitiatives: async (kept, merged) => area().merge(kept, merged),
    initiativeNearDuplicates: async () => area().nearDuplicates(),
    exchangeSuggestions: async (query) => area().suggestions(query),
    methodologies: async () => area().methodologies(),
    saveMethodology: async (input) => area().saveMethodology(input),
    deleteMethodology: async (id) => area().deleteMethodology(id),
    initiativeExchanges: async (code) => area().exchanges(code),
    saveExchange: async (input) => area().saveExchange(input),
    deleteExchange: async (id) => area().deleteExchange(id),
    addInitiativeEvent: async (input) => area().addEvent(input),
    deleteInitiativeEvent: async (id) => area().deleteEvent(id),
    saveInitiativeLink: async (input) => area().saveLink(input),
    deleteInitiativeLink: async (from, to) => area().deleteLink(from, to),
  };
}
export { initiativesImportTargets } from './import/import-targets';

/**
 * The registry's initiatives by code, lower-cased (codes are matched regardless of case), with the
 * code as registered and the name: what a programme's action links to (issue 12). The code of an
 * initiative merged into another leads to the one it was merged into.
 */
export function initiativeCodes(conn: Connection): Map<string, { code: string; name: string }> {
  const out = new Map<string, { code: string; name: string }>();
  for (const a of new InitiativeAliasRepository(conn).all().values()) out.set(a.alias.toLowerCase(), { code: a.code, name: a.name });
  for (const r of new InitiativeRepository(conn).rows()) out.set(r.code.toLowerCase(), { code: r.code, name: r.name });
  return out;
}

/** The registry's polos and their municipalities as §10's `arranjo-polos` (`arranjo export --csv`, Import/Export). */
export const initiativesCsvLayouts: Partial<Record<CanonicalLayoutName, CanonicalWriter>> = {
  'arranjo-polos': polosCsv,
};
