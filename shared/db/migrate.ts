import { ArranjoError } from '../errors';
import type { Connection } from './connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Brings a workspace to the latest schema in one transaction: either every pending migration
 * applies, or the database is left exactly as it was. The caller keeps a backup of the file
 * (the shells keep the previous version on every save).
 */
export function migrate(conn: Connection, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome {
  const from = conn.userVersion();
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new ArranjoError(
      'NEWER_SCHEMA',
      `This workspace was written by a newer version of Arranjo (schema ${from}; this version reads up to ${latest}). Update Arranjo to open it.`,
      {},
      { found: from, supported: latest },
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  try {
    // PRAGMA foreign_keys cannot change inside a transaction; migrations keep keys valid themselves.
    conn.transaction(() => {
      for (const migration of pending) {
        conn.execScript(migration.sql);
        conn.execScript(`PRAGMA user_version = ${migration.version}`);
      }
    });
  } catch (error) {
    throw new ArranjoError(
      'MIGRATION_FAILED',
      `Could not upgrade the workspace from schema ${from}: ${(error as Error).message}. The file was not changed.`,
    );
  }
  return { from, to: conn.userVersion() };
}

export { LATEST_SCHEMA_VERSION };
