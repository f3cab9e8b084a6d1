import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { Connection } from '../../shared/db/connection';
import { commitImport, reapplyImport, type BatchMeta } from '../../shared/import/commit';
import { EmploymentStore } from '../../shared/import/targets/employment-store';
import { IndicatorStore } from '../../shared/import/targets/indicator-store';
import { CsvSource } from '../../shared/import/read/csv-source';
import { BatchRepository } from '../../shared/repositories/batch-repository';
import { bulkInsert, type BulkRows } from '../../shared/repositories/import-bulk-insert';
import { ImportWriteRepository, type EmploymentWrite } from '../../shared/repositories/import-write-repository';
import { IndicatorRepository } from '../../shared/repositories/indicator-repository';
import { utf8 } from '../support/files';
import { loadSql, newEngine } from '../support/node-engine';

/**
 * The bulk write of an import: multi-row statements, parent keys checked as a set with SQLite's
 * row checks off, the indicator index rebuilt after a large write — and still all or nothing.
 */
let SQL: SqlJsStatic;
let workspace: Uint8Array;
let municipalities: number[];
let cnaeClasses: string[];

beforeAll(async () => {
  SQL = await loadSql();
  const engine = await newEngine();
  await engine.createWorkspace({ demo: false });
  workspace = await engine.exportWorkspace();
  const conn = engine.connection();
  municipalities = conn.all<{ code: number }>('SELECT code FROM municipality ORDER BY code').map((r) => r.code);
  cnaeClasses = conn.all<{ code: string }>("SELECT code FROM classification WHERE scheme = 'cnae-class' ORDER BY code").map((r) => r.code);
}, 120_000);

function open(): Connection {
  return Connection.create(SQL, workspace.slice());
}

function foreignKeys(conn: Connection): number {
  return Number(conn.get<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys);
}

function indexes(conn: Connection, table: string): string[] {
  return conn
    .all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name", [table])
    .map((r) => r.sql);
}

const META: BatchMeta = {
  sourceFile: 'teste.csv',
  sheet: null,
  target: 'employment',
  template: null,
  mapping: '{}',
  importedAt: '2026-01-01T00:00:00.000Z',
  source: 'teste.csv',
};

function employmentStore(count: number, options: { years?: number; territory?: number } = {}): EmploymentStore {
  const store = new EmploymentStore();
  const years = options.years ?? 1;
  for (let i = 0; store.length < count; i++) {
    store.add({
      territoryCode: options.territory ?? municipalities[i % municipalities.length] ?? 0,
      classification: 'cnae-class',
      sectorCode: cnaeClasses[Math.floor(i / municipalities.length) % cnaeClasses.length] ?? '',
      year: 2010 + (Math.floor(i / (municipalities.length * cnaeClasses.length)) % years),
      measure: i % 7 === 0 ? 'payroll' : 'jobs',
      value: i % 11 === 0 ? null : (i % 500) + 0.25,
      missingReason: i % 11 === 0 ? "IBGE 'X'" : null,
      sourceRow: i + 2,
    });
  }
  return store;
}

function indicatorStore(count: number, indicators: string[]): IndicatorStore {
  const store = new IndicatorStore();
  for (let i = 0; store.length < count; i++) {
    store.add({
      indicatorCode: indicators[i % indicators.length] ?? 'X',
      subjectKind: 'municipality',
      subjectCode: String(municipalities[Math.floor(i / indicators.length) % municipalities.length]),
      period: String(2000 + Math.floor(i / (indicators.length * municipalities.length))),
      value: i % 13 === 0 ? null : i / 7,
      missingReason: i % 13 === 0 ? '..' : null,
      sourceRow: Math.floor(i / indicators.length) + 2,
    });
  }
  return store;
}

function defineIndicators(conn: Connection, codes: string[]): void {
  const repo = new IndicatorRepository(conn);
  for (const code of codes)
    repo.upsertDefinition({
      code,
      namePt: code,
      nameEn: code,
      nameEs: code,
      unit: '',
      direction: 'neutral',
      category: 'teste',
      description: '',
      source: '',
    });
}

