import type { BindParams, Database, SqlJsStatic, SqlValue } from 'sql.js';
import { caseKey } from '../text/fold';
import { FILE_IMAGE_METHOD } from './sql-js-file-image';

export type Row = Record<string, SqlValue>;

/**
 * The one door to SQLite. Repositories use it with bound parameters only; nothing outside
 * `shared/repositories` and `shared/db` writes SQL.
 */
export class Connection {
  private transactionDepth = 0;
  /** True while `lendImage` has lent the file's bytes: every statement is refused meanwhile. */
  private lent = false;

  constructor(private readonly database: Database) {
    database.exec('PRAGMA foreign_keys = ON');
    // casefold(x): caseKey of a text, for names and codes compared without case. `COLLATE NOCASE`
    // folds A–Z only: "SÃO JOÃO" and "são joão" were two names, a duplicate let in beside the first.
    database.create_function('casefold', (value: unknown) => (typeof value === 'string' ? caseKey(value) : value));
  }

  /** sql.js's database, once no image is lent (a statement could change the lent bytes under their reader). */
  private get db(): Database {
    if (this.lent) throw new Error('The workspace is being saved: no statement may run until its image is written.');
    return this.database;
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

  /** A copy of the database file (sql.js's export: SQLite's backup into a new array; this connection stays open). */
  export(): Uint8Array {
    return this.db.export();
  }

  /**
   * Lends the database file's bytes to `use` without copying them when sql.js shows them in place
   * (Node's loader adds that, shared/db/sql-js-file-image.ts), a copy from `export()` otherwise:
   * for the save, which writes and hashes them (issue 16: the copy cost the all-Brazil import
   * 0.1-0.3 s). In place, they are exactly the file SQLite last wrote, which is all of the database
   * outside a transaction; from `export()` they differ only in the header's change counter, schema
   * cookie and version-valid-for (offsets 24, 40, 92: SQLite's backup writes its own). While `use`
   * runs no statement may run on this connection (each throws), so the bytes cannot change under it;
   * afterwards it is as before. `use` must neither keep nor transfer the bytes (they are sql.js's).
   */
  async lendImage<T>(use: (image: Uint8Array) => Promise<T>): Promise<T> {
    const image = this.fileImage() ?? this.export();
    this.lent = true;
    try {
      return await use(image);
    } finally {
      this.lent = false;
    }
  }

  /**
   * The database file in sql.js's memory, in place, when it is the whole database: outside a
   * transaction, no rollback journal beside it, its size page_count × page_size, not in WAL mode
   * (header bytes 18-19 are 1, as `export()` writes them). Null otherwise, or when sql.js was
   * loaded without the method.
   */
  private fileImage(): Uint8Array | null {
    if (this.transactionDepth > 0) return null;
    // The method Node's loader adds to sql.js's Database (not in its types): looked up, not assumed.
    const read: unknown = (this.db as unknown as Record<string, unknown>)[FILE_IMAGE_METHOD];
    if (typeof read !== 'function') return null;
    const image: unknown = read.call(this.db);
    if (!(image instanceof Uint8Array) || image.length < 100) return null;
    const size = this.get<{ pages: number; pageSize: number }>(
      'SELECT c.page_count AS pages, s.page_size AS pageSize FROM pragma_page_count() c, pragma_page_size() s',
    );
    if (!size || image.length !== size.pages * size.pageSize || image[18] !== 1 || image[19] !== 1) return null;
    return image;
  }

  close(): void {
    this.db.close();
  }
}
