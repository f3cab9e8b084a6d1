import { FOCUS_STATE_CODE } from '../../lib/focus-state';
import { useEngineData } from '../../workspace/use-engine-data';
import { economyQuery, storedYears, type EconomyBase, type EconomySelection } from './economy-selection';

/** What the controls need: municipalities of the focus state, the sites, the territory sets, the years of each level. */
export function useEconomyBase() {
  return useEngineData(async (engine): Promise<EconomyBase> => {
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
  }, []);
}

/**
 * The analyses of a selection. LQs come for every municipality (the heat map and the map need them
 * all) and for the subject — a municipality or a custom territory, its members summed; shift-share,
 * diversification and potential sectors for the subject. Each result carries its own error: a
 * refused reference, level or custom territory shows its message, not a blank view.
 */
export function useEconomyResults(selection: EconomySelection) {
  const query = economyQuery(selection);
  const { year, from, subject } = selection;
  const key = JSON.stringify(query);
  const subjectKey = JSON.stringify(subject);

  const lq = useEngineData(
    async (engine) => (query && year !== null ? engine.analyzeLocationQuotients({ ...query, year }) : null),
    [key, year],
  );
  const subjectLq = useEngineData(
    async (engine) => (query && year !== null && subject ? engine.analyzeLocationQuotients({ ...query, year, subject }) : null),
    [key, year, subjectKey],
  );
  const shiftShare = useEngineData(
    async (engine) =>
      query && year !== null && from !== null && subject ? engine.analyzeShiftShare({ ...query, from, to: year, subject }) : null,
    [key, year, from, subjectKey],
  );
  const diversity = useEngineData(
    async (engine) => (query && year !== null && subject ? engine.analyzeDiversity({ ...query, year, subject }) : null),
    [key, year, subjectKey],
  );
  const potential = useEngineData(
    async (engine) => (query && year !== null && subject ? engine.potentialSectors({ ...query, year, subject, limit: 10 }) : null),
    [key, year, subjectKey],
  );
  return { lq, subjectLq, shiftShare, diversity, potential };
}

/** The files the selection's values came from, for the source line of the charts, the map and their PNGs. */
export function useEconomySources(selection: EconomySelection) {
  const { classification, measure, year, from } = selection;
  const years = [from, year].filter((y): y is number => y !== null);
  return useEngineData(
    async (engine) => (classification === null || years.length === 0 ? [] : engine.activitySources({ classification, measure, years })),
    [classification, measure, years.join(',')],
  );
}

export type EconomyResults = ReturnType<typeof useEconomyResults>;
