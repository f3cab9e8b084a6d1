import type { BindParams, Database, SqlJsStatic, SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;

/**
 * The one door to SQLite. Repositories use it with bound parameters only; nothing outside
 * `shared/repositories` and `shared/db` writes SQL.
 */
export class Connection {
  private transactionDepth = 0;

  constructor(readonly db: Database) {
    db.exec('PRAGMA foreign_keys = ON');
  }

  static create(SQL: SqlJsStatic, bytes?: Uint8Array): Connection {
    return new Connection(bytes ? new SQL.Database(bytes) : new SQL.Database());
  }

  all<T extends Row = Row>(sql: string, params: BindParams = []): T[] {
    const rows: T[] = [];
    this.each<T>(sql, params, (row) => rows.push(row));
    return rows;
  }

  /**
   * Visits rows one at a time, without building an array: for scans of a million rows. Rows as
   * sql.js's getAsObject makes them, but with the column names read once per statement rather than
   * once per row (a third of the time of a large read, issue 16).
   */
  each<T extends Row = Row>(sql: string, params: BindParams, visit: (row: T) => void): void {
    const stmt = this.db.prepare(sql);
    try {
      stmt.bind(params);
      let names: string[] | null = null;
      while (stmt.step()) {
        names ??= stmt.getColumnNames();
        const values = stmt.get();
        const row: Row = {};
        for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i] as SqlValue;
        visit(row as T);
      }
    } finally {
      stmt.free();
    }
  }

  /** Visits rows as arrays of values in the statement's column order: the cheapest read of a large result. */
  eachValues(sql: string, params: BindParams, visit: (values: SqlValue[]) => void): void {
    const stmt = this.db.prepare(sql);
    try {
      stmt.bind(params);
      while (stmt.step()) visit(stmt.get());
    } finally {
      stmt.free();
    }
  }

  get<T extends Row = Row>(sql: string, params: BindParams = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params: BindParams = []): number {
    this.db.run(sql, params);
    return this.db.getRowsModified();
  }

  lastInsertId(): number {
    return Number(this.get<{ id: number }>('SELECT last_insert_rowid() AS id')?.id ?? 0);
  }

  /** Runs one statement for many parameter rows, prepared once. */
  runMany(sql: string, rows: Iterable<BindParams>): number {
    const stmt = this.db.prepare(sql);
    let changed = 0;
    try {
      for (const params of rows) {
        stmt.run(params);
        changed += this.db.getRowsModified();
      }
    } finally {
      stmt.free();
    }
    return changed;
  }

  /** Runs `work` in one transaction (a savepoint when nested): all of it or none of it. */
  transaction<T>(work: () => T): T {
    const savepoint = `sp${this.transactionDepth}`;
    this.db.exec(this.transactionDepth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    this.transactionDepth += 1;
    try {
      const result = work();
      this.transactionDepth -= 1;
      this.db.exec(this.transactionDepth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (error) {
      this.transactionDepth -= 1;
      this.db.exec(this.transactionDepth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
      throw error;
    }
  }

  /** True inside `transaction`: what is read there may still be rolled back. */
  inTransaction(): boolean {
    return this.transactionDepth > 0;
  }

  execScript(sql: string): void {
    this.db.exec(sql);
  }

  /**
   * Rows changed by INSERT, UPDATE or DELETE on this connection since it opened (SQLite's
   * total_changes()): any write, even one rolled back, makes it grow, so a value read at one count
   * is still current while the count is the same.
   */
  totalChanges(): number {
    return Number(this.get<{ n: number }>('SELECT total_changes() AS n')?.n ?? 0);
  }

  userVersion(): number {
    return Number(this.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
  }

  export(): Uint8Array {
    return this.db.export();
  }

  close(): void {
    this.db.close();
  }
}
