import type { Classification, MapMetric, MapValue, Measure, Municipality, SectorTotal, Site, State, WorkspaceInfo } from '../domain/types';
import type { DiversityRow, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow } from '../domain/economy';
import type { Explanation } from '../engine/economy-explain';
import type { EconomyExportQuery, ExplainQuery, PeriodQuery, PotentialQuery, YearQuery } from './economy-schemas';
import type { SiteInput, SitePatch } from './schemas';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Increases with every change; the shells compare it with the revision last saved. */
  revision: number;
}

export interface OpenResult {
  info: WorkspaceInfo;
  /** Schema version the file had before it was upgraded on open (equal to info.schemaVersion when none ran). */
  migratedFrom: number;
}

/**
 * The engine's RPC contract: what the UI may ask of the worker that owns the database. Every
 * method is async across the worker boundary; inputs are validated inside the engine with zod.
 * Errors arrive as ArranjoError (code, message, location).
 */
export interface EngineApi {
  /** A new workspace: empty reference data only, or the demo workspace. */
  createWorkspace(options: { demo: boolean }): Promise<WorkspaceInfo>;
  openWorkspace(bytes: Uint8Array, fileName: string): Promise<OpenResult>;
  exportWorkspace(): Promise<Uint8Array>;
  info(): Promise<WorkspaceInfo>;
  history(): Promise<HistoryState>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;

  listStates(): Promise<State[]>;
  listMunicipalities(filter: { stateCode?: number }): Promise<Municipality[]>;

  listSites(): Promise<Site[]>;
  createSite(input: SiteInput): Promise<Site>;
  updateSite(id: number, patch: SitePatch): Promise<Site>;
  deleteSite(id: number): Promise<void>;

  employmentYears(classification: Classification): Promise<number[]>;
  sectorTotals(query: { classification: Classification; measure: Measure; year: number; stateCode?: number }): Promise<SectorTotal[]>;
  mapMetrics(): Promise<MapMetric[]>;
  mapValues(metricId: string, stateCode: number): Promise<MapValue[]>;

  /** Economic diagnosis (DESIGN.md §4): location quotients, shift-share, diversification, potential sectors. */
  analyzeLocationQuotients(query: YearQuery): Promise<{ rows: LqRow[]; reference: ReferenceInfo }>;
  analyzeShiftShare(query: PeriodQuery): Promise<{ rows: ShiftShareRow[]; reference: ReferenceInfo }>;
  analyzeDiversity(query: YearQuery): Promise<{ rows: DiversityRow[]; reference: ReferenceInfo }>;
  potentialSectors(query: PotentialQuery): Promise<PotentialSectorRow[]>;
  /** "Why this value": formula, inputs with their sources, reference region. */
  explainLocationQuotient(query: ExplainQuery): Promise<Explanation>;
  /** The diagnosis as an xlsx workbook (typed cells, methods sheet). */
  exportEconomyWorkbook(query: EconomyExportQuery): Promise<Uint8Array>;
}
