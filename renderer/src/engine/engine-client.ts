import * as Comlink from 'comlink';
import type { EngineApi } from '../../../shared/rpc/engine-api';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';

import { DOWNLOADS_STARTED } from './downloads-started';

let engine: Comlink.Remote<EngineApi> | null = null;
let downloadsStarted: Promise<void> = Promise.resolve();

/** The longest the UI's code waits for the worker's word before loading anyway. */
const DOWNLOADS_WAIT_MS = 1000;

/** The engine running in its Web Worker, started on first use. */
export function getEngine(): Comlink.Remote<EngineApi> {
  if (!engine) {
    installErrorTransfer();
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'arranjo-engine' });
    downloadsStarted = new Promise((resolve) => {
      worker.addEventListener('message', (event) => event.data === DOWNLOADS_STARTED && resolve());
      worker.addEventListener('error', () => resolve());
      setTimeout(resolve, DOWNLOADS_WAIT_MS);
    });
    engine = Comlink.wrap<EngineApi>(worker);
  }
  return engine;
}

/**
 * Resolves once the engine's worker asked for its downloads (or could not start): the page's entry
 * loads the UI's code only then, so that the browser's few connections to the server (six over
 * HTTP/1.1) serve the engine's code, the WebAssembly and the demo first. The UI's code, with the
 * worker's start ahead of it, still arrives long before the engine's first answer (issue 16).
 */
export function engineDownloadsStarted(): Promise<void> {
  getEngine();
  return downloadsStarted;
}
