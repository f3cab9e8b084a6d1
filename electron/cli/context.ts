import { existsSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { createEngine as newEngine, type Engine } from '../../shared/engine/engine';
import { ArranjoError } from '../../shared/errors';
import { readWorkspaceFile, writeWorkspaceAtomic } from '../main/atomic-write';
import { readShippedSources } from './node-sources';

/** An engine in this process, over the shipped data. */
export async function createEngine(): Promise<Engine> {
  return newEngine({ SQL: await initSqlJs(), loadSources: readShippedSources });
}

/** Opens a workspace file; refuses (exit 2) when it is missing or not a sound workspace. */
export async function openWorkspace(file: string): Promise<Engine> {
  if (!existsSync(file)) {
    throw new ArranjoError('INVALID_INPUT', `${file}: no such file. Create one with "arranjo init ${file}".`, { file });
  }
  const engine = await createEngine();
  await engine.openWorkspace(await readWorkspaceFile(file), path.basename(file));
  return engine;
}

/** Saves atomically, keeping the previous version as `.bak`. */
export async function saveWorkspace(engine: Engine, file: string): Promise<void> {
  await writeWorkspaceAtomic(file, await engine.exportWorkspace());
}
