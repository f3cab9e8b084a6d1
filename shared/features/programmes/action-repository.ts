import type { SqlValue } from 'sql.js';
import type { Connection } from '../../db/connection';
import { toAction } from './programme-rows';
import type { Action } from './types';

export type ActionRow = Omit<Action, 'id' | 'programmeId' | 'municipalityName'>;

// The columns an edit writes, in the order of `values` (insert and update share them).
const COLUMNS = [
  'code',
  'type',
  'municipality_code',
  'start_date',
  'end_date',
  'partner',
  'participants',
  'women',
  'youth',
  'enterprises_formed',
  'enterprises_legalized',
  'notes',
  'site_id',
  'initiative_code',
] as const;

function values(a: ActionRow): SqlValue[] {
  return [
    a.code,
    a.type,
    a.municipalityCode,
    a.startDate,
    a.endDate,
    a.partner,
    a.participants,
    a.women,
    a.youth,
    a.enterprisesFormed,
    a.enterprisesLegalized,
    a.notes,
    a.siteId,
    a.initiativeCode,
  ];
}

const SELECT = 'SELECT a.*, m.name AS municipality_name FROM programme_action a LEFT JOIN municipality m ON m.code = a.municipality_code';

/** A programme's actions (and the checks an action's territory and site need). */
export class ActionRepository {
  constructor(private readonly conn: Connection) {}

  actions(programmeId: number): Action[] {
    return this.conn.all(`${SELECT} WHERE a.programme_id = ? ORDER BY a.start_date, a.code`, [programmeId]).map(toAction);
  }

  action(id: number): Action | null {
    const r = this.conn.get(`${SELECT} WHERE a.id = ?`, [id]);
    return r ? toAction(r) : null;
  }

  /**
   * The programme's action of that code up to case, as works' codes are read: "p-001" in a file or
   * the form is the action P-001 (it was a second action, and its participants were counted twice).
   */
  private idOf(programmeId: number, code: string): number | null {
    return (
      this.conn.get<{ id: number }>(
        'SELECT id FROM programme_action WHERE programme_id = ? AND casefold(code) = casefold(?) ORDER BY id LIMIT 1',
        [programmeId, code],
      )?.id ?? null
    );
  }

  /** The programme's action of that code, or null. */
  actionByCode(programmeId: number, code: string): Action | null {
    const id = this.idOf(programmeId, code);
    return id === null ? null : this.action(id);
  }

  actionCodeTaken(programmeId: number, code: string, exceptId: number | null): boolean {
    const id = this.idOf(programmeId, code);
    return id !== null && id !== exceptId;
  }

  /** Inserts the action or, when the programme has its code, updates it; its id and whether it updated. */
  upsertAction(programmeId: number, a: ActionRow, batchId: number | null = null): { id: number; updated: boolean } {
    const existing = this.idOf(programmeId, a.code);
    if (existing !== null) {
      this.conn.run(
        `UPDATE programme_action SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, batch_id = coalesce(?, batch_id) WHERE id = ?`,
        [...values(a), batchId, existing],
      );
      return { id: existing, updated: true };
    }
    this.conn.run(
      `INSERT INTO programme_action (${COLUMNS.join(', ')}, programme_id, batch_id) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
      [...values(a), programmeId, batchId],
    );
    return { id: this.conn.lastInsertId(), updated: false };
  }

  updateAction(id: number, a: ActionRow): void {
    this.conn.run(`UPDATE programme_action SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...values(a), id]);
  }

  deleteAction(id: number): void {
    this.conn.run('DELETE FROM programme_action WHERE id = ?', [id]);
  }

  /** Points the actions that serve initiative `from` at `to` (a merge of the two); the ids it moved. */
  moveInitiative(from: string, to: string): number[] {
    const ids = this.conn
      .all<{ id: number }>('SELECT id FROM programme_action WHERE initiative_code = ? COLLATE NOCASE ORDER BY id', [from])
      .map((r) => r.id);
    this.conn.runMany(
      'UPDATE programme_action SET initiative_code = ? WHERE id = ?',
      ids.map((id) => [to, id]),
    );
    return ids;
  }

  /** Sets the initiative of the given actions (undo and redo of a merge). */
  /** Actions of any programme that serve the initiative `code` (any case, as they are linked). */
  countOfInitiative(code: string): number {
    return (
      this.conn.get<{ n: number }>('SELECT count(*) AS n FROM programme_action WHERE initiative_code = ? COLLATE NOCASE', [code])?.n ?? 0
    );
  }

  setInitiative(ids: readonly number[], code: string): void {
    this.conn.runMany(
      'UPDATE programme_action SET initiative_code = ? WHERE id = ?',
      ids.map((id) => [code, id]),
    );
  }

  municipalityExists(code: number): boolean {
    return this.conn.get('SELECT 1 AS x FROM municipality WHERE code = ?', [code]) !== undefined;
  }

  siteExists(id: number): boolean {
    return this.conn.get('SELECT 1 AS x FROM site WHERE id = ?', [id]) !== undefined;
  }
}
