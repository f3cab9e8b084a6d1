import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import type { ShippedDemo } from '../../shared/demo/open-shipped-demo';
import { SHIPPED_DEMO_FILE, SHIPPED_DEMO_INFO_FILE } from '../../shared/demo/shipped-demo';
import type { WorkspaceInfo } from '../../shared/domain/types';
import { createEngine, type Engine } from '../../shared/engine/engine';

/**
 * The public data the app ships (`resources/data/`, attribution in its SOURCES.md): tests read only
 * these files, so a clone with nothing beside it passes `npm test`.
 */
export const DATA_DIR = fileURLToPath(new URL('../../resources/data/', import.meta.url));

let sqlPromise: Promise<SqlJsStatic> | null = null;
export function loadSql(): Promise<SqlJsStatic> {
  return (sqlPromise ??= initSqlJs());
}

export async function readDataFile(relative: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(DATA_DIR + relative));
}

/** The shipped demo workspace (`resources/demo/`), inflated: a fresh copy on each call. */
export function shippedDemoBytes(): Uint8Array {
  return new Uint8Array(gunzipSync(readFileSync(new URL(`../../resources/${SHIPPED_DEMO_FILE}`, import.meta.url))));
}

/** What `npm run build:demo` recorded of the shipped demo (its schema version and row counts). */
export function shippedDemoInfo(): WorkspaceInfo {
  return JSON.parse(readFileSync(new URL(`../../resources/${SHIPPED_DEMO_INFO_FILE}`, import.meta.url), 'utf8')) as WorkspaceInfo;
}

/** The shipped demo as the app's worker hands it to the engine: a fresh copy on each call. */
export function shippedDemo(): ShippedDemo {
  return { bytes: shippedDemoBytes(), info: shippedDemoInfo() };
}

let sourcesPromise: Promise<DemoSources> | null = null;
export function shippedDataSources(): Promise<DemoSources> {
  sourcesPromise ??= (async () => {
    const entries = await Promise.all(
      (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(async ([key, rel]) => [key, await readDataFile(rel)] as const),
    );
    return Object.fromEntries(entries) as DemoSources;
  })();
  return sourcesPromise;
}

/**
 * An engine whose clock reads `now`, and whose planner's day is that moment's day in UTC: the tests'
 * days (the demo's, "today") are the same on a host in any time zone.
 */
export async function newEngine(now = () => '2026-01-01T00:00:00.000Z'): Promise<Engine> {
  return createEngine({ SQL: await loadSql(), loadSources: shippedDataSources, now, today: () => now().slice(0, 10) });
}

let demoBytes: Promise<Uint8Array> | null = null;

/** An engine on a fresh copy of the demo workspace (built once per test process, then reopened). */
export async function newDemoEngine(): Promise<Engine> {
  demoBytes ??= (async () => {
    const builder = await newEngine();
    await builder.createWorkspace({ demo: true });
    return builder.exportWorkspace();
  })();
  const engine = await newEngine();
  await engine.openWorkspace((await demoBytes).slice(), 'demo.arranjo');
  return engine;
}
