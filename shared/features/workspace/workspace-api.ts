import type {
  Classification,
  MapMetric,
  MapValue,
  Measure,
  Municipality,
  Sector,
  SectorTotal,
  State,
  WorkspaceInfo,
  YearSource,
} from '../../domain/types';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Increases with every change; the shells compare it with the revision last saved. */
  revision: number;
  /** What the last undo or redo changed back (for the "Desfeito: …" message); absent otherwise. */
  undone?: UndoneChange;
  /**
   * The day a demo describes (YYYY-MM-DD), at which its dates are read by default (its works, plans
   * and prospects are dated from it) until `readAtToday`; null when the workspace is read at today.
   */
  demoDay: string | null;
}

/** A change undone (or redone): its label code, area, the records and fields it touched. */
export interface UndoneChange {
  label: string;
  area: string;
  target: string | null;
  fields: string[];
}

export interface OpenResult {
  info: WorkspaceInfo;
  /** Schema version the file had before it was upgraded on open (equal to info.schemaVersion when none ran). */
  migratedFrom: number;
}

/**
 * What the dashboard's map and jobs chart draw first, in one answer: the map metrics with the first
 * one's values in the state, and the years of jobs by IBGE sector with the latest one's totals.
 */
export interface DashboardFirst {
  metrics: MapMetric[];
  years: number[];
  /** The first metric's values for the state's municipalities; null without metrics. */
  map: { metricId: string; values: MapValue[] } | null;
  /**
   * Jobs by IBGE sector in the state in the latest year, and the files they came from (as
   * `activitySources` gives them: the chart's source line, drawn once); null without such data.
   */
  jobs: { year: number; totals: SectorTotal[]; sources: YearSource[] } | null;
}

/** The open workspace: create, open, save, undo; the reference territories, jobs and dashboard maps. */
export interface WorkspaceApi {
  /** A new workspace: empty reference data only, or the demo workspace. */
  createWorkspace(options: { demo: boolean }): Promise<WorkspaceInfo>;
  /**
   * Opens workspace bytes after SQLite's full integrity check, or only its quick check when the
   * shell knows the file is an image Arranjo wrote itself (`knownClean`); the schema, foreign-key
   * and JSON checks run then too. `certified`: the shell verified the bytes hash to an image this
   * machine's Arranjo saved (which passed the quick check in memory before it was written, see
   * `exportWorkspace`) and that its writer closed cleanly; only the JSON check runs
   * (shared/db/open-workspace.ts says why that is safe).
   */
  openWorkspace(bytes: Uint8Array, fileName: string, options?: { knownClean?: boolean; certified?: boolean }): Promise<OpenResult>;
  /** SQLite's full integrity check of the open workspace (on demand; the shells run it before a save-as). */
  checkIntegrity(): Promise<void>;
  /** The workspace's file image, after SQLite's quick check of the database in memory (refused, nothing exported, when it fails). */
  exportWorkspace(): Promise<Uint8Array>;
  info(): Promise<WorkspaceInfo>;
  history(): Promise<HistoryState>;
  /** Reads a demo's dates at today from now on, not at the day it describes (undoable); nothing for any other workspace. */
  readAtToday(): Promise<HistoryState>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;

  listStates(): Promise<State[]>;
  listMunicipalities(filter: { stateCode?: number }): Promise<Municipality[]>;

  employmentYears(classification: Classification): Promise<number[]>;
  /** The classification's sectors (code, name, parent), by code: the import review's picker for codes outside it. */
  listSectors(classification: Classification): Promise<Sector[]>;
  /** Every (classification, measure, year) with stored values: the analyses offer each level these roll up to. */
  storedActivity(): Promise<{ classification: Classification; measure: Measure; year: number }[]>;
  /** Economic-activity records per measure (the dashboard names what it counts). */
  employmentMeasureCounts(): Promise<{ measure: Measure; records: number }[]>;
  sectorTotals(query: { classification: Classification; measure: Measure; year: number; stateCode?: number }): Promise<SectorTotal[]>;
  mapMetrics(): Promise<MapMetric[]>;
  mapValues(metricId: string, stateCode: number): Promise<MapValue[]>;
  /**
   * The dashboard's first map and chart in one call (issue 16): asked one after another, each
   * answer waited for the page to draw the previous one before the next question was sent.
   */
  dashboardFirst(stateCode: number): Promise<DashboardFirst>;
}
