import * as Comlink from 'comlink';
import { fromErrorPayload, toErrorPayload, type ErrorPayload } from '../errors';

/**
 * Comlink serializes thrown errors as plain {message, name, stack}, losing the code and location
 * the UI needs. This replaces its "throw" handler so ArranjoError crosses the worker boundary
 * intact. Install it on both sides (worker and client).
 */
export function installErrorTransfer(): void {
  const builtIn = Comlink.transferHandlers.get('throw');
  if (!builtIn) return;
  const handler: Comlink.TransferHandler<{ value: unknown }, { payload: ErrorPayload }> = {
    // Comlink marks thrown values with a private symbol; its own handler knows how to spot them.
    canHandle: (value: unknown): value is { value: unknown } => builtIn.canHandle(value),
    serialize: (thrown) => [{ payload: toErrorPayload(thrown.value) }, []],
    deserialize: (serialized) => {
      throw fromErrorPayload(serialized.payload);
    },
  };
  Comlink.transferHandlers.set('throw', handler);
}
