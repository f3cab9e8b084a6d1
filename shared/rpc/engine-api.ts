import type { Classification, MapMetric, MapValue, Measure, Municipality, SectorTotal, Site, State, WorkspaceInfo } from '../domain/types';
import type { DiversityRow, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow, SubjectInfo } from '../domain/economy';
import type { Explanation } from '../engine/economy-explain';
import type { EconomyExportQuery, ExplainQuery, PeriodQuery, PotentialQuery, YearQuery } from './economy-schemas';
import type { SiteInput, SitePatch } from './schemas';
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
} from '../domain/compare';
import type { MunicipalityTableQuery } from '../engine/compare/compare-engine';
import type { AhpResult } from '../analysis/mcda/ahp';
import type { ObjectiveWeighting } from '../analysis/mcda/objective-weights';
import type {
  CriterionSourceOption,
  Scenario,
  ScenarioComparison,
  ScenarioRun,
  ScenarioSensitivity,
  ScenarioStakeholders,
  ScenarioSummary,
} from '../domain/scenario';
import type { ScenarioInput, ScenarioPatch, SensitivityInput } from './scenario-schemas';
import type {
  ImportBatchInfo,
  ImportCommitResult,
  ImportFileOptions,
  ImportFileResult,
  ImportIssue,
  ImportLayout,
  ImportOpenResult,
  ImportPreview,
  ImportRequestInput,
  ImportTarget,
  ImportTemplateInfo,
  IssueQuery,
  LayoutOverrides,
  ProgressListener,
  SaveTemplateInput,
  SuggestedImport,
  UndoImportResult,
} from '../import/api';

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

  /**
   * Territories and districts (catalog, indicators, profiles, comparison, maps, meeting mode): edits
   * are validated, all-or-nothing, change-logged and undoable like site edits.
   */
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

  /**
   * Import wizard (DESIGN.md §5): open a file → sheets and matching templates → layout (header,
   * data end, columns) → suggested mapping → preview (counts, issues, unresolved territories) →
   * commit as one batch; batch history and undo; templates. `onProgress` may be a Comlink proxy;
   * `importCancel` stops a running preview or commit, and nothing is written.
   */
  importOpen(bytes: Uint8Array, fileName: string): Promise<ImportOpenResult>;
  importLayout(sessionId: string, sheet: string, overrides?: LayoutOverrides): Promise<ImportLayout>;
  /** The first or last rows of a sheet as text (≤ 500), to show titles, header, totals and footers. */
  importRows(sessionId: string, sheet: string, part: 'head' | 'tail', count: number): Promise<{ row: number; cells: string[] }[]>;
  importSuggest(sessionId: string, sheet: string, options?: { template?: string; target?: ImportTarget; layout?: LayoutOverrides }): Promise<SuggestedImport>;
  importPreview(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportPreview>;
  importIssues(sessionId: string, query?: IssueQuery): Promise<{ total: number; issues: ImportIssue[] }>;
  /** The last preview's issues as CSV (";" and BOM, for Excel). */
  importIssuesCsv(sessionId: string): Promise<string>;
  importCommit(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportCommitResult>;
  importCancel(sessionId: string): Promise<void>;
  importClose(sessionId: string): Promise<void>;
  /** Open, pick the template the file leaves no doubt about (or the one given), and commit — the CLI's import. */
  importFile(bytes: Uint8Array, fileName: string, options: ImportFileOptions, onProgress?: ProgressListener): Promise<ImportFileResult>;
  importBatches(): Promise<ImportBatchInfo[]>;
  undoImport(batchId: number): Promise<UndoImportResult>;
  importTemplates(): Promise<ImportTemplateInfo[]>;
  saveImportTemplate(input: SaveTemplateInput): Promise<ImportTemplateInfo>;
  deleteImportTemplate(id: string): Promise<void>;

  /**
   * Economic diagnosis (DESIGN.md §4): location quotients, shift-share, diversification, potential
   * sectors. Rows of every municipality, of the `territories` asked, or of one `subject` — a
   * municipality or a custom territory (a territory set, its members summed), reported in `subject`.
   */
  analyzeLocationQuotients(query: YearQuery): Promise<{ rows: LqRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  analyzeShiftShare(query: PeriodQuery): Promise<{ rows: ShiftShareRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  analyzeDiversity(query: YearQuery): Promise<{ rows: DiversityRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  /** The subject's potential sectors, ranked by density on the space the municipalities define. */
  potentialSectors(query: PotentialQuery): Promise<PotentialSectorRow[]>;
  /** "Why this value": formula, inputs with their sources, reference region; a custom territory's members' parts. */
  explainLocationQuotient(query: ExplainQuery): Promise<Explanation>;
  /** The diagnosis as an xlsx workbook (typed cells, potential sectors of the subject, methods sheet). */
  exportEconomyWorkbook(query: EconomyExportQuery): Promise<Uint8Array>;

  /**
   * Prioritization (DESIGN.md §3 scenario, §4 multi-criteria): scenarios edited as a whole (validated,
   * logged, undoable), frozen inputs, runs, sensitivity, stakeholders, comparison and the workbook.
   * Walking weights re-score in the UI with the pure `createScorer` on `ScenarioRun.model`.
   */
  listScenarios(): Promise<ScenarioSummary[]>;
  getScenario(id: number): Promise<Scenario>;
  createScenario(input: ScenarioInput): Promise<Scenario>;
  updateScenario(id: number, patch: ScenarioPatch): Promise<Scenario>;
  deleteScenario(id: number): Promise<void>;
  duplicateScenario(id: number, name?: string): Promise<Scenario>;
  freezeScenario(id: number): Promise<Scenario>;
  unfreezeScenario(id: number): Promise<Scenario>;
  criterionSources(): Promise<CriterionSourceOption[]>;
  runScenario(id: number): Promise<ScenarioRun>;
  scenarioSensitivity(id: number, options?: SensitivityInput): Promise<ScenarioSensitivity>;
  scenarioStakeholders(id: number, consensus?: 'borda' | 'copeland'): Promise<ScenarioStakeholders>;
  scenarioObjectiveWeights(id: number, method: ObjectiveWeighting): Promise<{ weights: number[]; measure: number[]; criteria: string[] }>;
  compareScenarios(ids: number[]): Promise<ScenarioComparison>;
  ahpWeights(matrix: number[][]): Promise<AhpResult>;
  exportScenarioWorkbook(id: number, locale: 'pt-BR' | 'en' | 'es', sensitivity?: SensitivityInput): Promise<Uint8Array>;
}
