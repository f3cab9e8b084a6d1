import type { Connection } from './connection';

/** The JSON a column holds: an object, an array, or any JSON value (`null` included). */
export type JsonShape = 'object' | 'array' | 'any';

/**
 * Every column that stores JSON, with the shape its readers expect. The migrations guard most of
 * them with `CHECK (json_valid(…))`, but a received file can carry rows written with the checks off
 * (`PRAGMA ignore_check_constraints`) or by another program, and a few columns have no check at all;
 * the readers would then fail inside a view, long after the file was opened. A test keeps this list
 * in step with the `json_valid` checks of the migrations.
 */
export const JSON_COLUMNS: readonly { table: string; column: string; shape: JsonShape }[] = [
  { table: 'change_log', column: 'before', shape: 'any' },
  { table: 'change_log', column: 'after', shape: 'any' },
  { table: 'import_previous_site', column: 'before', shape: 'object' },
  { table: 'import_template', column: 'definition', shape: 'object' },
  { table: 'scenario', column: 'method_options', shape: 'object' },
  { table: 'scenario', column: 'ahp_matrix', shape: 'array' },
  { table: 'scenario_weight_set', column: 'ahp_matrix', shape: 'array' },
  { table: 'grid_view', column: 'state', shape: 'object' },
  { table: 'meeting_view', column: 'spec', shape: 'object' },
  { table: 'work_baseline_item', column: 'schedule', shape: 'array' },
  { table: 'work_import_previous', column: 'before', shape: 'object' },
  { table: 'import_previous_attraction', column: 'before', shape: 'object' },
  { table: 'initiative', column: 'sectors', shape: 'array' },
  { table: 'import_previous_initiative', column: 'before', shape: 'object' },
  { table: 'import_programme_image', column: 'before', shape: 'object' },
  // An import that deleted a programme records what it left as JSON null.
  { table: 'import_programme_image', column: 'after', shape: 'any' },
];

/** A stored JSON value that is not what its readers expect. */
export interface BadJsonCell {
  table: string;
  column: string;
  /** The row's key in words ("id 3", "batch_id 2, kind work, row_key W-1"). */
  key: string;
  /** The rowid, when the table has one (for the error's location). */
  rowid: number | null;
  problem: 'not-json' | 'wrong-shape';
  shape: JsonShape;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The stored JSON that would break a reader: text that is not JSON, or JSON of another shape than
 * the column holds (an object where an array of rows belongs). Tables or columns the workspace's
 * schema version does not have yet are skipped. At most `limit` cells are returned.
 */
export function badJsonCells(conn: Connection, limit = 3): BadJsonCell[] {
  const out: BadJsonCell[] = [];
  for (const { table, column, shape } of JSON_COLUMNS) {
    if (out.length >= limit) break;
    const columns = conn.all<{ name: string; pk: number }>('SELECT name, pk FROM pragma_table_info(?) ORDER BY pk, cid', [table]);
    if (!columns.some((c) => c.name === column)) continue;
    const withoutRowid = conn.get<{ x: number }>(
      "SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ? AND sql LIKE '%WITHOUT ROWID%'",
      [table],
    );
    const keys = columns.filter((c) => c.pk > 0).map((c) => c.name);
    const col = quote(column);
    // json_type() fails on text that is not JSON, so it only runs where json_valid() holds.
    const bad = shape === 'any' ? `NOT json_valid(${col})` : `CASE WHEN json_valid(${col}) THEN json_type(${col}) <> '${shape}' ELSE 1 END`;
    const rows = conn.all<Record<string, string | number | null>>(
      `SELECT ${withoutRowid ? 'NULL' : 'rowid'} AS _rowid, ${keys.map((k) => `${quote(k)} AS ${quote(`k_${k}`)}`).join(', ') || 'NULL AS _none'},
              json_valid(${col}) AS _valid
         FROM ${quote(table)}
        WHERE ${col} IS NOT NULL AND ${bad}
        LIMIT ?`,
      [limit - out.length],
    );
    for (const r of rows) {
      const rowid = typeof r._rowid === 'number' ? r._rowid : null;
      const key = keys.length > 0 ? keys.map((k) => `${k} ${String(r[`k_${k}`])}`).join(', ') : `row ${rowid ?? '?'}`;
      out.push({ table, column, key, rowid, problem: r._valid ? 'wrong-shape' : 'not-json', shape });
    }
  }
  return out;
}

/** One cell in words: "import_template row id 'abc', column definition, is not JSON". */
export function describeBadJson(cell: BadJsonCell): string {
  const what = cell.problem === 'not-json' ? 'is not valid JSON' : `is JSON but not ${cell.shape === 'array' ? 'an array' : 'an object'}`;
  return `${cell.table} (${cell.key}), column ${cell.column}, ${what}`;
}
