import { gridViewsQuery } from '../../components/grid/grid-views-query';
import { engineQuery } from '../../workspace/prefetched-data';
import type { Engine, WorkspaceController } from '../../workspace/workspace-controller';
import { referenceDay } from '../../workspace/workspace-snapshot';
import { effectiveStatusDate, worksStatusDate } from './status-date';

/** The area's first queries: the portfolio at the status date, the baselines and the milestones. */
export const portfolioQuery = (date: string) => engineQuery('works.portfolio', [date], (engine) => engine.worksPortfolio(date));
export const BASELINES_QUERY = engineQuery('works.baselines', [], (engine) => engine.listBaselines());
export const MILESTONES_QUERY = engineQuery('works.milestones', [], (engine) => engine.listMilestones());

/** The area's first data, asked while the page is idle (issue 16). */
export async function prefetchWorks(controller: WorkspaceController, engine: Engine): Promise<void> {
  const ahead = controller.prefetched;
  await Promise.all([
    ahead.prefetch(portfolioQuery(effectiveStatusDate(worksStatusDate.get(), referenceDay(controller.getSnapshot()))), engine),
    ahead.prefetch(BASELINES_QUERY, engine),
    ahead.prefetch(MILESTONES_QUERY, engine),
    ahead.prefetch(gridViewsQuery('works-portfolio'), engine),
  ]);
}
