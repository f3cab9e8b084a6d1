import type { Connection } from './connection';

/**
 * Answers kept per connection while nothing is written to it (SQLite's total_changes() unchanged):
 * what the app asks several times in a row is read once (issue 16: the dashboard's facts about the
 * employment table, the economy analyses' values and the municipalities' names). Never kept inside a
 * transaction, whose writes may still be rolled back. At most `limit` answers per connection, the
 * latest used kept. Callers must not change what they are given.
 */
export class KeptReads<T> {
  private readonly byConnection = new WeakMap<Connection, { changes: number; byKey: Map<string, T> }>();

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  get(conn: Connection, key: string, read: () => T): T {
    if (conn.inTransaction()) return read();
    const changes = conn.totalChanges();
    let kept = this.byConnection.get(conn);
    if (kept?.changes !== changes) {
      kept = { changes, byKey: new Map() };
      this.byConnection.set(conn, kept);
    }
    if (kept.byKey.has(key)) {
      const hit = kept.byKey.get(key) as T;
      // The latest used last: the first in the map is the one to let go.
      kept.byKey.delete(key);
      kept.byKey.set(key, hit);
      return hit;
    }
    const value = read();
    kept.byKey.set(key, value);
    for (const oldest of kept.byKey.keys()) {
      if (kept.byKey.size <= this.limit) break;
      kept.byKey.delete(oldest);
    }
    return value;
  }
}
