import path from 'node:path';
import type { WorkspaceEngine, EngineDependencies } from '../../shared/features/workspace';
import { writeWorkspaceAtomic, type FileStamp } from '../main/atomic-write';
import { createKnownCleanRegister } from '../main/known-clean';
import { loadSqlJs } from '../main/load-sql-js';
import { readShippedSources } from './node-sources';
import { lockWorkspace, readWorkspaceImage } from './workspace-file';

/** What each opened workspace file was at open: a save refuses when it changed since (lost update). */
const opened = new WeakMap<WorkspaceEngine, { file: string; stamp: FileStamp | null }>();

/** The engine's dependencies in this process: sql.js and the shipped data. */
export async function engineDependencies(): Promise<EngineDependencies> {
  return { SQL: await loadSqlJs(), loadSources: readShippedSources };
}

/**
 * Opens a workspace file in a new engine made by `make`; refuses (exit 2) when it is missing or not a sound
 * workspace. With `write`, the workspace's lock is taken first; `saveWorkspace` takes it too, for
 * commands that did not ask. Which check the open runs: see `readWorkspaceImage`.
 */
export async function openWorkspaceWith<E extends WorkspaceEngine>(
  make: (deps: EngineDependencies) => E,
  file: string,
  options: { write?: boolean; fullCheck?: boolean } = {},
): Promise<E> {
  const { image, name, stamp, check } = await readWorkspaceImage(file, options);
  const engine = make(await engineDependencies());
  opened.set(engine, { file: path.resolve(file), stamp });
  await engine.openWorkspace(image, name, { knownClean: check !== 'full', certified: check === 'certified' });
  return engine;
}

/**
 * Saves atomically, keeping the previous version as `.bak`, under the workspace's lock and only
 * when the file is still the one this engine opened (a file created by `init` must not exist).
 */
export async function saveWorkspace(engine: WorkspaceEngine, file: string): Promise<void> {
  lockWorkspace(file);
  const origin = opened.get(engine);
  const expected = origin && origin.file === path.resolve(file) ? origin.stamp : undefined;
  // The image in place, not a copy of it; its hash (the stamp's) is of the very bytes written.
  const stamp = await engine.writeWorkspace((image) => writeWorkspaceAtomic(file, image, { expected }));
  // This machine's Arranjo wrote this image: its next open needs only the quick check.
  if (stamp) await createKnownCleanRegister().add(stamp.sha256);
  opened.set(engine, { file: path.resolve(file), stamp });
}
