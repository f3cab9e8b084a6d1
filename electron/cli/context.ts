import path from 'node:path';
import { exportUncheckedImage } from '../../shared/db/open-workspace';
import { failedSaveCheck } from '../../shared/db/quick-check';
import { createEngine as newEngine, type Engine } from '../../shared/engine/engine';
import { writeWorkspaceAtomic, type FileStamp } from '../main/atomic-write';
import { createKnownCleanRegister } from '../main/known-clean';
import { loadSqlJs } from '../main/load-sql-js';
import { imageCheckHere, startImageCheck, type ImageCheck } from './image-check';
import { readShippedSources } from './node-sources';
import { lockWorkspace, readWorkspaceImage } from './workspace-file';

/** What each opened workspace file was at open: a save refuses when it changed since (lost update). */
const opened = new WeakMap<Engine, { file: string; stamp: FileStamp | null }>();
/** The quick check each writing command's save runs on its image, started when it opened its workspace. */
const imageChecks = new WeakMap<Engine, ImageCheck>();

/** An engine in this process, over the shipped data. */
export async function createEngine(): Promise<Engine> {
  return newEngine({ SQL: await loadSqlJs(), loadSources: readShippedSources });
}

/**
 * Opens a workspace file in a new engine; refuses (exit 2) when it is missing or not a sound
 * workspace. With `write`, the workspace's lock is taken first; `saveWorkspace` takes it too, for
 * commands that did not ask. Which check the open runs: see `readWorkspaceImage`.
 */
export async function openWorkspace(file: string, options: { write?: boolean; fullCheck?: boolean } = {}): Promise<Engine> {
  // A writing command will save: its check's thread starts first, to be ready by then.
  const imageCheck = options.write ? startImageCheck() : null;
  const { image, name, stamp, check } = await readWorkspaceImage(file, options);
  const engine = await createEngine();
  opened.set(engine, { file: path.resolve(file), stamp });
  if (imageCheck) imageChecks.set(engine, imageCheck);
  await engine.openWorkspace(image, name, { knownClean: check !== 'full', certified: check === 'certified' });
  return engine;
}

/**
 * Saves atomically, keeping the previous version as `.bak`, under the workspace's lock and only
 * when the file is still the one this engine opened (a file created by `init` must not exist).
 * The image gets SQLite's quick check, as every image Arranjo saves (`exportImage` in
 * shared/db/open-workspace.ts), but on the exported bytes themselves and in the check's worker
 * while this thread writes, syncs and hashes them: nothing replaces the file (nor its `.bak`, nor
 * enters the register) until those bytes passed; a failed check removes the scratch file.
 */
export async function saveWorkspace(engine: Engine, file: string): Promise<void> {
  lockWorkspace(file);
  const origin = opened.get(engine);
  const expected = origin && origin.file === path.resolve(file) ? origin.stamp : undefined;
  const image = exportUncheckedImage(engine.connection());
  const verdict = (imageChecks.get(engine) ?? imageCheckHere).problems(image);
  const passed = async (): Promise<void> => {
    const problems = await verdict;
    if (problems.length > 0) throw failedSaveCheck(problems);
  };
  const stamp = await writeWorkspaceAtomic(file, image, { expected, beforeReplace: passed });
  // This machine's Arranjo wrote this image: its next open needs only the quick check.
  if (stamp) await createKnownCleanRegister().add(stamp.sha256);
  opened.set(engine, { file: path.resolve(file), stamp });
}
