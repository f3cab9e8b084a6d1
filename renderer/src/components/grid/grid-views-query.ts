import { engineQuery } from '../../workspace/prefetched-data';

/** A grid's saved views (GridViewsMenu); areas prefetch their grid's (issue 16). */
export const gridViewsQuery = (gridId: string) => engineQuery('grid.views', [gridId], (engine) => engine.gridViews(gridId));
