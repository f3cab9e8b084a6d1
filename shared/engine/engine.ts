import type {
  AttractionApi,
  EconomyApi,
  EngineApi,
  ImportApi,
  InitiativesApi,
  ProgrammeApi,
  ScenarioApi,
  TerritoriesApi,
  WorksApi,
} from '../rpc/engine-api';
import { attractionArea } from '../features/attraction';
import { economyArea } from '../features/economy';
import { importArea } from '../features/importer';
import { initiativesArea } from '../features/initiatives';
import { prioritizationArea } from '../features/prioritization';
import { programmeArea } from '../features/programmes';
import { territoriesArea } from '../features/territories';
import { WorkspaceEngine, type EngineDependencies } from '../features/workspace';
import { worksArea } from '../features/works';

export type { EngineDependencies };

type Areas = TerritoriesApi & ImportApi & EconomyApi & ScenarioApi & WorksApi & AttractionApi & InitiativesApi & ProgrammeApi;

/** The whole engine: the open workspace plus every area's methods, as one object the RPC exposes. */
export type Engine = WorkspaceEngine & Areas;

/**
 * The engine (the composition root): owns one open workspace and answers the RPC contract
 * (shared/rpc/engine-api.ts), one area per folder under shared/features, each registered here in one
 * line. Runs unchanged in the Web Worker, in tests and in the CLI.
 */
export function createEngine(deps: EngineDependencies): Engine {
  const workspace = new WorkspaceEngine(deps);
  const { context } = workspace;
  const areas: Areas = {
    ...territoriesArea(context),
    ...importArea(context),
    ...economyArea(context),
    ...prioritizationArea(context),
    ...worksArea(context),
    ...attractionArea(context),
    ...initiativesArea(context),
    ...programmeArea(context),
  };
  return Object.assign(workspace, areas) satisfies EngineApi;
}
