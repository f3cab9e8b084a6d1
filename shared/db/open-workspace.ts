import type { SqlJsStatic } from 'sql.js';
import { ArranjoError, BACKUP_ADVICE } from '../errors';
import { Connection } from './connection';
import { LATEST_SCHEMA_VERSION, migrate, type MigrationOutcome } from './migrate';
import { hasSqliteHeader } from './sqlite-header';
import { type BadJsonCell, badJsonCells, describeBadJson } from './json-check';
import { expectedShape, schemaDifferences, shapeOf } from './schema-check';

export const WORKSPACE_APP_ID = 'arranjo';

/**
 * The full check of a workspace from anywhere (DESIGN.md §2): its foreign keys hold, and its
 * schema is exactly what its version's migrations create — no table, column or index missing, and
 * no table, index, trigger or view they did not create (a planted trigger would run inside every
 * ordinary write), and the JSON it stores is JSON of the shape its readers expect (a view would
 * otherwise fail long after opening). Anything else is refused before anything runs on it; the
 * file is not touched.
 */
function checkReceivedWorkspace(SQL: SqlJsStatic, conn: Connection, fileName: string): void {
  const where = { file: fileName };
  const version = conn.userVersion();
  if (version <= LATEST_SCHEMA_VERSION) {
    const differences = schemaDifferences(shapeOf(conn), expectedShape(SQL, version));
    if (differences.length > 0) {
      throw new ArranjoError(
        'CORRUPT_WORKSPACE',
        `${fileName} is not a workspace as Arranjo writes it: ${differences.slice(0, 3).join('; ')}${differences.length > 3 ? ` (and ${differences.length - 3} more)` : ''}. It was changed by another program or damaged; nothing was opened or written. ${BACKUP_ADVICE}`,
        where,
        { reason: 'schema' },
      );
    }
  }
  const broken = conn.all<{ table: string; rowid: number | null; parent: string }>('PRAGMA foreign_key_check');
  if (broken.length > 0) {
    const first = broken
      .slice(0, 3)
      .map((b) => `${b.rowid === null ? `a row of ${b.table}` : `${b.table} row ${b.rowid}`} points to a missing ${b.parent}`);
    throw new ArranjoError(
      'CORRUPT_WORKSPACE',
      `${fileName} has ${broken.length} broken reference${broken.length > 1 ? 's' : ''} (${first.join('; ')}). It was changed by another program or damaged; nothing was opened or written. ${BACKUP_ADVICE}`,
      where,
      { reason: 'foreign-key' },
    );
  }
  assertJsonReadable(conn, fileName);
}

function assertJsonReadable(conn: Connection, fileName: string): void {
  const json = badJsonCells(conn);
  if (json.length > 0) throw badJsonRefusal(fileName, json);
}

/** Stored JSON its readers cannot read, with the first place it is in (table.column, rowid). */
function badJsonRefusal(fileName: string, cells: BadJsonCell[]): ArranjoError {
  const [first] = cells as [BadJsonCell, ...BadJsonCell[]];
  return new ArranjoError(
    'CORRUPT_WORKSPACE',
    `${fileName} holds data Arranjo cannot read: ${cells.map(describeBadJson).join('; ')}${cells.length >= 3 ? ' (perhaps more)' : ''}. It was changed by another program or damaged; nothing was opened or written. ${BACKUP_ADVICE}`,
    { file: fileName, column: `${first.table}.${first.column}`, ...(first.rowid === null ? {} : { row: first.rowid }) },
    { reason: 'json', table: first.table, column: first.column },
  );
}

/**
 * What `integrity_check` found, said in words. Rows that break the schema's own rules (a CHECK, a
 * NOT NULL, a UNIQUE index: written with the checks off or by another program) are data, not a
 * damaged file: the JSON ones are named by table, row and column, the others by table.
 */
function integrityRefusal(conn: Connection, fileName: string, problems: string[]): ArranjoError {
  const rowRules = /^(CHECK constraint failed in|NULL value in|non-unique entry in) /;
  if (!problems.every((p) => rowRules.test(p))) return damaged(fileName, new Error(problems.join('; ')));
  let json: BadJsonCell[] = [];
  try {
    json = badJsonCells(conn);
  } catch {
    return damaged(fileName, new Error(problems.join('; ')));
  }
  if (json.length > 0) return badJsonRefusal(fileName, json);
  const shown = problems.slice(0, 3).join('; ');
  return new ArranjoError(
    'CORRUPT_WORKSPACE',
    `${fileName} holds rows that break Arranjo's rules for them (${shown}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}). It was changed by another program or damaged; nothing was opened or written. ${BACKUP_ADVICE}`,
    { file: fileName },
    { reason: 'constraint' },
  );
}

