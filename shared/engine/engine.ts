import type { CompareApi, EconomyApi, EngineApi, ImportApi, ProgrammeApi, ScenarioApi } from '../rpc/engine-api';
import { programmeArea } from '../features/programmes/programme-area';
import { compareArea } from './areas/compare-area';
import { economyArea } from './areas/economy-area';
import { importArea } from './areas/import-area';
import { scenarioArea } from './areas/scenario-area';
import { WorkspaceEngine, type EngineDependencies } from './workspace-engine';

export type { EngineDependencies };

/** The whole engine: the open workspace plus every area's methods, as one object the RPC exposes. */
export type Engine = WorkspaceEngine & CompareApi & ImportApi & EconomyApi & ScenarioApi & ProgrammeApi;

/**
 * The engine: owns one open workspace and answers the RPC contract (shared/rpc/engine-api.ts), one
 * area per file under ./areas. Runs unchanged in the Web Worker, in tests and in the CLI.
 */
export function createEngine(deps: EngineDependencies): Engine {
  const workspace = new WorkspaceEngine(deps);
  const { context } = workspace;
  const areas: CompareApi & ImportApi & EconomyApi & ScenarioApi & ProgrammeApi = {
    ...compareArea(context),
    ...importArea(context),
    ...economyArea(context),
    ...scenarioArea(context),
    ...programmeArea(context),
  };
  return Object.assign(workspace, areas) satisfies EngineApi;
}
