import * as Comlink from 'comlink';
import type { ImportProgress, ProgressListener } from '../../../../shared/import/api';

/**
 * A progress callback the worker can call: Comlink passes functions as proxies (a port of their
 * own), so long imports report back while the UI thread stays free.
 */
export function progressCallback(listener: (progress: ImportProgress) => void): ProgressListener {
  return Comlink.proxy(listener);
}

/** The file's bytes moved to the worker rather than copied (a large workbook is not held twice). */
export function transferBytes(bytes: Uint8Array): Uint8Array {
  return Comlink.transfer(bytes, [bytes.buffer]);
}
