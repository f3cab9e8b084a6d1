import type { EconomyApi } from './economy-api';
import {
  economyExportSchema,
  explainQuerySchema,
  periodQuerySchema,
  potentialQuerySchema,
  sourcesQuerySchema,
  yearQuerySchema,
} from './schemas';
import { ActivityLevels } from './activity-levels';
import { parseInput as parse } from '../../rpc/validate';
import { explainLocationQuotient } from './economy-explain';
import { exportEconomy } from './economy-export';
import { EconomyService } from './economy-service';
import type { EngineContext } from '../../engine/engine-context';

/** Economic diagnosis (the public entry of shared/features/economy). */
export type { EconomyApi } from './economy-api';
export type * from './types';
export type { Explanation } from './economy-explain';
/** Location quotients and potential sectors, for the areas that score territories with them (prioritization). */
export { EconomyService } from './economy-service';
/** Values at any level (stored, or rolled up along CNAE and to the IBGE sectors), for the CLI and the metrics. */
export { ActivityLevels, type LevelYears } from './activity-levels';
/** The measures' names and the analyses' missing reasons in a language (the economy workbook's words). */
export { measureName, reasonText, referenceNameIn } from './economy-workbook-methods';
/** What redraws a diagnosis chart in a meeting sequence (checked where a sequence is saved). */
export { economyMeetingSpecSchema, ECONOMY_MEETING_CHARTS, type EconomyMeetingChart, type EconomyMeetingSpec } from './meeting-spec';
export type { EconomyExportQuery, ExplainQuery, PeriodQuery, PotentialQuery, SourcesQuery, YearQuery } from './schemas';

/** The area's methods, one line each onto the economy service; every query is validated here, at the interface. */
export function economyArea(ctx: EngineContext): EconomyApi {
  const service = (): EconomyService => new EconomyService(ctx.db());
  return {
    analyzeLocationQuotients: async (query) => {
      const q = parse(yearQuerySchema, query, 'query');
      return service().locationQuotients(q, q.year);
    },
    analyzeShiftShare: async (query) => {
      const q = parse(periodQuerySchema, query, 'query');
      return service().shiftShare(q, q.from, q.to);
    },
    analyzeDiversity: async (query) => {
      const q = parse(yearQuerySchema, query, 'query');
      return service().diversity(q, q.year);
    },
    potentialSectors: async (query) => {
      const q = parse(potentialQuerySchema, query, 'query');
      return service().potentialSectors(q, q.year, q.subject, q.limit);
    },
    explainLocationQuotient: async (query) => {
      const q = parse(explainQuerySchema, query, 'query');
      return explainLocationQuotient(ctx.db(), q, q.year, q.subject, q.sectorCode);
    },
    activitySources: async (query) => {
      const q = parse(sourcesQuerySchema, query, 'query');
      return new ActivityLevels(ctx.db()).sourcesOfYears(q.classification, q.measure, q.years);
    },
    exportEconomyWorkbook: async (query) => {
      const q = parse(economyExportSchema, query, 'query');
      return exportEconomy(ctx.db(), q, ctx.now());
    },
  };
}
