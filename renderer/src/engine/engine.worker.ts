/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { Engine } from '../../../shared/engine/engine';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';
import { fetchDemoSources } from './demo-sources';

// The worker owns the database: the UI thread never touches SQL, and long work never freezes it.
installErrorTransfer();

let sources: ReturnType<typeof fetchDemoSources> | null = null;

const engine = new Engine({
  SQL: await initSqlJs({ locateFile: () => sqlWasmUrl }),
  // Loaded once per worker and only when a workspace is created: opening a file needs none of it.
  loadSources: () => (sources ??= fetchDemoSources()),
});

Comlink.expose(engine);
