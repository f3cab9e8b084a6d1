import type { Connection } from '../db/connection';
import type { TerritorySet } from '../domain/types';
import { byName } from '../text/name-order';

interface SetDbRow extends Record<string, string | number | null> {
  id: number;
  name: string;
  description: string;
  updated_at: string;
  initiative_code: string | null;
  initiative_name: string | null;
}

/** A set and, when an initiative owns it (its municipalities), that initiative. */
const SELECT_SET = `SELECT s.id, s.name, s.description, s.updated_at, i.code AS initiative_code, i.name AS initiative_name
  FROM territory_set s LEFT JOIN initiative i ON i.territory_set_id = s.id`;

/** Custom territories: named sets of municipalities. */
export class TerritorySetRepository {
  constructor(private readonly conn: Connection) {}

  private members(id: number): number[] {
    return this.conn
      .all<{ code: number }>('SELECT municipality_code AS code FROM territory_set_member WHERE set_id = ? ORDER BY municipality_code', [id])
      .map((r) => r.code);
  }

  private toSet(r: SetDbRow, members: number[] = this.members(r.id)): TerritorySet {
    const initiative =
      r.initiative_code !== null && r.initiative_name !== null ? { code: r.initiative_code, name: r.initiative_name } : null;
    return { id: r.id, name: r.name, description: r.description, members, updatedAt: r.updated_at, initiative };
  }

  /**
   * Every set with its members, read in two statements: one per set took ~80 statements in the demo
   * (its initiatives' sets), ~0.2 s of the engine's time on every list (issue 16).
   */
  list(): TerritorySet[] {
    const members = new Map<number, number[]>();
    this.conn.eachValues(
      'SELECT set_id, municipality_code FROM territory_set_member ORDER BY set_id, municipality_code',
      [],
      ([setId, code]) => {
        const list = members.get(Number(setId));
        if (list) list.push(Number(code));
        else members.set(Number(setId), [Number(code)]);
      },
    );
    return byName(this.conn.all<SetDbRow>(SELECT_SET), (r) => r.name).map((r) => this.toSet(r, members.get(r.id) ?? []));
  }

  get(id: number): TerritorySet | undefined {
    const row = this.conn.get<SetDbRow>(`${SELECT_SET} WHERE s.id = ?`, [id]);
    return row ? this.toSet(row) : undefined;
  }

  /** Names compare without case, every letter's (casefold: "SÃO JOÃO" is "são joão"); the name as written first. */
  byName(name: string): TerritorySet | undefined {
    const trimmed = name.trim();
    const row = this.conn.get<SetDbRow>(`${SELECT_SET} WHERE casefold(s.name) = casefold(?) ORDER BY s.name IS NOT ?, s.id`, [
      trimmed,
      trimmed,
    ]);
    return row ? this.toSet(row) : undefined;
  }

  /** Inserts a set; `id` restores a deleted one under its old id (undo). */
  insert(set: Omit<TerritorySet, 'id'> & { id?: number }, createdAt: string): number {
    this.conn.run('INSERT INTO territory_set (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
      set.id ?? null,
      set.name,
      set.description,
      createdAt,
      set.updatedAt,
    ]);
    const id = set.id ?? this.conn.lastInsertId();
    this.replaceMembers(id, set.members);
    return id;
  }

  update(set: TerritorySet): void {
    this.conn.run('UPDATE territory_set SET name = ?, description = ?, updated_at = ? WHERE id = ?', [
      set.name,
      set.description,
      set.updatedAt,
      set.id,
    ]);
    this.replaceMembers(set.id, set.members);
  }

  private replaceMembers(id: number, members: readonly number[]): void {
    this.conn.run('DELETE FROM territory_set_member WHERE set_id = ?', [id]);
    this.conn.runMany(
      'INSERT INTO territory_set_member (set_id, municipality_code) VALUES (?, ?)',
      members.map((code) => [id, code]),
    );
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM territory_set WHERE id = ?', [id]);
  }

  /** Which of these codes are not municipalities. */
  unknownMunicipalities(codes: readonly number[]): number[] {
    const known = new Set(this.conn.all<{ code: number }>('SELECT code FROM municipality').map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }
}
