import type { ImportApi } from '../rpc/engine-api';
import { registerFeatureTargetLoader } from '../import/targets/feature-targets';
import { importArea } from '../features/importer';
import { WorkspaceEngine, type EngineDependencies } from '../features/workspace';

/** The open workspace and the import area: what `arranjo import` uses of the engine. */
export type ImportEngine = WorkspaceEngine & ImportApi;

/**
 * The engine of one import (the CLI's `arranjo import`): the workspace and the import area only,
 * the features' import targets loaded when a file of theirs is imported or a batch undone (the
 * pipeline awaits `loadFeatureTargets`). Evaluating every area at start, and the zod schemas they
 * build, cost each import ~0.1 s of CPU before its first row (issue 16); an employment or
 * indicator file now never loads them. shared/engine/engine.ts stays the whole engine, for the
 * app, the tests and the other commands.
 */
export function createImportEngine(deps: EngineDependencies): ImportEngine {
  registerFeatureTargetLoader(async () => (await import('./feature-import-targets')).FEATURE_IMPORT_TARGETS);
  const workspace = new WorkspaceEngine(deps);
  return Object.assign(workspace, importArea(workspace.context));
}