/**
 * How much of the file's structure an open verifies (issues 15 and 16).
 * - `full` (the default: every received file, on demand, before a save-as): SQLite's
 *   integrity_check, which also checks that every index holds exactly its table's rows and that
 *   UNIQUE holds. O(N log N), about eight times the quick check on a 12 MB workspace. Then the
 *   schema, foreign-key and JSON checks of `checkReceivedWorkspace`.
 * - `quick`: quick_check reads every page and checks the b-trees, free list, record formats and
 *   NOT NULL (what a truncated download, a bad copy or a failing disk breaks) in O(N); then the
 *   same schema, foreign-key and JSON checks. For an image the shell knows this installation wrote
 *   (the browser's own store, the desktop's register of electron/main/known-clean.ts) and the
 *   shipped demo. That is safe because Arranjo never writes a file in place: every save is a whole
 *   new image from SQLite (temp file, fsync, rename, .bak), so a crash or unclean close leaves the
 *   previous good image, and an index out of step with its table can only come from a program that
 *   edited the file, which changes its hash.
 * - `certified`: the shell verified that the bytes hash (SHA-256) to an image this machine's
 *   Arranjo saved after that image passed quick_check in memory (`checkBeforeSave` below), and that
 *   its last writer closed cleanly. The bytes are then exactly that checked image: quick_check
 *   would repeat the check made at save on the same bytes, so it is skipped. So are the schema and
 *   foreign-key checks: the image came from a connection that had passed them when its file was
 *   opened (or that Arranjo created), and only Arranjo changed it since — only its append-only
 *   migrations change the schema, and SQLite enforces every foreign key on every write (the bulk
 *   import turns the row checks off only after checking the parent keys as a set). The JSON check
 *   stays: it is cheap (about 10 ms on a 40 MB workspace). Measured on the 40 MB all-Brazil
 *   workspace (load ~10): quick_check 1.3 s, schema 0.2 s, foreign keys 0.3 s (0.7 s when it is
 *   the first SQLite work of the process) — `arranjo info` 1.2 s CPU in all, 3.2 s before. Any
 *   doubt (a stale lock, `--full-check`, an image not in the register) falls back to `quick` or `full`.
 */
export type IntegrityCheck = 'certified' | 'quick' | 'full';

/** Refuses a database whose structure SQLite finds damaged (the check named by `check`). */
export function assertIntact(conn: Connection, fileName: string, check: 'quick' | 'full'): void {
  const problems = structureProblems(conn, check);
  if (problems.length > 0) throw integrityRefusal(conn, fileName, problems);
}

/** What SQLite's quick_check or integrity_check finds wrong (empty: nothing). */
function structureProblems(conn: Connection, check: 'quick' | 'full'): string[] {
  const rows = conn.all<Record<string, string>>(check === 'full' ? 'PRAGMA integrity_check' : 'PRAGMA quick_check');
  return rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
}

/**
 * The workspace's file image, after SQLite's quick check of the database in memory: every image
 * Arranjo saves passed it, so a shell that finds a file's bytes hash to a saved image may open it
 * `certified` (above). A failure is Arranjo's or SQLite's fault, never the user's: nothing is
 * written, and the last saved file stays as it was. A copy, which the caller may keep or send to
 * another thread (the browser's worker, the desktop's renderer); a save in the same process writes
 * with `lendCheckedImage` instead.
 */
export function exportImage(conn: Connection): Uint8Array {
  checkBeforeSave(conn);
  return conn.export();
}

/**
 * `exportImage` without the copy, for a save in the same process (the CLI): after the same quick
 * check, the database file's bytes are lent to `write` in place (Connection.lendImage), exactly the
 * bytes that passed it (nothing runs between the check and the lend, and no statement may run
 * until `write` ends). `write` writes them and hashes them; it must not keep them.
 */
export function lendCheckedImage<T>(conn: Connection, write: (image: Uint8Array) => Promise<T>): Promise<T> {
  checkBeforeSave(conn);
  return conn.lendImage(write);
}

/** Compacts a mostly free file, then refuses (INTERNAL) an image SQLite's quick check finds damaged. */
function checkBeforeSave(conn: Connection): void {
  compactIfMostlyFree(conn);
  const problems = structureProblems(conn, 'quick');
  if (problems.length > 0) {
    throw new ArranjoError(
      'INTERNAL',
      `The open workspace failed SQLite's quick check before saving (${problems.slice(0, 3).join('; ')}); nothing was written and the last saved file is unchanged.`,
    );
  }
}

