import type { Connection } from '../../db/connection';

type Row = Record<string, string | number | null | Uint8Array>;

/** The registry's own tables, parents first (the order rows are put back in). */
const TABLES = [
  'initiative',
  'initiative_alias',
  'methodology',
  'initiative_methodology',
  'initiative_exchange',
  'initiative_link',
  'initiative_event',
] as const;

export interface RegistrySnapshot {
  tables: Record<(typeof TABLES)[number], Row[]>;
  /** The initiatives' territory sets: their rows and members. */
  sets: { row: Row; members: number[] }[];
}

/**
 * The whole registry as rows, for undo/redo of planner edits: a registry is a few hundred
 * initiatives, so putting it back whole is cheaper to get right than an inverse per kind of edit.
 * Sets are updated in place, never deleted and re-created, so nothing else that points at a set
 * (a scenario alternative) is cascaded away.
 */
export class RegistrySnapshotRepository {
  constructor(private readonly conn: Connection) {}

  capture(): RegistrySnapshot {
    const tables = {} as RegistrySnapshot['tables'];
    // Table names come from the constant above, never from input.
    for (const t of TABLES) tables[t] = this.conn.all<Row>(`SELECT * FROM ${t}`);
    const members = new Map<number, number[]>();
    for (const r of this.conn.all<{ set_id: number; code: number }>(
      'SELECT m.set_id, m.municipality_code AS code FROM territory_set_member m JOIN initiative i ON i.territory_set_id = m.set_id',
    )) {
      members.set(r.set_id, [...(members.get(r.set_id) ?? []), r.code]);
    }
    const sets = this.conn
      .all<Row & { id: number }>('SELECT t.* FROM territory_set t JOIN initiative i ON i.territory_set_id = t.id')
      .map((row) => ({ row, members: members.get(row.id) ?? [] }));
    return { tables, sets };
  }

  restore(snapshot: RegistrySnapshot): void {
    const current = this.conn.all<{ id: number }>('SELECT territory_set_id AS id FROM initiative').map((r) => r.id);
    for (const t of [...TABLES].reverse()) this.conn.run(`DELETE FROM ${t}`);
    const wanted = new Set(snapshot.sets.map((s) => Number(s.row.id)));
    for (const id of current) if (!wanted.has(id)) this.conn.run('DELETE FROM territory_set WHERE id = ?', [id]);
    for (const { row, members } of snapshot.sets) {
      this.conn.run(
        `INSERT INTO territory_set (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, updated_at = excluded.updated_at`,
        [row.id ?? null, row.name ?? '', row.description ?? '', row.created_at ?? '', row.updated_at ?? ''],
      );
      this.conn.run('DELETE FROM territory_set_member WHERE set_id = ?', [row.id ?? null]);
      this.conn.runMany(
        'INSERT INTO territory_set_member (set_id, municipality_code) VALUES (?, ?)',
        members.map((m) => [row.id ?? null, m]),
      );
    }
    for (const t of TABLES) {
      const rows = snapshot.tables[t];
      const first = rows[0];
      if (!first) continue;
      const cols = Object.keys(first);
      this.conn.runMany(
        `INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        rows.map((r) => cols.map((c) => r[c] ?? null)),
      );
    }
  }
}