describe('bulkInsert', () => {
  it('writes every row once, whatever the group sizes, preparing one statement per chunk size', () => {
    const conn = Connection.create(SQL);
    conn.execScript('CREATE TABLE t (g TEXT NOT NULL, k INTEGER NOT NULL, v TEXT, n REAL, PRIMARY KEY (g, k)) STRICT');
    const groups = [1, 255, 256, 257, 600, 3, 1, 1000];
    const rows: { g: string; k: number; v: string | null; n: number | null }[] = [];
    groups.forEach((size, gi) => {
      for (let k = 0; k < size; k++) rows.push({ g: `g${gi}`, k, v: k % 3 === 0 ? null : String(k).padStart(4, '0'), n: k / 3 });
    });
    const source: BulkRows = {
      length: rows.length,
      sameGroup: (i) => rows[i]?.g === rows[i - 1]?.g,
      constants: (i, out) => {
        out[0] = rows[i]?.g ?? null;
      },
      values: (i, out, at) => {
        const r = rows[i];
        out[at] = r?.k ?? null;
        out[at + 1] = r?.v ?? null;
        out[at + 2] = r?.n ?? null;
      },
    };
    const prepared: string[] = [];
    const runMany = conn.runMany.bind(conn);
    conn.runMany = (sql, params) => {
      prepared.push(sql);
      return runMany(sql, params);
    };
    const changed = bulkInsert(conn, { head: 'INSERT INTO t (g, k, v, n)', tail: '', shape: [1, 'value', 'text', 'value'] }, source, 256);
    expect(changed).toBe(rows.length);
    expect(conn.all('SELECT g, k, v, n FROM t ORDER BY g, k')).toEqual([...rows].sort((a, b) => a.g.localeCompare(b.g) || a.k - b.k));
    // 256 and the powers of two below it, each prepared once.
    expect(prepared).toHaveLength(new Set(prepared).size);
    expect(prepared.length).toBeLessThanOrEqual(9);
  });

  it('writes nothing for no rows', () => {
    const conn = Connection.create(SQL);
    conn.execScript('CREATE TABLE t (k INTEGER)');
    const none: BulkRows = { length: 0, sameGroup: () => true, constants: () => undefined, values: () => undefined };
    expect(bulkInsert(conn, { head: 'INSERT INTO t (k)', tail: '', shape: ['value'] }, none)).toBe(0);
  });
});

