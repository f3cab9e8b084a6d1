import type { Connection } from '../db/connection';

export interface ChangeEntry {
  at: string;
  entity: string;
  entityId: string;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

/** Audit trail of user edits (before/after images), kept in the workspace file. */
export class ChangeLogRepository {
  constructor(private readonly conn: Connection) {}

  append(entry: ChangeEntry): void {
    this.conn.run('INSERT INTO change_log (at, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?)', [
      entry.at,
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ]);
  }
}
