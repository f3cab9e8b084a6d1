import type { SqlValue } from 'sql.js';
import type { Connection } from '../db/connection';

/** SQLite's cap on the bound variables of one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
export const SQLITE_MAX_VARIABLES = 32_766;

/**
 * Rows per multi-row INSERT. sql.js pays for every statement run (the call into WebAssembly, the
 * reset, the VDBE start), so many rows per run; past a few hundred the gain is lost in the noise.
 */
export const ROWS_PER_STATEMENT = 256;

/**
 * Per column of a multi-row INSERT: a constant shared by all rows of the statement (bound once, as
 * ?1…?k), the row's own value, or the row's value made TEXT by SQLite (codes and years bound as
 * numbers: in sql.js every bound string costs a malloc and a UTF-8 copy).
 */
export type Slot = number | 'value' | 'text';

/** How many rows one statement takes: `wanted`, or fewer when their variables would pass `limit`. */
export function rowsPerStatement(perRow: number, constants: number, wanted = ROWS_PER_STATEMENT, limit = SQLITE_MAX_VARIABLES): number {
  if (!Number.isInteger(perRow) || perRow < 1) throw new RangeError(`a row needs at least one variable (got ${perRow})`);
  const fit = Math.floor((limit - constants) / perRow);
  if (fit < 1) throw new RangeError(`one row of ${perRow} variables and ${constants} constants exceeds ${limit} variables`);
  return Math.max(1, Math.min(Math.floor(wanted), fit));
}

export interface StatementChunk {
  /** First row of the chunk, from the start of its group. */
  offset: number;
  size: number;
}

/**
 * How `count` consecutive rows of one group are cut into statements: as many full statements of
 * `max` rows as there are, then the rest in powers of two, largest first (a rest of 137 is 128, 8
 * and 1). A write of any number of groups so prepares at most one statement per size: `max` and
 * the powers of two below it.
 */
export function statementChunks(count: number, max: number): StatementChunk[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`a statement takes at least one row (got ${max})`);
  const chunks: StatementChunk[] = [];
  let offset = 0;
  for (; offset + max <= count; offset += max) chunks.push({ offset, size: max });
  let rest = count - offset;
  let size = 1;
  while (size * 2 <= rest) size *= 2;
  for (; rest > 0; size /= 2) {
    if (rest < size) continue;
    chunks.push({ offset, size });
    offset += size;
    rest -= size;
  }
  return chunks;
}

/** The number of constants (?1…?k) and of own values per row of a shape. */
export function shapeCounts(shape: readonly Slot[]): { constants: number; perRow: number } {
  let constants = 0;
  let perRow = 0;
  for (const s of shape) {
    if (typeof s === 'number') constants = Math.max(constants, s);
    else perRow++;
  }
  return { constants, perRow };
}

/**
 * `(?k+1, ?1, CAST(?k+2 AS TEXT), …), (…)` for `rows` rows: each row refers to the shared constants
 * (?1…?k) by number, and its own values follow them in order.
 */
export function valuesSql(shape: readonly Slot[], rows: number): string {
  const { constants, perRow } = shapeCounts(shape);
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    let next = constants + r * perRow;
    const cells = shape.map((s) => (typeof s === 'number' ? `?${s}` : s === 'text' ? `CAST(?${++next} AS TEXT)` : `?${++next}`));
    tuples.push(`(${cells.join(', ')})`);
  }
  return tuples.join(', ');
}

export interface BulkInsertSpec {
  /** `INSERT INTO t (a, b, …)` */
  head: string;
  /** What follows the VALUES rows (an ON CONFLICT clause), or ''. */
  tail: string;
  shape: readonly Slot[];
}

/**
 * The rows to write, by position, in write order: read from the import's column stores without
 * an object or an array per row. Rows of one group (same constants) are consecutive.
 */
export interface BulkRows {
  readonly length: number;
  /** Whether row i has the constants of row i - 1. */
  sameGroup(i: number): boolean;
  /** Writes the constants of row i's group at out[0…k). */
  constants(i: number, out: SqlValue[]): void;
  /** Writes row i's own values at out[at…], in the shape's order. */
  values(i: number, out: SqlValue[], at: number): void;
}

/**
 * Writes every row with multi-row INSERTs and bound parameters: one prepared statement per chunk
 * size (see `statementChunks`), one parameter array per size refilled for each run. Full chunks go
 * first, in row order (rows sorted like the table's key append to its B-tree); the few rows left at
 * the end of each group follow. Returns the rows changed.
 */
export function bulkInsert(conn: Connection, spec: BulkInsertSpec, rows: BulkRows, wanted = ROWS_PER_STATEMENT): number {
  const { constants, perRow } = shapeCounts(spec.shape);
  const max = rowsPerStatement(perRow, constants, wanted);
  const startsBySize = new Map<number, number[]>();
  let groupStart = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows.sameGroup(i)) continue;
    for (const chunk of statementChunks(i - groupStart, max)) {
      let starts = startsBySize.get(chunk.size);
      if (!starts) startsBySize.set(chunk.size, (starts = []));
      starts.push(groupStart + chunk.offset);
    }
    groupStart = i;
  }
  let changed = 0;
  for (const size of [...startsBySize.keys()].sort((a, b) => b - a)) {
    const starts = startsBySize.get(size) ?? [];
    const params = new Array<SqlValue>(constants + size * perRow).fill(null);
    changed += conn.runMany(
      `${spec.head} VALUES ${valuesSql(spec.shape, size)} ${spec.tail}`,
      (function* () {
        for (const start of starts) {
          rows.constants(start, params);
          for (let r = 0; r < size; r++) rows.values(start + r, params, constants + r * perRow);
          // The same array each time: runMany binds it before asking for the next one.
          yield params;
        }
      })(),
    );
  }
  return changed;
}