describe('the bulk write of employment and indicator values', () => {
  it('writes the same rows as the record-by-record path, codes and years as text', () => {
    const store = employmentStore(3000, { years: 2 });
    const a = open();
    const b = open();
    const batchA = new BatchRepository(a).create(META);
    const batchB = new BatchRepository(b).create(META);
    new ImportWriteRepository(a).upsertEmploymentColumns(batchA, store.columns());
    new ImportWriteRepository(b).upsertEmployment(batchB, store.records() as Iterable<EmploymentWrite>);
    const all = 'SELECT *, typeof(sector_code) AS t FROM employment ORDER BY territory_code, classification, sector_code, year, measure';
    const rows = a.all(all);
    expect(rows).toHaveLength(3000);
    expect(rows).toEqual(b.all(all));
    expect(new Set(rows.map((r) => r.t))).toEqual(new Set(['text']));
    expect(rows.some((r) => String(r.sector_code).startsWith('0'))).toBe(true);

    const values = indicatorStore(2000, ['IND_A', 'IND_B']);
    defineIndicators(a, ['IND_A', 'IND_B']);
    defineIndicators(b, ['IND_A', 'IND_B']);
    new ImportWriteRepository(a).upsertIndicatorValueColumns(batchA, 'fonte', values.columns());
    new ImportWriteRepository(b).upsertIndicatorValues(batchB, 'fonte', values.records());
    const iv =
      'SELECT *, typeof(subject_code) AS ts, typeof(period) AS tp FROM indicator_value ORDER BY indicator_code, subject_code, period';
    expect(a.all(iv)).toHaveLength(2000);
    expect(a.all(iv)).toEqual(b.all(iv));
    expect(a.get("SELECT count(*) AS n FROM indicator_value WHERE typeof(subject_code) <> 'text' OR typeof(period) <> 'text'")).toEqual({
      n: 0,
    });
  });

  it('turns the row-by-row foreign-key checks off only around its own transaction', () => {
    const conn = open();
    const writes = new ImportWriteRepository(conn);
    expect(writes.withBulkForeignKeys(() => foreignKeys(conn))).toBe(0);
    expect(foreignKeys(conn)).toBe(1);
    expect(() =>
      writes.withBulkForeignKeys(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(foreignKeys(conn)).toBe(1);
    // Inside a transaction the pragma cannot change: the checks stay on.
    expect(conn.transaction(() => writes.withBulkForeignKeys(() => foreignKeys(conn)))).toBe(1);
    expect(foreignKeys(conn)).toBe(1);
  });

  it('checks the parent keys as a set, with SQLite’s own message', () => {
    const conn = open();
    const writes = new ImportWriteRepository(conn);
    const batch = new BatchRepository(conn).create(META);
    const good = employmentStore(50).references();
    expect(() => writes.checkEmploymentReferences(batch, good)).not.toThrow();
    expect(() => writes.checkEmploymentReferences(batch + 1, good)).toThrow('FOREIGN KEY constraint failed');
    expect(() => writes.checkEmploymentReferences(batch, { ...good, territories: [...good.territories, 9_999_999] })).toThrow(
      'FOREIGN KEY constraint failed',
    );
    expect(() =>
      writes.checkEmploymentReferences(batch, { ...good, sectors: [...good.sectors, { classification: 'cnae-class', code: '99999' }] }),
    ).toThrow('FOREIGN KEY constraint failed');
    defineIndicators(conn, ['IND_A']);
    expect(() => writes.checkIndicatorReferences(batch, ['IND_A'])).not.toThrow();
    expect(() => writes.checkIndicatorReferences(batch, ['IND_A', 'NOPE'])).toThrow('FOREIGN KEY constraint failed');
  });

  it('refuses a commit whose parent keys are missing, leaving the workspace byte-for-byte as it was', () => {
    const conn = open();
    const before = conn.export();
    const store = employmentStore(20_000);
    store.add({
      territoryCode: 9_999_999,
      classification: 'cnae-class',
      sectorCode: cnaeClasses[0] ?? '',
      year: 2010,
      measure: 'jobs',
      value: 1,
      missingReason: null,
      sourceRow: 99_999,
    });
    expect(() => commitImport(conn, META, { target: 'employment', store }, { read: store.length, skipped: 0 }, [])).toThrow(
      'FOREIGN KEY constraint failed',
    );
    expect(foreignKeys(conn)).toBe(1);
    expect(Buffer.compare(conn.export(), before)).toBe(0);
  });

  it('rebuilds the indicator index after a large write, and only then; a failure rolls it back with the rows', () => {
    const conn = open();
    const codes = ['IND_A', 'IND_B', 'IND_C'];
    defineIndicators(conn, codes);
    const schema = indexes(conn, 'indicator_value');
    expect(schema.length).toBeGreaterThan(0);
    const writes = new ImportWriteRepository(conn);
    const seen: number[] = [];
    conn.transaction(() =>
      writes.withIndexesDeferred('indicator_value', 12_000, () => {
        seen.push(indexes(conn, 'indicator_value').length);
      }),
    );
    expect(seen).toEqual([0]);
    expect(indexes(conn, 'indicator_value')).toEqual(schema);

    const first = commitImport(
      conn,
      { ...META, target: 'indicator-values' },
      { target: 'indicator-values', store: indicatorStore(12_000, codes) },
      { read: 4000, skipped: 0 },
      [],
    );
    expect(first.counts).toEqual({ read: 4000, imported: 12_000, updated: 0, skipped: 0 });
    expect(indexes(conn, 'indicator_value')).toEqual(schema);
    expect(conn.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const plan = conn.all<{ detail: string }>(
      "EXPLAIN QUERY PLAN SELECT min(period) FROM indicator_value WHERE subject_kind = 'municipality' AND indicator_code = 'POP'",
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/indicator_value_periods/);

    // The table now holds as many rows as the next write brings: the index stays in place.
    seen.length = 0;
    conn.transaction(() => writes.withIndexesDeferred('indicator_value', 12_000, () => seen.push(indexes(conn, 'indicator_value').length)));
    expect(seen).toEqual([schema.length]);

    const before = conn.export();
    expect(() =>
      conn.transaction(() =>
        writes.withIndexesDeferred('indicator_value', 1_000_000, () => {
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    expect(indexes(conn, 'indicator_value')).toEqual(schema);
    expect(Buffer.compare(conn.export(), before)).toBe(0);
    // Outside a transaction too: its own savepoint puts the index back.
    expect(() =>
      writes.withIndexesDeferred('indicator_value', 1_000_000, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(indexes(conn, 'indicator_value')).toEqual(schema);
  });

  it('updates in place on a second commit and re-applies an undone batch', () => {
    const conn = open();
    const store = employmentStore(15_000, { years: 2 });
    const first = commitImport(conn, META, { target: 'employment', store }, { read: 15_000, skipped: 0 }, []);
    expect(first.counts).toMatchObject({ imported: 15_000, updated: 0 });
    const second = commitImport(conn, META, { target: 'employment', store }, { read: 15_000, skipped: 0 }, []);
    expect(second.counts).toMatchObject({ imported: 0, updated: 15_000 });
    expect(conn.get('SELECT count(*) AS n FROM employment')).toEqual({ n: 15_000 });
    expect(conn.get('SELECT count(*) AS n FROM import_previous_employment WHERE batch_id = ?', [second.batchId])).toEqual({ n: 15_000 });
    conn.run('DELETE FROM import_previous_employment WHERE batch_id = ?', [second.batchId]);
    conn.run('DELETE FROM employment WHERE batch_id = ?', [second.batchId]);
    reapplyImport(conn, second.batchId, { target: 'employment', store }, '', []);
    expect(conn.get('SELECT count(*) AS n FROM employment WHERE batch_id = ?', [second.batchId])).toEqual({ n: 15_000 });
    expect(foreignKeys(conn)).toBe(1);
    expect(conn.all('PRAGMA foreign_key_check')).toEqual([]);
  });
});

describe('a released source', () => {
  it('cannot be read any more', async () => {
    const source = CsvSource.open(utf8('a;b\n1;2\n'), 'x.csv');
    expect(source.head('x', 1)).toHaveLength(1);
    source.release();
    expect(() => source.head('x', 1)).toThrow(/released/);
    expect(() => source.tail('x', 1)).toThrow(/released/);
    const rows = source.rows('x', 1, { checkpoint: () => Promise.resolve() });
    await expect(
      (async () => {
        for await (const chunk of rows) void chunk;
      })(),
    ).rejects.toThrow(/released/);
  });
});
