import type { CompareApi } from '../features/territories/territories-api';
import type { EconomyApi } from '../features/economy/economy-api';
import type { ImportApi } from '../features/importer/import-api';
import type { ScenarioApi } from '../features/prioritization/scenario-api';
import type { WorkspaceApi } from '../features/workspace/workspace-api';

export type { HistoryState, OpenResult } from '../features/workspace/workspace-api';
export type { CompareApi, EconomyApi, ImportApi, ScenarioApi, WorkspaceApi };

/**
 * The engine's RPC contract: what the UI may ask of the worker that owns the database, one
 * interface per area. Every method is async across the worker boundary; inputs are validated inside
 * the engine with zod. Errors arrive as ArranjoError (code, message, location, params).
 */
export interface EngineApi extends WorkspaceApi, CompareApi, ImportApi, EconomyApi, ScenarioApi {}
