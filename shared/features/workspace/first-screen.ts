import type { Measure, Municipality, Site, WorkspaceInfo } from '../../domain/types';
import type { InitiativesApi } from '../initiatives';
import type { TerritoriesApi } from '../territories';
import type { PortfolioRow, WorksApi } from '../works';
import type { DashboardFirst, WorkspaceApi } from './workspace-api';

/**
 * Everything the dashboard shows before the planner does anything, for one state: the key counts,
 * the state's municipalities, the districts, the first map and chart, the municipalities with
 * initiatives (the map outlines them by default), and the works at the workspace's day.
 */
export interface FirstScreen {
  info: WorkspaceInfo;
  measures: { measure: Measure; records: number }[];
  municipalities: Municipality[];
  sites: Site[];
  first: DashboardFirst;
  /** Each municipality with initiatives and their names. */
  initiatives: { code: number; initiatives: string[] }[];
  /** The works portfolio at `day` (the day the workspace is read at: a demo's own, else today). */
  works: { day: string; rows: PortfolioRow[] };
}

/** The engine calls the first screen makes (the app's worker client and the engine in process both answer them). */
export type FirstScreenSource = Pick<WorkspaceApi, 'info' | 'employmentMeasureCounts' | 'listMunicipalities' | 'dashboardFirst'> &
  Pick<TerritoriesApi, 'listSites'> &
  Pick<InitiativesApi, 'initiativesByMunicipality'> &
  Pick<WorksApi, 'worksPortfolio'>;

/**
 * Asks the first screen in one round (issue 16: asked by each panel once the previous answer was
 * drawn, they waited for a render between). The app asks it of the open workspace; the demo's
 * build asks it of the shipped demo and ships the answer beside it (resources/demo/), so a first
 * start draws the dashboard while the engine still opens the demo. `worksDay`: the day its works are
 * read at.
 */
export async function loadFirstScreen(engine: FirstScreenSource, stateCode: number, worksDay: string): Promise<FirstScreen> {
  const [info, measures, municipalities, sites, first, initiatives, works] = await Promise.all([
    engine.info(),
    engine.employmentMeasureCounts(),
    engine.listMunicipalities({ stateCode }),
    engine.listSites(),
    engine.dashboardFirst(stateCode),
    engine.initiativesByMunicipality(stateCode),
    engine.worksPortfolio(worksDay),
  ]);
  return { info, measures, municipalities, sites, first, initiatives, works: { day: worksDay, rows: works } };
}
