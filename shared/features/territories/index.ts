import { idSchema, stateCodeSchema } from '../../domain/schemas';
import type { EngineContext } from '../../engine/engine-context';
import { tableExportSchema, tableWorkbook } from '../../export/table-workbook';
import { parseInput as parse } from '../../rpc/validate';
import { FactsRepository } from './facts-repository';
import { FactsBuilder } from './facts';
import { IndicatorService } from './indicator-service';
import { siteMetrics, siteMetricValues, stateMap } from './map-extras';
import { municipalityTable } from './municipality-table';
import { buildProfile } from './profile';
import { SavedViewsService } from './saved-views-service';
import {
  compareQuerySchema,
  gridIdSchema,
  indicatorCodeSchema,
  metricIdSchema,
  municipalityTableQuerySchema,
  siteEditsSchema,
  subjectRefSchema,
} from './schemas';
import { SiteService } from './site-service';
import type { TerritoriesApi } from './territories-api';
import { TerritorySetService } from './territory-set-service';

/**
 * Territories (the public entry of shared/features/territories): sites, the indicator catalog and
 * values, custom territories, saved grid views, profiles, comparison, maps and meeting mode.
 */
export type { TerritoriesApi } from './territories-api';
export type * from './types';
export * from './schemas';
export { SUBJECT_KINDS, MEETING_VIEW_KINDS } from './types';
export { TABLE_COLUMN_KINDS } from '../../export/table-workbook';
export { KNOWN_UNITS, isAdditiveUnit, isKnownUnit, type KnownUnit } from './units';
export { BUILT_IN_INDICATORS } from './survey';
export type { MunicipalityTableQuery } from './municipality-table';

/**
 * The area's methods, each registered in one line onto the service or query that does the work;
 * input is validated here, at the interface, or by the service's own schema (site, indicator, set,
 * view and sequence inputs). A fresh service per call: the open workspace may change between calls.
 */
export function territoriesArea(ctx: EngineContext): TerritoriesApi {
  const sites = (): SiteService => new SiteService(ctx.db(), ctx.changes(), ctx.now);
  const indicators = (): IndicatorService => new IndicatorService(ctx.db(), ctx.changes(), ctx.now);
  const sets = (): TerritorySetService => new TerritorySetService(ctx.db(), ctx.changes(), ctx.now);
  const saved = (): SavedViewsService => new SavedViewsService(ctx.db(), ctx.changes(), ctx.now);
  return {
    listSites: async () => sites().list(),
    createSite: async (input) => sites().create(input),
    updateSite: async (id, patch) => sites().update(id, patch),
    deleteSite: async (id) => sites().delete(id),
    updateSites: async (edits) => sites().updateMany(parse(siteEditsSchema, edits, 'edits')),
    listRegions: async (stateCode) => new FactsRepository(ctx.db()).regions(parse(stateCodeSchema, stateCode, 'stateCode')),
    municipalityTable: async (query) => municipalityTable(ctx.db(), parse(municipalityTableQuerySchema, query, 'query')),
    indicatorCatalog: async () => indicators().catalog(),
    saveIndicator: async (input) => indicators().save(input),
    deleteIndicator: async (code) => indicators().delete(parse(indicatorCodeSchema, code, 'code')),
    indicatorValues: async (query) => indicators().values(query),
    setIndicatorValues: async (edits) => indicators().setValues(edits),
    territorySets: async () => sets().list(),
    saveTerritorySet: async (input) => sets().save(input),
    deleteTerritorySet: async (id) => sets().delete(parse(idSchema, id, 'id')),
    gridViews: async (gridId) => saved().gridViews(parse(gridIdSchema, gridId, 'gridId')),
    saveGridView: async (input) => saved().saveGridView(input),
    deleteGridView: async (id) => saved().deleteGridView(parse(idSchema, id, 'id')),
    profile: async (subject) => buildProfile(ctx.db(), parse(subjectRefSchema, subject, 'subject')),
    compare: async (subjects) => new FactsBuilder(ctx.db()).build(parse(compareQuerySchema, { subjects }, 'query').subjects),
    stateMap: async (metricId) => stateMap(ctx.db(), parse(metricIdSchema, metricId, 'metricId')),
    siteMetrics: async () => siteMetrics(ctx.db()),
    siteMetricValues: async (metricId) => siteMetricValues(ctx.db(), parse(metricIdSchema, metricId, 'metricId')),
    meetingSequences: async () => saved().meetingSequences(),
    saveMeetingSequence: async (input) => saved().saveMeetingSequence(input),
    deleteMeetingSequence: async (id) => saved().deleteMeetingSequence(parse(idSchema, id, 'id')),
    exportTable: async (table) => tableWorkbook(parse(tableExportSchema, table, 'table'), ctx.now()),
  };
}
