import { CLASSIFICATIONS, type Classification } from '../../../../shared/domain/types';
import { FOCUS_STATE_CODE } from '../../app/areas';
import { useEngineData } from '../../workspace/use-engine-data';
import { economyQuery, type EconomyBase, type EconomySelection } from './economy-selection';

/** What the controls need: municipalities of the focus state, the sites, the territory sets, the years of each level. */
export function useEconomyBase() {
  return useEngineData(async (engine): Promise<EconomyBase> => {
    const [municipalities, sites, sets, years] = await Promise.all([
      engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }),
      engine.listSites(),
      engine.territorySets(),
      Promise.all(CLASSIFICATIONS.map((c) => engine.employmentYears(c))),
    ]);
    const yearsByClassification = Object.fromEntries(CLASSIFICATIONS.map((c, i) => [c, years[i] ?? []])) as Record<
      Classification,
      number[]
    >;
    return { municipalities, sites, sets: sets.map((s) => ({ id: s.id, name: s.name })), yearsByClassification };
  }, []);
}

/**
 * The analyses of a selection. LQs come for every territory (the heat map and the map need them
 * all); shift-share, diversification and potential sectors for the territory under study. Each
 * result carries its own error: a refused reference or level shows its message, not a blank view.
 */
export function useEconomyResults(selection: EconomySelection) {
  const query = economyQuery(selection);
  const { year, from, territoryCode } = selection;
  const key = JSON.stringify(query);
  const territories = territoryCode === null ? undefined : [territoryCode];

  const lq = useEngineData(
    async (engine) => (query && year !== null ? engine.analyzeLocationQuotients({ ...query, year }) : null),
    [key, year],
  );
  const shiftShare = useEngineData(
    async (engine) =>
      query && year !== null && from !== null && territories ? engine.analyzeShiftShare({ ...query, from, to: year, territories }) : null,
    [key, year, from, territoryCode],
  );
  const diversity = useEngineData(
    async (engine) => (query && year !== null && territories ? engine.analyzeDiversity({ ...query, year, territories }) : null),
    [key, year, territoryCode],
  );
  const potential = useEngineData(
    async (engine) =>
      query && year !== null && territoryCode !== null ? engine.potentialSectors({ ...query, year, territoryCode, limit: 10 }) : null,
    [key, year, territoryCode],
  );
  return { lq, shiftShare, diversity, potential };
}

export type EconomyResults = ReturnType<typeof useEconomyResults>;
