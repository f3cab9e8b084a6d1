import type { Connection } from '../../db/connection';

type SqlValue = string | number | null;
type DbRow = Record<string, SqlValue>;

/** The attraction tables an edit may touch, with their keys. Names are constants, never input. */
const KEYS = {
  attraction_plan: ['id'],
  attraction_target_sector: ['id'],
  lot: ['id'],
  prospect: ['id'],
  prospect_stage_change: ['id'],
  attraction_incentive: ['id'],
  attraction_criterion: ['id'],
  prospect_criterion_value: ['prospect_id', 'criterion_id'],
  attraction_action: ['id'],
} as const;
export type TrackedTable = keyof typeof KEYS;

/** Rows of one table selected by one column's value: what an edit may change, parents first. */
export interface Scope {
  table: TrackedTable;
  column: string;
  value: number;
}

export type Snapshot = { scope: Scope; rows: DbRow[] }[];

const keyOf = (table: TrackedTable, row: DbRow): string => KEYS[table].map((k) => String(row[k])).join('|');

/**
 * Row snapshots for undo: an edit's scopes are read before and after it, and undo/redo move the
 * rows from one state to the other by difference — update what both hold, insert what only the
 * target holds (parents first), delete what only the current holds (children first) — so foreign-key
 * cascades never remove rows the snapshot does not know about.
 */
export class SnapshotRepository {
  constructor(private readonly conn: Connection) {}

  read(scopes: readonly Scope[]): Snapshot {
    return scopes.map((scope) => ({
      scope,
      // Column names come from the constant KEYS/the callers' constants, values are bound.
      rows: this.conn.all<DbRow>(`SELECT * FROM ${scope.table} WHERE ${scope.column} = ?`, [scope.value]),
    }));
  }

  /** Brings the scoped rows from `current` to `target` (both read with the same scopes). */
  apply(current: Snapshot, target: Snapshot): void {
    const pairs = current.map((c, i) => ({ table: c.scope.table, from: c.rows, to: target[i]?.rows ?? [] }));
    for (const { table, from, to } of pairs) {
      const fromKeys = new Map(from.map((r) => [keyOf(table, r), r]));
      for (const row of to) {
        const key = keyOf(table, row);
        if (fromKeys.has(key)) this.updateRow(table, row);
        else this.insertRow(table, row);
      }
    }
    for (const { table, from, to } of [...pairs].reverse()) {
      const toKeys = new Set(to.map((r) => keyOf(table, r)));
      for (const row of from) if (!toKeys.has(keyOf(table, row))) this.deleteRow(table, row);
    }
  }

  private where(table: TrackedTable, row: DbRow): { sql: string; params: SqlValue[] } {
    const keys = KEYS[table];
    return { sql: keys.map((k) => `${k} = ?`).join(' AND '), params: keys.map((k) => row[k] ?? null) };
  }

  private insertRow(table: TrackedTable, row: DbRow): void {
    const cols = Object.keys(row);
    this.conn.run(
      `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      cols.map((c) => row[c] ?? null),
    );
  }

  private updateRow(table: TrackedTable, row: DbRow): void {
    const cols = Object.keys(row);
    const w = this.where(table, row);
    this.conn.run(`UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE ${w.sql}`, [
      ...cols.map((c) => row[c] ?? null),
      ...w.params,
    ]);
  }

  private deleteRow(table: TrackedTable, row: DbRow): void {
    const w = this.where(table, row);
    this.conn.run(`DELETE FROM ${table} WHERE ${w.sql}`, w.params);
  }
}
