import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createEngine as newEngine, type Engine } from '../../shared/engine/engine';
import { ArranjoError } from '../../shared/errors';
import { loadSqlJs } from '../main/load-sql-js';
import { readWorkspaceFile, writeWorkspaceAtomic, type FileStamp } from '../main/atomic-write';
import { createKnownCleanRegister, sha256Hex } from '../main/known-clean';
import { acquireWorkspaceLock, closedUncleanly } from '../main/workspace-lock';
import { readShippedSources } from './node-sources';

/** The command running, named in the lock file ("arranjo import"); set by `run`. */
let commandName = 'arranjo';
export function setCommandName(name: string): void {
  commandName = `arranjo ${name}`;
}

/** What each opened workspace file was at open: a save refuses when it changed since (lost update). */
const opened = new WeakMap<Engine, { file: string; stamp: FileStamp | null }>();

/** An engine in this process, over the shipped data. */
export async function createEngine(): Promise<Engine> {
  return newEngine({ SQL: await loadSqlJs(), loadSources: readShippedSources });
}

/**
 * Opens a workspace file; refuses (exit 2) when it is missing or not a sound workspace. With
 * `write`, the workspace's lock is taken first (exit 2 naming the holder when another writer has
 * it); `saveWorkspace` takes it too, for commands that did not ask. A file whose bytes are an
 * image this machine's Arranjo saved (checked in memory before it was written) opens `certified`,
 * without repeating the checks (shared/db/open-workspace.ts says why that is safe); one recorded
 * by an older register, with the quick check; any other (received) file, a file whose last
 * writer was killed (unclean close), or any file with `fullCheck` (`arranjo info --full-check`)
 * gets the full integrity check.
 */
export async function openWorkspace(file: string, options: { write?: boolean; fullCheck?: boolean } = {}): Promise<Engine> {
  if (!existsSync(file)) {
    throw new ArranjoError('INVALID_INPUT', `${file}: no such file. Create one with "arranjo init ${file}".`, { file });
  }
  // Before taking the lock: a stale one left by a killed writer means an unclean close.
  const unclean = closedUncleanly(file);
  if (options.write) acquireWorkspaceLock(file, commandName);
  const engine = await createEngine();
  const bytes = await readWorkspaceFile(file);
  const sha256 = sha256Hex(bytes);
  const info = await stat(file).catch(() => null);
  opened.set(engine, { file: path.resolve(file), stamp: info && { size: info.size, mtimeMs: info.mtimeMs, sha256 } });
  const trusted = options.fullCheck !== true && !unclean;
  const register = createKnownCleanRegister();
  const certified = trusted && (await register.certifies(sha256));
  const known = certified || (trusted && (await register.has(sha256)));
  // As a Node Buffer (a view, no copy): sql.js's file system keeps a Buffer's memory where it copies
  // a plain Uint8Array's (40 MB, 0.2 s). Nothing reads `bytes` after this.
  const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await engine.openWorkspace(image, path.basename(file), { knownClean: known, certified });
  return engine;
}

/**
 * Saves atomically, keeping the previous version as `.bak`, under the workspace's lock and only
 * when the file is still the one this engine opened (a file created by `init` must not exist).
 */
export async function saveWorkspace(engine: Engine, file: string): Promise<void> {
  acquireWorkspaceLock(file, commandName);
  const origin = opened.get(engine);
  const expected = origin && origin.file === path.resolve(file) ? origin.stamp : undefined;
  const stamp = await writeWorkspaceAtomic(file, await engine.exportWorkspace(), { expected });
  // This machine's Arranjo wrote this image: its next open needs only the quick check.
  if (stamp) await createKnownCleanRegister().add(stamp.sha256);
  opened.set(engine, { file: path.resolve(file), stamp });
}
