import type { Connection } from '../../db/connection';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { CollaborationRepository } from './collaboration-repository';
import { InitiativeRepository, type InitiativeRow } from './initiative-repository';
import { ensureInitiativeSet } from './initiative-set';
import { combineForMerge, type MergeNotKept } from './merge-fields';

/** What a merge did beyond uniting the two. */
export interface MergeOutcome {
  notKept: MergeNotKept[];
}

/**
 * Merges `merged` into `kept`, inside the caller's transaction: municipalities, sectors, members and
 * contacts united; the kept one's empty fields filled from the merged one and its notes appended;
 * methodologies, events, exchanges and links moved; the merged one and its territory set removed.
 */
export function mergeInitiatives(conn: Connection, kept: InitiativeRow, merged: InitiativeRow, now: string): MergeOutcome {
  const repo = new InitiativeRepository(conn);
  const sets = new TerritorySetRepository(conn);
  const a = sets.get(kept.territory_set_id);
  const b = sets.get(merged.territory_set_id);
  const members = [...new Set([...(a?.members ?? []), ...(b?.members ?? [])])].sort((x, y) => x - y);
  const { columns, notKept } = combineForMerge(kept, merged);
  repo.updateMerged(kept.id, columns, now);
  new CollaborationRepository(conn).reassign(merged.id, kept.id);
  repo.delete(merged.id);
  sets.delete(merged.territory_set_id);
  ensureInitiativeSet(conn, kept.territory_set_id, kept.name, kept.code, members, now);
  return { notKept };
}
