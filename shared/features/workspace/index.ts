/**
 * The open workspace (the public entry of shared/features/workspace): create, open, export,
 * undo/redo, the reference territories, jobs and the dashboard maps. Every area stands on it through
 * the engine context.
 */
export type { DashboardFirst, HistoryState, OpenResult, UndoneChange, WorkspaceApi } from './workspace-api';
export { WorkspaceEngine, type EngineDependencies } from './workspace-engine';
export { loadFirstScreen, type FirstScreen, type ShippedFirstScreen } from './first-screen';
/** The municipal map metrics (ids `indicator:<code>:<period>`, `jobs:…`), for the areas that map them. */
