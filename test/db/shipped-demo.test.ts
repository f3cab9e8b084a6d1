import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  SHIPPED_DEMO_DAY,
  SHIPPED_DEMO_FILE,
  SHIPPED_DEMO_INFO_FILE,
  SHIPPED_FIRST_SCREEN_FILE,
  isGzip,
} from '../../shared/demo/shipped-demo';
import { FOCUS_STATE_CODE } from '../../shared/domain/focus-state';
import { loadFirstScreen } from '../../shared/features/workspace';
import { buildShippedDemo, createEngine } from '../../shared/engine/engine';
import { loadSql, shippedDataSources, shippedDemoInfo } from '../support/node-engine';
import { LATEST_SCHEMA_VERSION } from '../../shared/db/migrate';

const shippedPath = new URL(`../../resources/${SHIPPED_DEMO_FILE}`, import.meta.url);
const shippedScreenPath = new URL(`../../resources/${SHIPPED_FIRST_SCREEN_FILE}`, import.meta.url);

describe('the prebuilt demo workspace (resources/demo, issue 16)', () => {
  // The shipped file was built in another process at another time: equal bytes also show the build is reproducible.
  it('equals a fresh build from resources/data, byte for byte', async () => {
    const packed = readFileSync(shippedPath);
    expect(isGzip(packed)).toBe(true);
    const shipped = gunzipSync(packed);
    const { bytes: fresh, info, firstScreen } = await buildShippedDemo(await loadSql(), shippedDataSources);
    // A stale file (data, a migration or a demo step changed since) would open an outdated demo.
    const same = shipped.length === fresh.length && Buffer.compare(shipped, fresh) === 0;
    expect(
      same,
      `resources/${SHIPPED_DEMO_FILE} is stale (${shipped.length} bytes shipped, ${fresh.length} built now): run \`npm run build:demo\` and commit the file.`,
    ).toBe(true);
    expect(
      readFileSync(shippedScreenPath, 'utf8') === JSON.stringify(firstScreen),
      `resources/${SHIPPED_FIRST_SCREEN_FILE} is stale: run \`npm run build:demo\` and commit it.`,
    ).toBe(true);
    expect(shippedDemoInfo(), `resources/${SHIPPED_DEMO_INFO_FILE} is stale: run \`npm run build:demo\` and commit it.`).toEqual(info);
  }, 120_000);

  it('is what the engine opens for a new demo workspace when the shell ships it, without building', async () => {
    const shipped = new Uint8Array(gunzipSync(readFileSync(shippedPath)));
    const engine = createEngine({
      SQL: await loadSql(),
      loadSources: () => Promise.reject(new Error('the demo must not be built from the sources')),
      loadDemoWorkspace: () => Promise.resolve({ bytes: shipped.slice(), info: shippedDemoInfo() }),
    });
    const info = await engine.createWorkspace({ demo: true });
    expect(info.counts.municipalities).toBe(5571);
    expect(info.counts.sites).toBe(13);
    // The build's record it answered with (no count at open) is what counting the opened file gives.
    expect(await engine.info()).toEqual(info);
    expect(await engine.history()).toMatchObject({ canUndo: false, canRedo: false });
    expect(Buffer.compare(Buffer.from(await engine.exportWorkspace()), Buffer.from(shipped))).toBe(0);
    // What a first start draws before the engine is ready is what the engine answers once it is.
    // The works panel's too, at the day the engine reads the demo at once open (issue 16).
    const day = (await engine.history()).demoDay;
    expect(day).toBe(SHIPPED_DEMO_DAY);
    const live = {
      ...(await loadFirstScreen(engine, FOCUS_STATE_CODE)),
      works: { day, rows: await engine.worksPortfolio(day ?? undefined) },
    };
    expect(JSON.parse(readFileSync(shippedScreenPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(live)));
    expect(live.first.map?.values.length).toBe(853);
    expect(live.initiatives.length).toBeGreaterThan(0);
    expect(live.works.rows).toEqual(expect.arrayContaining([expect.objectContaining({ illustrative: true })]));
  }, 60_000);

  // A first start waits for the history before `app-ready`; the first statement on the new database
  // would compile SQLite's parser (~30 ms of WebAssembly) on that path (issue 16).
  it('answers the history of the demo opened as shipped without SQL, with the day the file holds; once changed, from the file', async () => {
    const SQL = await loadSql();
    const engine = createEngine({
      SQL,
      loadSources: () => Promise.reject(new Error('the demo must not be built from the sources')),
      loadDemoWorkspace: () => Promise.resolve({ bytes: new Uint8Array(gunzipSync(readFileSync(shippedPath))), info: shippedDemoInfo() }),
    });
    await engine.createWorkspace({ demo: true });
    const statements = [
      vi.spyOn(SQL.Database.prototype, 'prepare'),
      vi.spyOn(SQL.Database.prototype, 'exec'),
      vi.spyOn(SQL.Database.prototype, 'run'),
    ];
    try {
      expect(await engine.history()).toEqual({ canUndo: false, canRedo: false, revision: 0, demoDay: SHIPPED_DEMO_DAY });
      expect(statements.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
      // Read at today, then back: the day now comes from the file, and it is the same day.
      expect((await engine.readAtToday()).demoDay).toBeNull();
      const undone = await engine.undo();
      expect(undone).toMatchObject({ revision: 2, demoDay: SHIPPED_DEMO_DAY });
      expect(statements[0]?.mock.calls.some(([sql]) => /workspace_meta/.test(String(sql)))).toBe(true);
    } finally {
      for (const spy of statements) spy.mockRestore();
    }
  }, 60_000);

  // The shipped file opens as built (no received-file checks, issue 16) only at the latest schema;
  // then, and only then, its build's record stands for its counts.
  it('opens a shipped file at an older schema through the checked open, migrated and counted; counts one whose record is stale; refuses one that is not a workspace', async () => {
    const SQL = await loadSql();
    const older = new Uint8Array(readFileSync(new URL('../fixtures/workspace-schema-10.arranjo', import.meta.url)));
    const engine = createEngine({
      SQL,
      loadSources: () => Promise.reject(new Error('not built')),
      // A stale build: the record beside the file is not this file's.
      loadDemoWorkspace: () => Promise.resolve({ bytes: older.slice(), info: shippedDemoInfo() }),
    });
    const info = await engine.createWorkspace({ demo: true });
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info).toEqual(await engine.info());
    expect(info.counts).not.toEqual(shippedDemoInfo().counts);
    // The latest file with a record of another schema (a stale record): counted, not the record.
    const record = shippedDemoInfo();
    const staleRecord = createEngine({
      SQL,
      loadSources: () => Promise.reject(new Error('not built')),
      loadDemoWorkspace: () =>
        Promise.resolve({
          bytes: new Uint8Array(gunzipSync(readFileSync(shippedPath))),
          info: { ...record, schemaVersion: record.schemaVersion - 1 },
        }),
    });
    expect(await staleRecord.createWorkspace({ demo: true })).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION, counts: record.counts });
    const garbage = createEngine({
      SQL,
      loadSources: () => Promise.reject(new Error('not built')),
      loadDemoWorkspace: () => Promise.resolve({ bytes: new Uint8Array(4096).fill(7), info: shippedDemoInfo() }),
    });
    await expect(garbage.createWorkspace({ demo: true })).rejects.toMatchObject({ code: 'NOT_SQLITE' });
  }, 60_000);
});
