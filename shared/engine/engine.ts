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
import type { SqlJsStatic } from 'sql.js';
import type { WorkspaceInfo } from '../domain/types';
import { DEMO_BUILT_AT, SHIPPED_DEMO_DAY } from '../demo/shipped-demo';
import type { DemoSourceLoader } from '../demo/demo-sources';
import { registerFeatureTargets } from '../import/targets/feature-targets';
import { FEATURE_IMPORT_TARGETS } from './feature-import-targets';
import { registerCanonicalLayouts } from '../export/canonical-layouts';
import { attractionArea, attractionCsvLayouts, buildDemoAttractionPlan } from '../features/attraction';
import { economyArea } from '../features/economy';
import { importArea } from '../features/importer';
import { initiativesArea, initiativesCsvLayouts } from '../features/initiatives';
import { addDemoScenario, prioritizationArea } from '../features/prioritization';
import { addDemoProgramme, programmeArea, programmeInitiativeReferences, programmesCsvLayouts } from '../features/programmes';
import { territoriesArea } from '../features/territories';
import { WorkspaceEngine, loadFirstScreen, type EngineDependencies, type ShippedFirstScreen } from '../features/workspace';
import { FOCUS_STATE_CODE } from '../domain/focus-state';
import { addDemoWorks, worksArea, worksCsvLayouts } from '../features/works';

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
  // The features' import targets, which the kernel's pipeline reaches only through this registry.
  registerFeatureTargets(FEATURE_IMPORT_TARGETS);
  // …and the canonical layouts they write (`arranjo export --csv`, the Import/Export area).
  for (const layouts of [worksCsvLayouts, attractionCsvLayouts, initiativesCsvLayouts, programmesCsvLayouts])
    registerCanonicalLayouts(layouts);
  // The demo's illustrative parts, each after the real data it draws on.
  const workspace = new WorkspaceEngine({ ...deps, demoSteps: [addDemoProgramme, buildDemoAttractionPlan, addDemoWorks, addDemoScenario] });
  const { context } = workspace;
  const areas: Areas = {
    ...territoriesArea(context),
    ...importArea(context),
    ...economyArea(context),
    ...prioritizationArea(context),
    ...worksArea(context),
    ...attractionArea(context),
    ...initiativesArea(context, [programmeInitiativeReferences]),
    ...programmeArea(context),
  };
  return Object.assign(workspace, areas) satisfies EngineApi;
}

/**
 * The demo workspace exactly as shipped (`npm run build:demo` writes both to resources/demo/): built
 * from the shipped data with every timestamp at DEMO_BUILT_AT, so the same inputs give the same bytes;
 * its dashboard's first screen for the focus state, as the app would ask it of these bytes, with its
 * works at the demo's day; and its info (schema version and row counts), the first screen's own.
 */
export async function buildShippedDemo(
  SQL: SqlJsStatic,
  loadSources: DemoSourceLoader,
): Promise<{ bytes: Uint8Array; info: WorkspaceInfo; firstScreen: ShippedFirstScreen }> {
  // Its day fixed too (SHIPPED_DEMO_DAY): the day of DEMO_BUILT_AT where the build runs would differ by zone.
  const engine = createEngine({ SQL, loadSources, now: () => DEMO_BUILT_AT, today: () => SHIPPED_DEMO_DAY });
  await engine.createWorkspace({ demo: true });
  const bytes = await engine.exportWorkspace();
  const firstScreen = await loadFirstScreen(engine, FOCUS_STATE_CODE);
  const works = { day: SHIPPED_DEMO_DAY, rows: await engine.worksPortfolio(SHIPPED_DEMO_DAY) };
  return { bytes, info: firstScreen.info, firstScreen: { ...firstScreen, works } };
}
