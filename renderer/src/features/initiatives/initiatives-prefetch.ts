import { gridViewsQuery } from '../../components/grid/grid-views-query';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { engineQuery } from '../../workspace/prefetched-data';
import type { Engine, WorkspaceController } from '../../workspace/workspace-controller';
import { MAP_SCOPES } from '../territories/maps/geo';
import type { InitiativesMapScope } from './initiatives-map-option';

/** The registry, as the area lists it. */
export const INITIATIVES_QUERY = engineQuery('initiatives.list', [], (engine) => engine.listInitiatives({}));
/** Every initiative's members and their population, with its period and source: the grid's distinct totals and header. */
export const POPULATION_QUERY = engineQuery('initiatives.population', [], (engine) => engine.initiativePopulation());
export const NEAR_DUPLICATES_QUERY = engineQuery('initiatives.nearDuplicates', [], (engine) => engine.initiativeNearDuplicates());

/** What the map draws the initiatives on: each territory set's members, the MG municipalities' names, the geometry loaded. */
export const mapAreasQuery = (scope: InitiativesMapScope) =>
  engineQuery('initiatives.mapAreas', [scope], async (engine) => {
    // Only the MG map names its areas by municipality: the other 4,700 municipalities are not asked for.
    const [sets, municipalities] = await Promise.all([
      engine.territorySets(),
      scope === 'mg' ? engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }) : [],
      MAP_SCOPES[scope].ensure(),
    ]);
    return { members: new Map(sets.map((s) => [s.id, s.members])), names: new Map(municipalities.map((m) => [String(m.code), m.name])) };
  });

/** The area's first data (the list, its grid's views, the MG map's areas), asked while the page is idle (issue 16). */
export async function prefetchInitiatives(controller: WorkspaceController, engine: Engine): Promise<void> {
  const ahead = controller.prefetched;
  await Promise.all([
    ahead.prefetch(INITIATIVES_QUERY, engine),
    ahead.prefetch(mapAreasQuery('mg'), engine),
    ahead.prefetch(gridViewsQuery('initiatives'), engine),
    ahead.prefetch(NEAR_DUPLICATES_QUERY, engine),
    ahead.prefetch(POPULATION_QUERY, engine),
  ]);
}
