import type { Connection } from '../../db/connection';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { CollaborationRepository } from './collaboration-repository';
import { InitiativeAliasRepository } from './initiative-alias-repository';
import { InitiativeRepository, type InitiativeRow } from './initiative-repository';
import { ensureInitiativeSet } from './initiative-set';
import { combineForMerge, type MergeNotKept } from './merge-fields';

/** A move of what refers to an initiative, with how to take it back (one undo step with the merge). */
export interface ReferenceMove {
  moved: number;
  undo(): void;
  redo(): void;
}

/**
 * What another area keeps pointing at an initiative by code (a programme's actions): a merge moves it
 * to the kept initiative. The composition root (shared/engine/engine.ts) hands these to the area, so the
 * registry does not import the areas that refer to it.
 */
export interface InitiativeReferences {
  move(conn: Connection, fromCode: string, toCode: string): ReferenceMove;
  /** How many records point at the initiative (its deletion would leave them pointing at nothing). */
  count(conn: Connection, code: string): number;
}

/** What a merge did beyond uniting the two. */
export interface MergeOutcome {
  notKept: MergeNotKept[];
  moves: ReferenceMove[];
}

/**
 * Merges `merged` into `kept`, inside the caller's transaction: municipalities, sectors, members and
 * contacts united; the kept one's empty fields filled from the merged one and its notes appended;
 * methodologies, events, exchanges and links moved; what other areas point at the merged one follows;
 * the merged code remembered as an alias of the kept one (a re-import updates the kept one); the merged
 * one and its territory set removed.
 */
export function mergeInitiatives(
  conn: Connection,
  kept: InitiativeRow,
  merged: InitiativeRow,
  references: readonly InitiativeReferences[],
  now: string,
): MergeOutcome {
  const repo = new InitiativeRepository(conn);
  const sets = new TerritorySetRepository(conn);
  const a = sets.get(kept.territory_set_id);
  const b = sets.get(merged.territory_set_id);
  const members = [...new Set([...(a?.members ?? []), ...(b?.members ?? [])])].sort((x, y) => x - y);
  const { columns, notKept } = combineForMerge(kept, merged);
  repo.updateMerged(kept.id, columns, now);
  new CollaborationRepository(conn).reassign(merged.id, kept.id);
  new InitiativeAliasRepository(conn).record(merged.id, kept.id, merged.code, merged.name, now);
  const moves = references.map((r) => r.move(conn, merged.code, kept.code));
  repo.delete(merged.id);
  sets.delete(merged.territory_set_id);
  ensureInitiativeSet(conn, kept.territory_set_id, kept.name, kept.code, members, now);
  return { notKept, moves };
}
