/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { createEngine } from '../../../shared/engine/engine';
import type { EngineApi } from '../../../shared/rpc/engine-api';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';
import { fetchDemoSources } from './demo-sources';
import { deferredApi } from './deferred-api';

// The worker owns the database: the UI thread never touches SQL, and long work never freezes it.
installErrorTransfer();

let sources: ReturnType<typeof fetchDemoSources> | null = null;

const engine = initSqlJs({ locateFile: () => sqlWasmUrl }).then(
  (SQL) =>
    createEngine({
      SQL,
      // Loaded once per worker and only when a workspace is created: opening a file needs none of it.
      loadSources: () => (sources ??= fetchDemoSources()),
    }),
);

// Expose at once: messages that arrive before a listener exists are dropped by the browser, so
// every call waits for the engine here instead of racing the WebAssembly download.
Comlink.expose(deferredApi<EngineApi>(engine));
