/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { createEngine } from '../../../shared/engine/engine';
import type { EngineApi } from '../../../shared/rpc/engine-api';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';
import { fetchDemoSources } from './demo-sources';
import { fetchPackedDemo, unpackDemo } from './demo-workspace';
import { deferredApi } from './deferred-api';

// The worker owns the database: the UI thread never touches SQL, and long work never freezes it.
installErrorTransfer();

let sources: ReturnType<typeof fetchDemoSources> | null = null;

// The prebuilt demo (what a first start opens) is fetched at once, beside the WebAssembly download,
// and kept packed (1.6 MB) until a demo workspace is asked for; a failed fetch is tried again then.
let packedDemo = fetchPackedDemo();
packedDemo.catch(() => undefined); // reported to whoever asks for the demo
async function loadDemoWorkspace(): Promise<Uint8Array> {
  const packed = await packedDemo.catch(() => (packedDemo = fetchPackedDemo()));
  return unpackDemo(packed);
}

const engine = initSqlJs({ locateFile: () => sqlWasmUrl }).then((SQL) =>
  createEngine({
    SQL,
    // Loaded once per worker and only when a workspace is created: opening a file needs none of it.
    loadSources: () => (sources ??= fetchDemoSources()),
    loadDemoWorkspace,
  }),
);

// Expose at once: messages that arrive before a listener exists are dropped by the browser, so
// every call waits for the engine here instead of racing the WebAssembly download.
Comlink.expose(deferredApi<EngineApi>(engine));
