import type { AttractionApi } from '../features/attraction';
import type { EconomyApi } from '../features/economy';
import type { ImportApi } from '../features/importer';
import type { InitiativesApi } from '../features/initiatives';
import type { ScenarioApi } from '../features/prioritization';
import type { ProgrammeApi } from '../features/programmes';
import type { TerritoriesApi } from '../features/territories';
import type { WorkspaceApi } from '../features/workspace';
import type { WorksApi } from '../features/works';

export type { DashboardFirst, HistoryState, OpenResult } from '../features/workspace';
export type {
  AttractionApi,
  EconomyApi,
  ImportApi,
  InitiativesApi,
  ProgrammeApi,
  ScenarioApi,
  TerritoriesApi,
  WorkspaceApi,
  WorksApi,
};

/**
 * The engine's RPC contract: what the UI may ask of the worker that owns the database, the union of
 * the area interfaces (each in its folder under shared/features). Every method is async across the
 * worker boundary; inputs are validated inside the engine with zod. Errors arrive as ArranjoError
 * (code, message, location, params).
 */
export interface EngineApi
  extends WorkspaceApi,
    TerritoriesApi,
    ImportApi,
    EconomyApi,
    ScenarioApi,
    WorksApi,
    AttractionApi,
    InitiativesApi,
    ProgrammeApi {}
