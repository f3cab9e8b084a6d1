import initSqlJs from 'sql.js';
import type { ShippedDemo } from '../../../shared/demo/open-shipped-demo';
import { createEngine, type Engine } from '../../../shared/engine/engine';
import { fetchDemoSources } from './demo-sources';

let sources: ReturnType<typeof fetchDemoSources> | null = null;

/**
 * The engine in the worker, once its code has loaded: sql.js instantiated from the WebAssembly the
 * worker's entry compiled while this module downloaded (engine.worker.ts).
 */
export async function startEngine(wasm: Promise<WebAssembly.Module>, loadDemoWorkspace: () => Promise<ShippedDemo>): Promise<Engine> {
  const module = await wasm;
  // sql.js waits for `done`; a failed instantiation rejects the start instead of leaving it pending.
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const SQL = await Promise.race([
    initSqlJs({
      instantiateWasm: (imports, done) => {
        WebAssembly.instantiate(module, imports).then(done, failed);
        return {};
      },
    }),
    failure,
  ]);
  return createEngine({
    SQL,
    // Loaded once per worker and only when a workspace is created: opening a file needs none of it.
    loadSources: () => (sources ??= fetchDemoSources()),
    loadDemoWorkspace,
  });
}
