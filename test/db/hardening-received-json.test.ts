import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { JSON_COLUMNS } from '../../shared/db/json-check';
import { openWorkspaceDatabase } from '../../shared/db/open-workspace';
import { MIGRATIONS } from '../../shared/db/migrations';
import { ArranjoError } from '../../shared/errors';
import { cli } from '../support/cli';

/**
 * A received workspace whose JSON columns hold what their readers cannot read — rows written with
 * the CHECKs off (`PRAGMA ignore_check_constraints`), or into a column that has none — is refused
 * on open, naming table, row and column, instead of failing later inside a view (issue 15 #7).
 */
describe('received workspaces: the JSON they store is checked on open', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-received-json-'));
  const demo = path.join(dir, 'demo.arranjo');
  let pristine: Uint8Array;

  beforeAll(async () => {
    expect((await cli('init', demo, '--demo')).status).toBe(0);
    pristine = new Uint8Array(readFileSync(demo));
  }, 120_000);

  /** The demo workspace, changed by hand with the CHECK constraints off. */
  async function corrupted(name: string, sql: string): Promise<string> {
    const SQL = await initSqlJs();
    const db: Database = new SQL.Database(pristine);
    db.exec(`PRAGMA ignore_check_constraints = ON; ${sql}`);
    const file = path.join(dir, name);
    writeFileSync(file, db.export());
    db.close();
    return file;
  }

  async function refusedUntouched(file: string, pattern: RegExp): Promise<string> {
    const before = readFileSync(file);
    const r = await cli('info', file, '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at |SyntaxError|JSON\.parse/);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    return r.err;
  }

  it('the demo workspace, with JSON in some of these columns, opens', async () => {
    const SQL = await initSqlJs();
    const conn = Connection.create(SQL, pristine);
    const filled = JSON_COLUMNS.filter(
      ({ table, column }) => conn.get<{ n: number }>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" IS NOT NULL`)!.n > 0,
    );
    conn.close();
    expect(filled.map((c) => `${c.table}.${c.column}`)).toEqual(
      expect.arrayContaining(['work_baseline_item.schedule', 'initiative.sectors']),
    );
    expect((await cli('info', demo, '--format', 'json')).status).toBe(0);
  });

  it('a saved import template whose definition is not JSON: refused, naming table, row and column', async () => {
    const file = await corrupted(
      'template.arranjo',
      `INSERT INTO import_template (id, label, target, definition, created_at, updated_at)
       VALUES ('quebrado', 'Quebrado', 'employment', '{"columns": [', '2026-01-01', '2026-01-01')`,
    );
    await refusedUntouched(
      file,
      /template\.arranjo holds data Arranjo cannot read: import_template \(id quebrado\), column definition, is not valid JSON/,
    );
  });

  it('the engine error carries the place for the UI (file, table.column, row)', async () => {
    const SQL = await initSqlJs();
    const file = await corrupted(
      'grid.arranjo',
      `INSERT INTO grid_view (id, grid_id, name, state, updated_at) VALUES (77, 'sites', 'Minha', 'not json', '2026-01-01')`,
    );
    let caught: unknown;
    try {
      openWorkspaceDatabase(SQL, new Uint8Array(readFileSync(file)), 'grid.arranjo');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArranjoError);
    const e = caught as ArranjoError;
    expect(e.code).toBe('CORRUPT_WORKSPACE');
    expect(e.location).toEqual({ file: 'grid.arranjo', column: 'grid_view.state', row: 77 });
    expect(e.params).toMatchObject({ reason: 'json', table: 'grid_view', column: 'state' });
  });

  it('valid JSON of the wrong shape (an AHP matrix that is an object) is refused too', async () => {
    const file = await corrupted(
      'ahp.arranjo',
      `INSERT INTO scenario (id, name, method, weight_origin, ahp_matrix, created_at, updated_at)
       VALUES (5, 'Polos', 'wsm', 'ahp', '{"a": 1}', '2026-01-01', '2026-01-01')`,
    );
    await refusedUntouched(file, /scenario \(id 5\), column ahp_matrix, is JSON but not an array/);
  });

  it('scenario method options of a wrong shape are refused, not read as the default v = 0.5', async () => {
    const insert = (id: number, options: string) =>
      `INSERT INTO scenario (id, name, method, method_options, created_at, updated_at)
       VALUES (${id}, 'Vikor ${id}', 'vikor', '${options}', '2026-01-01', '2026-01-01');`;
    for (const [i, options] of ['{"v": "abc"}', '{"v": 7}', '{"v": null}', '{"v": [0.3]}'].entries()) {
      const file = await corrupted(`options-${i}.arranjo`, insert(40 + i, options));
      await refusedUntouched(
        file,
        new RegExp(`scenario \\(id ${40 + i}\\), column method_options, is JSON but not method options whose v is a number from 0 to 1`),
      );
    }
    // Options as Arranjo writes them (and none at all) open.
    const fine = await corrupted('options-ok.arranjo', insert(50, '{"v": 0.25}') + insert(51, '{}') + insert(52, '{"v": 1}'));
    expect((await cli('info', fine, '--format', 'json')).status).toBe(0);
  });

  it('an AHP matrix that is an array but not a reciprocal square matrix of positive numbers is refused', async () => {
    const bad = [
      '[1, 2]',
      '[[1, 2], [0.5]]',
      '[[1, "3"], [0.333, 1]]',
      '[[1, 3], [3, 1]]',
      '[[2, 3], [0.3333, 1]]',
      '[[1, -1], [-1, 1]]',
      '[[1]]',
    ];
    for (const [i, matrix] of bad.entries()) {
      const file = await corrupted(
        `matrix-${i}.arranjo`,
        `INSERT INTO scenario (id, name, method, weight_origin, ahp_matrix, created_at, updated_at)
         VALUES (60, 'Polos', 'wsm', 'ahp', '${matrix}', '2026-01-01', '2026-01-01')`,
      );
      await refusedUntouched(file, /scenario \(id 60\), column ahp_matrix, is JSON but not a reciprocal pairwise comparison matrix/);
    }
    const set = await corrupted(
      'set-matrix.arranjo',
      `INSERT INTO scenario (id, name, method, created_at, updated_at) VALUES (61, 'Polos', 'wsm', '2026-01-01', '2026-01-01');
       INSERT INTO scenario_weight_set (scenario_id, position, name, ahp_matrix) VALUES (61, 0, 'FIEMG', '[[1, 2], [2, 1]]');`,
    );
    await refusedUntouched(set, /scenario_weight_set \(scenario_id 61, position 0\), column ahp_matrix, is JSON but not a reciprocal/);
    // Judgements typed to three decimals (0.333 for 1/3) are reciprocal within AHP's tolerance: they open.
    const fine = await corrupted(
      'matrix-ok.arranjo',
      `INSERT INTO scenario (id, name, method, weight_origin, ahp_matrix, created_at, updated_at)
       VALUES (62, 'Polos', 'wsm', 'ahp', '[[1, 3, 0.5], [0.333, 1, 0.25], [2, 4, 1]]', '2026-01-01', '2026-01-01')`,
    );
    expect((await cli('info', fine, '--format', 'json')).status).toBe(0);
  });

  it('a column without a CHECK (a works baseline schedule)', async () => {
    const file = await corrupted(
      'baseline.arranjo',
      `UPDATE work_baseline_item SET schedule = '[["2026-01", 10]' WHERE baseline_id = (SELECT min(baseline_id) FROM work_baseline_item)`,
    );
    await refusedUntouched(file, /work_baseline_item \(baseline_id \d+, work_code [^)]+\), column schedule, is not valid JSON/);
  });

  it('an initiative whose sectors are not a list', async () => {
    const file = await corrupted('sectors.arranjo', `UPDATE initiative SET sectors = '"C10"' WHERE id = (SELECT min(id) FROM initiative)`);
    await refusedUntouched(file, /initiative \(id \d+\), column sectors, is JSON but not an array/);
  });

  it('lists every column the migrations guard with json_valid()', () => {
    const guarded = new Set<string>();
    for (const m of MIGRATIONS) {
      for (const table of m.sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\)/g)) {
        const name = table[1]!.replace(/_v\d+$/, '');
        for (const c of table[2]!.matchAll(/json_valid\((\w+)\)/g)) guarded.add(`${name}.${c[1]}`);
      }
    }
    const listed = new Set(JSON_COLUMNS.map((c) => `${c.table}.${c.column}`));
    expect([...guarded].filter((c) => !listed.has(c))).toEqual([]);
    expect(guarded.size).toBeGreaterThanOrEqual(11);
  });
});
