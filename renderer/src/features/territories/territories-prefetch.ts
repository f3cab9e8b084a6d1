import { gridViewsQuery } from '../../components/grid/grid-views-query';
import { engineQuery } from '../../workspace/prefetched-data';
import type { Engine, WorkspaceController } from '../../workspace/workspace-controller';

/** The sites catalog, the area's first tab. */
export const SITES_QUERY = engineQuery('territories.sites', [], (engine) => engine.listSites());

/** The area's first data (its first tab: the sites grid and its saved views), asked while the page is idle (issue 16). */
export async function prefetchTerritories(controller: WorkspaceController, engine: Engine): Promise<void> {
  await Promise.all([controller.prefetched.prefetch(SITES_QUERY, engine), controller.prefetched.prefetch(gridViewsQuery('sites'), engine)]);
}
