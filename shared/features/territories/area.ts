import type { CompareApi } from './territories-api';
import { CompareEngine } from './compare-engine';
import type { EngineContext } from '../../engine/engine-context';

/** Territories and districts: catalog, indicators, profiles, comparison, maps, meeting mode. */
export function compareArea(ctx: EngineContext): CompareApi {
  const area = (): CompareEngine => new CompareEngine(ctx.db(), ctx.changes(), ctx.now);
  return {
    updateSites: async (edits) => area().updateSites(edits),
    listRegions: async (stateCode) => area().listRegions(stateCode),
    municipalityTable: async (query) => area().municipalityTable(query),
    indicatorCatalog: async () => area().indicatorCatalog(),
    saveIndicator: async (input) => area().saveIndicator(input),
    deleteIndicator: async (code) => area().deleteIndicator(code),
    indicatorValues: async (query) => area().indicatorValues(query),
    setIndicatorValues: async (edits) => area().setIndicatorValues(edits),
    territorySets: async () => area().territorySets(),
    saveTerritorySet: async (input) => area().saveTerritorySet(input),
    deleteTerritorySet: async (id) => area().deleteTerritorySet(id),
    gridViews: async (gridId) => area().gridViews(gridId),
    saveGridView: async (input) => area().saveGridView(input),
    deleteGridView: async (id) => area().deleteGridView(id),
    profile: async (subject) => area().profile(subject),
    compare: async (subjects) => area().compare(subjects),
    stateMap: async (metricId) => area().stateMap(metricId),
    siteMetrics: async () => area().siteMetrics(),
    siteMetricValues: async (metricId) => area().siteMetricValues(metricId),
    meetingSequences: async () => area().meetingSequences(),
    saveMeetingSequence: async (input) => area().saveMeetingSequence(input),
    deleteMeetingSequence: async (id) => area().deleteMeetingSequence(id),
    exportTable: async (table) => area().exportTable(table),
  };
}
