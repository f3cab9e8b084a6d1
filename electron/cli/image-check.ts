import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { imageProblems } from '../../shared/db/quick-check';
import { loadSqlJs } from '../main/load-sql-js';

/** SQLite's quick check of an image a save is about to keep. */
export interface ImageCheck {
  /** What the check finds wrong in `image` (empty: nothing). Never rejects. */
  problems(image: Uint8Array): Promise<string[]>;
}

/** The check in this thread: for saves of a workspace no writing open started a worker for (`init`). */
export const imageCheckHere: ImageCheck = {
  problems: async (image) => imageProblems(await loadSqlJs(), Buffer.from(image.buffer, image.byteOffset, image.byteLength)),
};

/**
 * The built worker (electron/cli/image-check-worker.ts), beside the chunk of this file in out/cli.
 * Run from the sources (the in-process tests), there is none: the check runs in this thread.
 */
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'image-check-worker.mjs');

/**
 * Starts the check's worker: its thread and its sql.js start now, beside the command's own work.
 * Should the worker fail to start, fail or exit, its images are checked in this thread instead:
 * the same check of the same bytes. The worker keeps the process alive only while it checks.
 */
export function startImageCheck(): ImageCheck {
  if (!existsSync(WORKER_FILE)) return imageCheckHere;
  let worker: Worker | null;
  try {
    worker = new Worker(WORKER_FILE);
  } catch {
    return imageCheckHere;
  }
  const pending = new Map<number, { image: Uint8Array; answer: (problems: string[] | PromiseLike<string[]>) => void }>();
  let next = 0;
  const fail = (): void => {
    worker = null;
    for (const { image, answer } of pending.values()) answer(imageCheckHere.problems(image));
    pending.clear();
  };
  worker.on('message', ({ id, problems }: { id: number; problems: string[] }) => {
    const request = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
    request?.answer(problems);
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  return {
    problems: (image) => {
      if (!worker) return imageCheckHere.problems(image);
      const id = next++;
      const answer = new Promise<string[]>((resolve) => pending.set(id, { image, answer: resolve }));
      worker.ref();
      worker.postMessage({ id, image });
      return answer;
    },
  };
}
