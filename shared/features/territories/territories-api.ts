import type {
  Comparison,
  GeoRegion,
  GridViewInfo,
  IndicatorInfo,
  IndicatorInput,
  IndicatorValueEdit,
  IndicatorValueInfo,
  IndicatorValueQuery,
  MeetingSequence,
  MeetingSequenceInput,
  MunicipalityTable,
  Profile,
  SiteEdit,
  SiteMetric,
  SiteMetricValue,
  StateMap,
  SubjectRef,
  TableExport,
  TerritorySet,
  TerritorySetInput,
} from './types';
import type { SiteInput, SitePatch } from '../../domain/schemas';
import type { Site } from '../../domain/types';
import type { MunicipalityTableQuery } from './municipality-table';

/**
 * Territories and districts (sites, catalog, indicators, profiles, comparison, maps, meeting mode):
 * edits are validated, all-or-nothing, change-logged and undoable.
 */
export interface TerritoriesApi {
  listSites(): Promise<Site[]>;
  createSite(input: SiteInput): Promise<Site>;
  updateSite(id: number, patch: SitePatch): Promise<Site>;
  deleteSite(id: number): Promise<void>;
  /** Several site edits at once (a paste): all validated first, one undo step. */
  updateSites(edits: SiteEdit[]): Promise<Site[]>;
  listRegions(stateCode: number): Promise<GeoRegion[]>;
  /** Municipalities with their indicators (newest period each) and formal jobs by IBGE sector. */
  municipalityTable(query: MunicipalityTableQuery): Promise<MunicipalityTable>;
  indicatorCatalog(): Promise<IndicatorInfo[]>;
  saveIndicator(input: IndicatorInput): Promise<IndicatorInfo>;
  deleteIndicator(code: string): Promise<void>;
  indicatorValues(query: IndicatorValueQuery): Promise<IndicatorValueInfo[]>;
  /** Enters (or removes, value null) values; provenance "entered by the user" with the date. */
  setIndicatorValues(edits: IndicatorValueEdit[]): Promise<{ written: number; removed: number }>;
  territorySets(): Promise<TerritorySet[]>;
  saveTerritorySet(input: TerritorySetInput): Promise<TerritorySet>;
  deleteTerritorySet(id: number): Promise<void>;
  gridViews(gridId: string): Promise<GridViewInfo[]>;
  saveGridView(input: { gridId: string; name: string; state: Record<string, unknown> }): Promise<GridViewInfo>;
  deleteGridView(id: number): Promise<void>;
  profile(subject: SubjectRef): Promise<Profile>;
  /** 1–10 sites or municipalities side by side, one period per row. */
  compare(subjects: SubjectRef[]): Promise<Comparison>;
  /** The states map of a map metric (state values, or sums of municipal values when additive). */
  stateMap(metricId: string): Promise<StateMap>;
  siteMetrics(): Promise<SiteMetric[]>;
  siteMetricValues(metricId: string): Promise<SiteMetricValue[]>;
  meetingSequences(): Promise<MeetingSequence[]>;
  saveMeetingSequence(input: MeetingSequenceInput): Promise<MeetingSequence>;
  deleteMeetingSequence(id: number): Promise<void>;
  /** A grid's current view as xlsx (typed cells, notes sheet). */
  exportTable(table: TableExport): Promise<Uint8Array>;
}
