import { parentPort } from 'node:worker_threads';
import { imageProblems } from '../../shared/db/quick-check';
import { loadSqlJs } from '../main/load-sql-js';

/**
 * The quick check of an image the CLI saves, in a thread of its own (started by
 * electron/cli/image-check.ts when a writing command opens its workspace). sql.js starts here at
 * once, so the check is ready when the save comes; it then runs on the second core while the
 * main thread writes, syncs and hashes the same bytes. Answers `{ id, problems }` per image.
 */
const port = parentPort;
if (port) {
  const SQL = loadSqlJs();
  port.on('message', ({ id, image }: { id: number; image: Uint8Array }) => {
    void SQL.then((sql) => {
      // As a Buffer: sql.js's file system keeps it without a copy.
      const problems = imageProblems(sql, Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      port.postMessage({ id, problems });
    });
  });
}