/** Free pages worth a compaction before a save: a quarter of the file, and at least 1 MiB of them. */
const COMPACT_FREE_SHARE = 0.25;
const COMPACT_MIN_FREE_BYTES = 1024 * 1024;

/**
 * Rewrites the database without its free pages (VACUUM) when they are a large part of it: a table
 * rebuilt by an upgrade (schema 13 rebuilt employment: an all-Brazil workspace kept ~62 MB of freed
 * pages beside 23 MB of data) or a large import undone. SQLite reuses free pages for later writes, so
 * a few are left alone. Best effort: should VACUUM fail (a statement in progress), the image is saved
 * as it is, still whole.
 */
function compactIfMostlyFree(conn: Connection): void {
  const size = conn.get<{ free: number; pages: number; pageSize: number }>(
    `SELECT f.freelist_count AS free, c.page_count AS pages, s.page_size AS pageSize
       FROM pragma_freelist_count() f, pragma_page_count() c, pragma_page_size() s`,
  );
  if (!size || size.free * size.pageSize < COMPACT_MIN_FREE_BYTES || size.free < size.pages * COMPACT_FREE_SHARE) return;
  try {
    conn.execScript('VACUUM');
  } catch {
    // Left for a later save: the image below is whole either way.
  }
}

/** Creates an empty workspace at the latest schema. */
export function createWorkspaceDatabase(SQL: SqlJsStatic, now: string): Connection {
  const conn = Connection.create(SQL);
  migrate(conn);
  conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?), (?, ?)', ['app', WORKSPACE_APP_ID, 'created_at', now]);
  return conn;
}

/**
 * Opens workspace bytes, refusing anything that is not a sound Arranjo workspace. Nothing is
 * written anywhere: on refusal the caller's current workspace and the file stay as they were.
 */
export function openWorkspaceDatabase(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  fileName: string,
  check: IntegrityCheck = 'full',
): { conn: Connection; migration: MigrationOutcome } {
  const where = { file: fileName };
  if (bytes.length === 0) {
    throw new ArranjoError('EMPTY_FILE', `${fileName} is empty (0 bytes): it is not an Arranjo workspace.`, where);
  }
  if (!hasSqliteHeader(bytes)) {
    // A packed file says so, whatever its name (a workspace sent compressed, a workbook renamed).
    const packed = bytes[0] === 0x1f && bytes[1] === 0x8b ? 'gzip' : bytes[0] === 0x50 && bytes[1] === 0x4b ? 'zip' : null;
    const why = packed
      ? `it is a ${packed} archive, not a SQLite database: an Arranjo workspace sent compressed unpacks to a .arranjo file; a workbook is imported, not opened`
      : 'not a SQLite database';
    throw new ArranjoError(
      'NOT_SQLITE',
      `${fileName} is not an Arranjo workspace (${why}). Choose a .arranjo file.`,
      where,
      packed ? { reason: packed } : {},
    );
  }
  let conn: Connection;
  try {
    conn = Connection.create(SQL, bytes);
  } catch (error) {
    throw damaged(fileName, error);
  }
  try {
    if (check !== 'certified') assertIntact(conn, fileName, check);
    const hasMeta = conn.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'");
    const app = hasMeta ? conn.get<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'app'") : undefined;
    if (app?.value !== WORKSPACE_APP_ID) {
      throw new ArranjoError('NOT_A_WORKSPACE', `${fileName} is a SQLite database but not an Arranjo workspace.`, where);
    }
    if (check === 'certified') assertJsonReadable(conn, fileName);
    else checkReceivedWorkspace(SQL, conn, fileName);
    const migration = migrate(conn);
    return { conn, migration };
  } catch (error) {
    conn.close();
    if (error instanceof ArranjoError) {
      error.location.file ??= fileName;
      throw error;
    }
    throw damaged(fileName, error);
  }
}

/**
 * A damaged workspace, said in words: SQLite's own ("database disk image is malformed", "*** in
 * database main *** Page 5: btreeInitPage() returns error code 11") helps no user.
 */
function damaged(fileName: string, error: unknown): ArranjoError {
  const text = error instanceof Error ? error.message : String(error);
  const what = /not a database|file is encrypted/i.test(text)
    ? 'it starts like a database but the rest is not one'
    : 'its contents are inconsistent, as when a copy or download is cut short or a disk fails';
  return new ArranjoError(
    'CORRUPT_WORKSPACE',
    `${fileName} is damaged and cannot be opened (${what}); nothing was opened or written. ${BACKUP_ADVICE}`,
    { file: fileName },
    { reason: 'damaged' },
  );
}
