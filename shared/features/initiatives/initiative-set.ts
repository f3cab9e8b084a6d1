import type { Connection } from '../../db/connection';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';

/** What marks a territory set as an initiative's (shown in the territories area). */
export function initiativeSetDescription(code: string): string {
  return `Iniciativa ${code} — mantido pela área Polos e iniciativas`;
}

/**
 * Creates or updates the initiative's territory set, named as the initiative so `set:<name>` finds
 * it. A name another set already has gets the code added: "<name> [<code>]".
 */
export function ensureInitiativeSet(
  conn: Connection,
  setId: number | null,
  name: string,
  code: string,
  members: readonly number[],
  now: string,
): number {
  const sets = new TerritorySetRepository(conn);
  const taken = sets.byName(name);
  const setName = taken && taken.id !== setId ? `${name} [${code}]` : name;
  const sorted = [...new Set(members)].sort((a, b) => a - b);
  if (setId !== null) {
    sets.update({ id: setId, name: setName, description: initiativeSetDescription(code), members: sorted, updatedAt: now });
    return setId;
  }
  return sets.insert({ name: setName, description: initiativeSetDescription(code), members: sorted, updatedAt: now }, now);
}
