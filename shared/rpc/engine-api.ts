import type { CompareApi } from './compare-api';
import type { EconomyApi } from './economy-api';
import type { ImportApi } from './import-api';
import type { ScenarioApi } from './scenario-api';
import type { ProgrammeApi } from '../features/programmes/programme-api';
import type { WorkspaceApi } from './workspace-api';

export type { HistoryState, OpenResult } from './workspace-api';
export type { CompareApi, EconomyApi, ImportApi, ProgrammeApi, ScenarioApi, WorkspaceApi };

/**
 * The engine's RPC contract: what the UI may ask of the worker that owns the database, one
 * interface per area. Every method is async across the worker boundary; inputs are validated inside
 * the engine with zod. Errors arrive as ArranjoError (code, message, location, params).
 */
export interface EngineApi extends WorkspaceApi, CompareApi, ImportApi, EconomyApi, ScenarioApi, ProgrammeApi {}
