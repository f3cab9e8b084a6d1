import * as Comlink from 'comlink';
import type { EngineApi } from '../../../shared/rpc/engine-api';
import { installErrorTransfer } from '../../../shared/rpc/error-transfer';

let engine: Comlink.Remote<EngineApi> | null = null;

/** The engine running in its Web Worker, started on first use. */
export function getEngine(): Comlink.Remote<EngineApi> {
  if (!engine) {
    installErrorTransfer();
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'arranjo-engine' });
    engine = Comlink.wrap<EngineApi>(worker);
  }
  return engine;
}
