/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { EngineApi } from '../../../shared/rpc/engine-api';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';
import type { ShippedDemo } from '../../../shared/demo/open-shipped-demo';
import type { WorkspaceInfo } from '../../../shared/domain/types';
import shippedDemoInfo from '../../../resources/demo/arranjo-demo.info.json';
import { fetchPackedDemo, unpackDemo } from './demo-workspace';
import { deferredApi } from './deferred-api';
import { DOWNLOADS_STARTED } from './downloads-started';

// The worker owns the database: the UI thread never touches SQL, and long work never freezes it.
// This entry is small on purpose (issue 16): its first lines start the downloads, and the engine's
// own code (sql.js and every area, about 2 MB) loads beside them as a separate module.
installErrorTransfer();

/** sql.js' WebAssembly, downloaded and compiled while the engine's code loads. */
async function compileSqlWasm(): Promise<WebAssembly.Module> {
  const response = fetch(sqlWasmUrl);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch {
    // A server that does not say application/wasm: compile from the bytes instead.
    return WebAssembly.compile(await (await fetch(sqlWasmUrl)).arrayBuffer());
  }
}
const wasm = compileSqlWasm();
wasm.catch(() => undefined); // reported by the engine's start, which awaits it

// The prebuilt demo (what a first start opens), kept packed (1.6 MB) until a demo workspace is
// asked for; a failed fetch is tried again then.
let packedDemo = fetchPackedDemo();
packedDemo.catch(() => undefined); // reported to whoever asks for the demo
async function loadDemoWorkspace(): Promise<ShippedDemo> {
  const packed = await packedDemo.catch(() => (packedDemo = fetchPackedDemo()));
  // With what the same build recorded of it (resources/demo/, written beside it by `npm run build:demo`).
  return { bytes: await unpackDemo(packed), info: shippedDemoInfo satisfies WorkspaceInfo };
}

const engine = import('./engine-start').then(({ startEngine }) => startEngine(wasm, loadDemoWorkspace));

// The page loads the UI's code once this worker's downloads are asked for (engine-client.ts).
self.postMessage(DOWNLOADS_STARTED);

// Expose at once: messages that arrive before a listener exists are dropped by the browser, so
// every call waits for the engine here instead of racing the downloads.
Comlink.expose(deferredApi<EngineApi>(engine));
