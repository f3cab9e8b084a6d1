import type { SqlJsStatic } from 'sql.js';
import { ArranjoError } from '../errors';
import { Connection } from './connection';

/** What SQLite's quick_check or integrity_check finds wrong (empty: nothing). */
export function structureProblems(conn: Connection, check: 'quick' | 'full'): string[] {
  const rows = conn.all<Record<string, string>>(check === 'full' ? 'PRAGMA integrity_check' : 'PRAGMA quick_check');
  return rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
}

/**
 * What SQLite's quick check finds wrong in a database image, on a connection of its own that is
 * closed after (empty: nothing): the check of the very bytes a save writes. Bytes SQLite cannot
 * even open are a problem too. A Node Buffer is kept by sql.js's file system without a copy.
 */
export function imageProblems(SQL: SqlJsStatic, image: Uint8Array): string[] {
  let conn: Connection;
  try {
    conn = Connection.create(SQL, image);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  try {
    return structureProblems(conn, 'quick');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    conn.close();
  }
}

/**
 * The refusal of a save whose image failed the quick check. That is Arranjo's or SQLite's fault,
 * never the user's: nothing is written, and the last saved file stays as it was.
 */
export function failedSaveCheck(problems: string[]): ArranjoError {
  return new ArranjoError(
    'INTERNAL',
    `The open workspace failed SQLite's quick check before saving (${problems.slice(0, 3).join('; ')}); nothing was written and the last saved file is unchanged.`,
  );
}
