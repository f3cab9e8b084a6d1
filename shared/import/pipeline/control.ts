import { ArranjoError } from '../../errors';
import type { PassControl } from '../read/table-source';
import type { ImportProgress, ProgressListener } from '../types';
import { importRefusal } from '../../domain/import-codes';

/** Yields to the event loop so a cancel request (another RPC call) can run. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Progress and cancellation for one long operation. Every checkpoint yields a macrotask, so the
 * worker answers other calls (importCancel among them) between chunks; progress is reported at
 * most every 100 ms so the UI is not flooded.
 */
export class OperationControl implements PassControl {
  private cancelled = false;
  private lastReport = 0;
  phase: ImportProgress['phase'] = 'reading';

  constructor(
    private readonly listener?: ProgressListener,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }

  report(done: number, total: number, force = false): void {
    const now = this.clock();
    if (!this.listener || (!force && now - this.lastReport < 100)) return;
    this.lastReport = now;
    try {
      // Across the worker boundary this is a Comlink proxy returning a promise: never awaited,
      // and a UI that went away must not fail the import.
      const result: unknown = this.listener({ phase: this.phase, done, total });
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      /* the listener's problem, not the import's */
    }
  }

  throwIfCancelled(): void {
    if (this.cancelled) {
      throw new ArranjoError('INVALID_INPUT', 'The import was cancelled; nothing was written.', {}, importRefusal('cancelled'));
    }
  }

  async checkpoint(done: number, total: number): Promise<void> {
    this.report(done, total);
    await macrotask();
    this.throwIfCancelled();
  }
}
