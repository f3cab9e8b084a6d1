import type { EconomyApi } from './economy-api';
import {
  economyExportSchema,
  explainQuerySchema,
  periodQuerySchema,
  potentialQuerySchema,
  yearQuerySchema,
} from './schemas';
import { parseInput as parse } from '../../rpc/validate';
import { explainLocationQuotient } from './economy-explain';
import { exportEconomy } from './economy-export';
import { EconomyService } from './economy-service';
import type { EngineContext } from '../../engine/engine-context';

/** Economic diagnosis (DESIGN.md §4): every query validated here, computed by the economy service. */
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
    exportEconomyWorkbook: async (query) => {
      const q = parse(economyExportSchema, query, 'query');
      return exportEconomy(ctx.db(), q, ctx.now());
    },
  };
}
