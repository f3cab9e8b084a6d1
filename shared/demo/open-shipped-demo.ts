import type { SqlJsStatic } from 'sql.js';
import { Connection } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { WorkspaceInfo } from '../domain/types';

/**
 * The prebuilt demo as a shell ships it (resources/demo/): its bytes, uncompressed, and what the
 * same build recorded of them (their schema version and row counts, the engine's `info()`).
 */
export interface ShippedDemo {
  bytes: Uint8Array;
  info: WorkspaceInfo;
}

/**
 * Opens the prebuilt demo the app ships (resources/demo/) without the checks a received file gets
 * (quick_check, schema shape, foreign keys, stored JSON: about a second of a first start on a
 * laptop, several on a loaded one; issue 16). They guard against a file another program changed or
 * a copy cut short; neither can reach these bytes: the file is part of the build, equal byte for
 * byte to a fresh build that passes every check (test/db/shipped-demo.test.ts), and it arrives
 * gzip-packed, whose CRC-32 and length the unpacking verifies, so a damaged download fails there.
 * A file not at the latest schema (stale: the test above fails then) returns null and takes the
 * checked open; so does anything SQLite will not open.
 */
export function openShippedDemo(SQL: SqlJsStatic, bytes: Uint8Array): Connection | null {
  let conn: Connection | null = null;
  try {
    conn = Connection.create(SQL, bytes);
    if (conn.userVersion() === LATEST_SCHEMA_VERSION) return conn;
  } catch {
    // SQLite reads the header lazily: not a database shows here; the checked open says so in words.
  }
  conn?.close();
  return null;
}
