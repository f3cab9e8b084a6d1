import type { SqlJsStatic } from 'sql.js';
import { Connection } from './connection';
import { MIGRATIONS } from './migrations';

/**
 * What a workspace at a given schema version must hold, derived by running the migrations up to
 * that version on an empty in-memory database (never a hand-written list: migrations are added on
 * several branches at once). Cached per version.
 */
export interface SchemaShape {
  /** table → "name type notnull pk" per column, in order. */
  tables: Map<string, string[]>;
  /** index name → table (explicit indexes only; automatic ones follow their table). */
  indexes: Map<string, string>;
  /** trigger or view name → its normalized SQL. */
  triggers: Map<string, string>;
  views: Map<string, string>;
}

const cache = new Map<number, SchemaShape>();

const normalize = (sql: string | null): string => (sql ?? '').replace(/\s+/g, ' ').trim();

export function shapeOf(conn: Connection): SchemaShape {
  const shape: SchemaShape = { tables: new Map(), indexes: new Map(), triggers: new Map(), views: new Map() };
  const objects = conn.all<{ type: string; name: string; tbl_name: string; sql: string | null }>(
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  );
  // Every table's columns in one statement (one statement per table cost more than the rest).
  const columns = new Map<string, string[]>();
  conn.each<{ tbl: string; name: string; type: string; notnull: number; pk: number }>(
    `SELECT m.name AS tbl, p.name, p.type, p."notnull", p.pk
       FROM sqlite_master m, pragma_table_info(m.name) p
      WHERE m.type = 'table'
      ORDER BY m.name, p.cid`,
    [],
    (c) => {
      const list = columns.get(c.tbl) ?? [];
      list.push(`${c.name} ${c.type.toUpperCase()} ${c.notnull} ${c.pk}`);
      columns.set(c.tbl, list);
    },
  );
  for (const o of objects) {
    if (o.type === 'table') shape.tables.set(o.name, columns.get(o.name) ?? []);
    else if (o.type === 'index' && o.sql !== null) shape.indexes.set(o.name, o.tbl_name);
    else if (o.type === 'trigger') shape.triggers.set(o.name, normalize(o.sql));
    else if (o.type === 'view') shape.views.set(o.name, normalize(o.sql));
  }
  return shape;
}

export function expectedShape(SQL: SqlJsStatic, version: number): SchemaShape {
  let shape = cache.get(version);
  if (!shape) {
    const conn = Connection.create(SQL);
    try {
      // One transaction: sql.js keeps even an in-memory database in a file, and a commit per
      // statement made this five times slower (issue 16).
      conn.transaction(() => {
        for (const m of MIGRATIONS) if (m.version <= version) conn.execScript(m.sql);
      });
      shape = shapeOf(conn);
    } finally {
      conn.close();
    }
    cache.set(version, shape);
  }
  return shape;
}

/** How the workspace differs from what its version must be: one sentence per difference (at most a few). */
export function schemaDifferences(found: SchemaShape, expected: SchemaShape): string[] {
  const out: string[] = [];
  for (const [table, columns] of expected.tables) {
    const have = found.tables.get(table);
    if (!have) out.push(`the table ${table} is missing`);
    else if (have.join('|') !== columns.join('|')) out.push(`the table ${table} does not have the expected columns`);
  }
  for (const table of found.tables.keys()) if (!expected.tables.has(table)) out.push(`it has a table ${table} Arranjo did not create`);
  for (const [index, table] of expected.indexes) if (found.indexes.get(index) !== table) out.push(`the index ${index} is missing`);
  for (const index of found.indexes.keys()) if (!expected.indexes.has(index)) out.push(`it has an index ${index} Arranjo did not create`);
  for (const [kind, want, have] of [
    ['trigger', expected.triggers, found.triggers],
    ['view', expected.views, found.views],
  ] as const) {
    for (const [name, sql] of have) if (want.get(name) !== sql) out.push(`it has a ${kind} ${name} Arranjo did not create`);
    for (const name of want.keys()) if (!have.has(name)) out.push(`the ${kind} ${name} is missing`);
  }
  return out;
}
