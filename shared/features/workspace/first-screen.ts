import type { Measure, Municipality, Site, WorkspaceInfo } from '../../domain/types';
import type { InitiativesApi } from '../initiatives';
import type { TerritoriesApi } from '../territories';
import type { PortfolioRow } from '../works';
import type { DashboardFirst, WorkspaceApi } from './workspace-api';

/**
 * Everything the dashboard shows before the planner does anything, for one state: the key counts,
 * the state's municipalities, the districts, the first map and chart, and the municipalities with
 * initiatives (the map outlines them by default).
 */
export interface FirstScreen {
  info: WorkspaceInfo;
  measures: { measure: Measure; records: number }[];
  municipalities: Municipality[];
  sites: Site[];
  first: DashboardFirst;
  /** Each municipality with initiatives and their names. */
  initiatives: { code: number; initiatives: string[] }[];
}

/**
 * What the demo's build ships beside it (resources/demo/): its first screen, and its works at the
 * demo's day, which the dashboard's works panel shows once the demo is open instead of asking the
 * engine then (issue 16: that first query ran beside the ready render). Kept apart from the first
 * screen the app asks of the engine, whose map and chart would otherwise wait for a large portfolio.
 */
export interface ShippedFirstScreen extends FirstScreen {
  works: { day: string; rows: PortfolioRow[] };
}

/** The engine calls the first screen makes (the app's worker client and the engine in process both answer them). */
export type FirstScreenSource = Pick<WorkspaceApi, 'info' | 'employmentMeasureCounts' | 'listMunicipalities' | 'dashboardFirst'> &
  Pick<TerritoriesApi, 'listSites'> &
  Pick<InitiativesApi, 'initiativesByMunicipality'>;

/**
 * Asks the first screen in one round (issue 16: asked by each panel once the previous answer was
 * drawn, they waited for a render between). The app asks it of the open workspace; the demo's
 * build asks it of the shipped demo and ships the answer beside it (resources/demo/), so a first
 * start draws the dashboard while the engine still opens the demo.
 */
export async function loadFirstScreen(engine: FirstScreenSource, stateCode: number): Promise<FirstScreen> {
  const [info, measures, municipalities, sites, first, initiatives] = await Promise.all([
    engine.info(),
    engine.employmentMeasureCounts(),
    engine.listMunicipalities({ stateCode }),
    engine.listSites(),
    engine.dashboardFirst(stateCode),
    engine.initiativesByMunicipality(stateCode),
  ]);
  return { info, measures, municipalities, sites, first, initiatives };
}
