import type { Connection } from './connection';

/** The JSON a column holds: an object, an array, or any JSON value (`null` included). */
export type JsonShape = 'object' | 'array' | 'any';

/**
 * What a column's JSON must hold beyond its shape, when its reader would otherwise take a wrong
 * value for a default or fail later (a scenario's VIKOR v of "abc" read as 0.5; an AHP matrix
 * `[1, 2]` failing the workbook export): an SQL condition on the column (`c`, its quoted name) that
 * holds for good values, and the words for the message.
 */
export interface JsonContent {
  holds: (c: string) => string;
  words: string;
}

/** Scenario method options: VIKOR's `v`, when present, a number from 0 to 1. */
const METHOD_OPTIONS: JsonContent = {
  holds: (c) =>
    `(json_type(${c}, '$.v') IS NULL OR (json_type(${c}, '$.v') IN ('integer', 'real') AND json_extract(${c}, '$.v') BETWEEN 0 AND 1))`,
  words: 'method options whose v is a number from 0 to 1',
};

/**
 * A pairwise comparison matrix as AHP reads it (shared/analysis/mcda/ahp.ts): 2 to 15 rows, each
 * as long as the matrix, of positive numbers, 1 on the diagonal and reciprocal (a_ij · a_ji = 1),
 * both within AHP's tolerance of 0.01.
 */
const PAIRWISE: JsonContent = {
  holds: (c) =>
    `(json_array_length(${c}) BETWEEN 2 AND 15 AND NOT EXISTS (
       SELECT 1 FROM json_each(${c}) AS r
        WHERE r.type <> 'array' OR json_array_length(r.value) <> json_array_length(${c})
           OR EXISTS (SELECT 1 FROM json_each(r.value) AS x
                       WHERE x.type NOT IN ('integer', 'real') OR x.value <= 0
                          OR (x.key = r.key AND abs(x.value - 1) > 0.01)
                          OR (x.key <> r.key AND NOT abs(x.value * json_extract(${c}, '$[' || x.key || '][' || r.key || ']') - 1) <= 0.01))))`,
  words: 'a reciprocal pairwise comparison matrix of positive numbers (2 to 15 rows)',
};

/**
 * Every column that stores JSON, with the shape its readers expect. The migrations guard most of
 * them with `CHECK (json_valid(…))`, but a received file can carry rows written with the checks off
 * (`PRAGMA ignore_check_constraints`) or by another program, and a few columns have no check at all;
 * the readers would then fail inside a view, long after the file was opened. A test keeps this list
 * in step with the `json_valid` checks of the migrations.
 */
export const JSON_COLUMNS: readonly { table: string; column: string; shape: JsonShape; content?: JsonContent }[] = [
  { table: 'change_log', column: 'before', shape: 'any' },
  { table: 'change_log', column: 'after', shape: 'any' },
  { table: 'import_previous_site', column: 'before', shape: 'object' },
  { table: 'import_template', column: 'definition', shape: 'object' },
  { table: 'scenario', column: 'method_options', shape: 'object', content: METHOD_OPTIONS },
  { table: 'scenario', column: 'ahp_matrix', shape: 'array', content: PAIRWISE },
  { table: 'scenario_weight_set', column: 'ahp_matrix', shape: 'array', content: PAIRWISE },
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
  problem: 'not-json' | 'wrong-shape' | 'wrong-content';
  shape: JsonShape;
  /** For `wrong-content`: what the column must hold, in words. */
  content?: string;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The stored JSON that would break a reader: text that is not JSON, or JSON of another shape than
 * the column holds (an object where an array of rows belongs). Tables or columns the workspace's
 * schema version does not have yet are skipped. At most `limit` cells are returned.
 */
export function badJsonCells(conn: Connection, limit = 3): BadJsonCell[] {
  const out: BadJsonCell[] = [];
  for (const { table, column, shape, content } of JSON_COLUMNS) {
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
    const shaped = shape === 'any' ? '1' : `json_type(${col}) = '${shape}'`;
    // The content is checked only on JSON of the right shape (json_each fails on text that is not JSON).
    const good = `CASE WHEN json_valid(${col}) THEN CASE WHEN ${shaped} THEN ${content ? content.holds(col) : '1'} ELSE 0 END ELSE 0 END`;
    const bad = `NOT (${good})`;
    const rows = conn.all<Record<string, string | number | null>>(
      `SELECT ${withoutRowid ? 'NULL' : 'rowid'} AS _rowid, ${keys.map((k) => `${quote(k)} AS ${quote(`k_${k}`)}`).join(', ') || 'NULL AS _none'},
              json_valid(${col}) AS _valid, CASE WHEN json_valid(${col}) THEN ${shaped} ELSE 0 END AS _shaped
         FROM ${quote(table)}
        WHERE ${col} IS NOT NULL AND ${bad}
        LIMIT ?`,
      [limit - out.length],
    );
    for (const r of rows) {
      const rowid = typeof r._rowid === 'number' ? r._rowid : null;
      const key = keys.length > 0 ? keys.map((k) => `${k} ${String(r[`k_${k}`])}`).join(', ') : `row ${rowid ?? '?'}`;
      const problem = !r._valid ? 'not-json' : !r._shaped ? 'wrong-shape' : 'wrong-content';
      out.push({
        table,
        column,
        key,
        rowid,
        problem,
        shape,
        ...(problem === 'wrong-content' && content ? { content: content.words } : {}),
      });
    }
  }
  return out;
}

/** One cell in words: "import_template row id 'abc', column definition, is not JSON". */
export function describeBadJson(cell: BadJsonCell): string {
  const what =
    cell.problem === 'not-json'
      ? 'is not valid JSON'
      : cell.problem === 'wrong-content'
        ? `is JSON but not ${cell.content ?? 'what Arranjo wrote'}`
        : `is JSON but not ${cell.shape === 'array' ? 'an array' : 'an object'}`;
  return `${cell.table} (${cell.key}), column ${cell.column}, ${what}`;
}
