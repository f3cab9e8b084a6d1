import type { CompareApi, EconomyApi, EngineApi, ImportApi, ScenarioApi } from '../rpc/engine-api';
import { compareArea } from '../features/territories/area';
import { economyArea } from '../features/economy/area';
import { importArea } from '../features/importer/area';
import { scenarioArea } from '../features/prioritization/area';
import { WorkspaceEngine, type EngineDependencies } from '../features/workspace/workspace-engine';

export type { EngineDependencies };

/** The whole engine: the open workspace plus every area's methods, as one object the RPC exposes. */
export type Engine = WorkspaceEngine & CompareApi & ImportApi & EconomyApi & ScenarioApi;

/**
 * The engine: owns one open workspace and answers the RPC contract (shared/rpc/engine-api.ts), one
 * area per file under ./areas. Runs unchanged in the Web Worker, in tests and in the CLI.
 */
export function createEngine(deps: EngineDependencies): Engine {
  const workspace = new WorkspaceEngine(deps);
  const { context } = workspace;
  const areas: CompareApi & ImportApi & EconomyApi & ScenarioApi = {
    ...compareArea(context),
    ...importArea(context),
    ...economyArea(context),
    ...scenarioArea(context),
  };
  return Object.assign(workspace, areas) satisfies EngineApi;
}
