import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import { createEngine, type Engine } from '../../shared/engine/engine';

/** The reference data beside the checkout: tests read it directly, as the guide asks. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

let sqlPromise: Promise<SqlJsStatic> | null = null;
export function loadSql(): Promise<SqlJsStatic> {
  return (sqlPromise ??= initSqlJs());
}

export async function readSharedData(relative: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(SHARED_DATA + relative));
}

let sourcesPromise: Promise<DemoSources> | null = null;
export function sharedDataSources(): Promise<DemoSources> {
  sourcesPromise ??= (async () => {
    const entries = await Promise.all(
      (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(async ([key, rel]) => [key, await readSharedData(rel)] as const),
    );
    return Object.fromEntries(entries) as DemoSources;
  })();
  return sourcesPromise;
}

export async function newEngine(now = () => '2026-01-01T00:00:00.000Z'): Promise<Engine> {
  return createEngine({ SQL: await loadSql(), loadSources: sharedDataSources, now });
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
