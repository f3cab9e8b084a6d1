import { createEngine as newEngine, type Engine } from '../../shared/engine/engine';
import { engineDependencies, openWorkspaceWith } from './workspace-session';

export { saveWorkspace } from './workspace-session';

/** An engine in this process, over the shipped data. */
export async function createEngine(): Promise<Engine> {
  return newEngine(await engineDependencies());
}

/** Opens a workspace file in a new engine with every area (see `openWorkspaceWith`). */
export async function openWorkspace(file: string, options: { write?: boolean; fullCheck?: boolean } = {}): Promise<Engine> {
  return openWorkspaceWith(newEngine, file, options);
}
