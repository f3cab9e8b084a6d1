import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { useEngineQuery } from '../../workspace/use-engine-data';
import type { EngineQuery } from '../../workspace/prefetched-data';
import type { WorkspaceController, Engine } from '../../workspace/workspace-controller';
import { economyQuery, INITIAL_PICKS, resolveSelection, storedYears, type EconomyBase, type EconomySelection } from './economy-selection';

/** What the controls need: municipalities of the focus state, the sites, the territory sets, the years of each level. */
const BASE_QUERY: EngineQuery<EconomyBase> = {
  id: 'economy.base',
  deps: [],
  load: async (engine) => {
    const [municipalities, sites, sets, years] = await Promise.all([
      engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }),
      engine.listSites(),
      engine.territorySets(),
      engine.storedActivity(),
    ]);
    return {
      municipalities,
      sites,
      sets: sets.map((s) => ({ id: s.id, name: s.name, members: s.members })),
      storedYears: storedYears(years),
    };
  },
};

export function useEconomyBase() {
  return useEngineQuery(BASE_QUERY);
}

/**
 * The analyses of a selection. LQs come for every municipality (the heat map and the map need them
 * all) and for the subject — a municipality or a custom territory, its members summed; shift-share,
 * diversification and potential sectors for the subject. Each result carries its own error: a
 * refused reference, level or custom territory shows its message, not a blank view.
 */
function resultQueries(selection: EconomySelection) {
  const query = economyQuery(selection);
  const { year, from, subject } = selection;
  const key = JSON.stringify(query);
  const subjectKey = JSON.stringify(subject);
  const named = <T>(id: string, deps: EngineQuery<T>['deps'], load: (engine: Engine) => Promise<T>): EngineQuery<T> => ({
    id: `economy.${id}`,
    deps,
    load,
  });
  return {
    lq: named('lq', [key, year], async (engine) => (query && year !== null ? engine.analyzeLocationQuotients({ ...query, year }) : null)),
    subjectLq: named('subjectLq', [key, year, subjectKey], async (engine) =>
      query && year !== null && subject ? engine.analyzeLocationQuotients({ ...query, year, subject }) : null,
    ),
    shiftShare: named('shiftShare', [key, year, from, subjectKey], async (engine) =>
      query && year !== null && from !== null && subject ? engine.analyzeShiftShare({ ...query, from, to: year, subject }) : null,
    ),
    diversity: named('diversity', [key, year, subjectKey], async (engine) =>
      query && year !== null && subject ? engine.analyzeDiversity({ ...query, year, subject }) : null,
    ),
    potential: named('potential', [key, year, subjectKey], async (engine) =>
      query && year !== null && subject ? engine.potentialSectors({ ...query, year, subject, limit: 10 }) : null,
    ),
  };
}

/** The analyses the diagnosis' charts draw (LQ against the reference and of the subject, shift-share). */
function useChartResults(queries: ReturnType<typeof resultQueries>) {
  const lq = useEngineQuery(queries.lq);
  const subjectLq = useEngineQuery(queries.subjectLq);
  const shiftShare = useEngineQuery(queries.shiftShare);
  return { lq, subjectLq, shiftShare };
}

/**
 * What a meeting slide of a diagnosis chart asks: the charts' analyses only (it ran the diversity and
 * potential-sector analyses too, which no chart draws).
 */
export function useEconomyChartResults(selection: EconomySelection) {
  return useChartResults(resultQueries(selection));
}

export type EconomyChartResults = ReturnType<typeof useEconomyChartResults>;

/** The potential sectors of a selection, for a meeting slide that draws them. */
export function useEconomyPotential(selection: EconomySelection) {
  return useEngineQuery(resultQueries(selection).potential);
}

/** The area's analyses: the charts', the diversity indices and the potential sectors. */
export function useEconomyResults(selection: EconomySelection) {
  const queries = resultQueries(selection);
  const charts = useChartResults(queries);
  const diversity = useEngineQuery(queries.diversity);
  const potential = useEngineQuery(queries.potential);
  return { ...charts, diversity, potential };
}

/** The files the selection's values came from, for the source line of the charts, the map and their PNGs. */
function sourcesQuery({ classification, measure, year, from }: EconomySelection) {
  const years = [from, year].filter((y): y is number => y !== null);
  return {
    id: 'economy.sources',
    deps: [classification, measure, years.join(',')],
    load: async (engine: Engine) =>
      classification === null || years.length === 0 ? [] : engine.activitySources({ classification, measure, years }),
  };
}

export function useEconomySources(selection: EconomySelection) {
  return useEngineQuery(sourcesQuery(selection));
}

/**
 * The area's first data, asked while the page is idle (issue 16): the base, then the analyses of the
 * selection the area opens on, in the order the area shows them.
 */
export async function prefetchEconomy(controller: WorkspaceController, engine: Engine): Promise<void> {
  const base = await controller.prefetched.prefetch(BASE_QUERY, engine);
  const selection = resolveSelection(base, INITIAL_PICKS);
  const queries = resultQueries(selection);
  await Promise.all([
    controller.prefetched.prefetch(queries.lq, engine),
    controller.prefetched.prefetch(sourcesQuery(selection), engine),
    controller.prefetched.prefetch(queries.subjectLq, engine),
    controller.prefetched.prefetch(queries.shiftShare, engine),
    controller.prefetched.prefetch(queries.diversity, engine),
    controller.prefetched.prefetch(queries.potential, engine),
  ]);
}

export type EconomyResults = ReturnType<typeof useEconomyResults>;
