import type { Connection } from '../../../db/connection';
import { ArranjoError } from '../../../errors';
import { TerritorySetRepository } from '../../../repositories/territory-set-repository';
import { InitiativeRepository, type InitiativeRow } from '../initiative-repository';
import { ensureInitiativeSet } from '../initiative-set';
import type { InitiativeKind } from '../schemas';
import { InitiativeStore, type InitiativeRecord } from './initiative-converter';

/** What an import replaced: the initiative's row and its set as they were. */
interface Before {
  row: InitiativeRow;
  setName: string;
  members: number[];
}

/**
 * Writes an import's initiatives: new ones with their territory sets, existing ones (same code)
 * updated in place — name, route, kind, members, and sectors/notes when the file gives them; what the
 * planner entered (governance, maturity, dates) stays — with their state before kept for undo. A
 * record of an initiative merged into another (its code an alias) updates the kept one, keeping its name.
 * Returns [written, replaced].
 */
export function writeInitiatives(conn: Connection, batchId: number, store: InitiativeStore, source: string, now: string): [number, number] {
  const repo = new InitiativeRepository(conn);
  const sets = new TerritorySetRepository(conn);
  let replaced = 0;
  for (const r of store.records) {
    const existing = repo.byCode(r.code);
    if (existing) {
      const set = sets.get(existing.territory_set_id);
      const before: Before = { row: existing, setName: set?.name ?? r.name, members: set?.members ?? [] };
      repo.recordPrevious(batchId, existing.id, before, existing.batch_id);
      // Only spellings merged into this initiative name it in the file: its own name stays.
      const name = r.keepName === true ? existing.name : r.name;
      repo.update(
        existing.id,
        {
          ...rowFields(existing),
          code: existing.code,
          name,
          route: r.route,
          kind: r.kind,
          sectors: r.sectors ?? rowFields(existing).sectors,
          notes: r.notes ?? existing.notes,
          source,
        },
        now,
      );
      ensureInitiativeSet(conn, existing.territory_set_id, name, existing.code, r.members, now);
      repo.setBatch(existing.id, batchId);
      replaced++;
    } else {
      const setId = ensureInitiativeSet(conn, null, r.name, r.code, r.members, now);
      repo.insert(
        { code: r.code, name: r.name, kind: r.kind, route: r.route, country: 'BR', sectors: r.sectors ?? [], notes: r.notes, source },
        setId,
        batchId,
        now,
      );
    }
  }
  return [store.length, replaced];
}

function rowFields(row: InitiativeRow): {
  code: string;
  name: string;
  kind: InitiativeKind;
  route: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  region: string | null;
  sectors: string[];
  maturity: string | null;
  managingBody: string | null;
  committee: string | null;
  members: string | null;
  contacts: string | null;
  startedOn: string | null;
  endedOn: string | null;
  notes: string | null;
  source: string;
} {
  let sectors: string[] = [];
  try {
    sectors = (JSON.parse(row.sectors) as unknown[]).map(String);
  } catch {
    sectors = [];
  }
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as InitiativeKind,
    route: row.route,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    region: row.region,
    sectors,
    maturity: row.maturity,
    managingBody: row.managing_body,
    committee: row.committee,
    members: row.members,
    contacts: row.contacts,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    notes: row.notes,
    source: row.source,
  };
}

/** Refuses undoing a batch a later one built on, or whose new initiatives now carry the planner's work. */
export function checkInitiativesUndoable(conn: Connection, batchId: number, file: string): void {
  const repo = new InitiativeRepository(conn);
  const blockers = repo.blockingBatches(batchId);
  if (blockers.length > 0) {
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} (${file}) cannot be undone yet: later batch(es) ${blockers.join(', ')} updated some of its initiatives. Undo ${blockers.length > 1 ? 'them' : 'it'} first.`,
      { file },
      { batch: batchId, blockedBy: blockers.join(',') },
    );
  }
  const inUse = conn.all<{ code: string }>(
    `SELECT i.code FROM initiative i WHERE i.batch_id = ? AND i.id NOT IN (SELECT initiative_id FROM import_previous_initiative WHERE batch_id = ?)
       AND (EXISTS (SELECT 1 FROM initiative_exchange e WHERE e.from_id = i.id OR e.to_id = i.id)
         OR EXISTS (SELECT 1 FROM initiative_event v WHERE v.initiative_id = i.id)
         OR EXISTS (SELECT 1 FROM initiative_methodology m WHERE m.initiative_id = i.id)
         OR EXISTS (SELECT 1 FROM initiative_link l WHERE l.from_id = i.id OR l.to_id = i.id)
         OR EXISTS (SELECT 1 FROM initiative_alias a WHERE a.initiative_id = i.id))`,
    [batchId, batchId],
  );
  if (inUse.length > 0) {
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} created initiatives that now have exchanges, events, links, methodologies or initiatives merged into them (${inUse.map((r) => r.code).join(', ')}); undoing it would delete those. Remove them first.`,
      { file },
      { batch: batchId },
    );
  }
}

/** Undoes the initiatives of a batch: removes those it created, restores those it updated. Returns [removed, restored]. */
export function undoInitiatives(conn: Connection, batchId: number): [number, number] {
  const repo = new InitiativeRepository(conn);
  const sets = new TerritorySetRepository(conn);
  const previous = repo.previous(batchId);
  const updated = new Set(previous.map((p) => p.initiativeId));
  let removed = 0;
  for (const row of repo.createdBy(batchId)) {
    if (updated.has(row.id)) continue;
    repo.delete(row.id);
    sets.delete(row.territory_set_id);
    removed++;
  }
  for (const p of previous) {
    const before = JSON.parse(p.before) as Before;
    repo.restoreRow({ ...before.row, batch_id: p.prevBatchId });
    const set = sets.get(before.row.territory_set_id);
    if (set) sets.update({ ...set, name: before.setName, members: before.members, updatedAt: before.row.updated_at });
  }
  repo.forgetPrevious(batchId);
  return [removed, previous.length];
}

/** What a batch wrote, read back before it is undone (to redo it). */
export function snapshotInitiatives(conn: Connection, batchId: number): { store: InitiativeStore; source: string } {
  const repo = new InitiativeRepository(conn);
  const sets = new TerritorySetRepository(conn);
  const store = new InitiativeStore();
  let source = '';
  for (const row of repo.createdBy(batchId)) {
    source = row.source;
    const record: InitiativeRecord = {
      code: row.code,
      name: row.name,
      route: row.route,
      kind: row.kind as InitiativeKind,
      sectors: rowFields(row).sectors,
      notes: row.notes,
      members: sets.get(row.territory_set_id)?.members ?? [],
      sourceRow: 0,
    };
    store.addRecord(record);
  }
  return { store, source };
}
