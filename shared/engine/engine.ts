import type { SqlJsStatic } from 'sql.js';
import { z } from 'zod';
import type { Connection } from '../db/connection';
import { createWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';
import { buildDemoWorkspace, loadReferenceData } from '../demo/build-workspace';
import type { DemoSourceLoader } from '../demo/demo-sources';
import {
  CLASSIFICATIONS,
  MEASURES,
  type Classification,
  type MapMetric,
  type MapValue,
  type Measure,
  type Municipality,
  type SectorTotal,
  type Site,
  type State,
  type WorkspaceInfo,
} from '../domain/types';
import { ArranjoError } from '../errors';
import { countRows } from '../repositories/counts-repository';
import { EmploymentRepository } from '../repositories/employment-repository';
import { TerritoryRepository } from '../repositories/territory-repository';
import type { DiversityRow, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow, SubjectInfo } from '../domain/economy';
import {
  economyExportSchema,
  explainQuerySchema,
  periodQuerySchema,
  potentialQuerySchema,
  yearQuerySchema,
  type EconomyExportQuery,
  type ExplainQuery,
  type PeriodQuery,
  type PotentialQuery,
  type YearQuery,
} from '../rpc/economy-schemas';
import type { EngineApi, HistoryState, OpenResult } from '../rpc/engine-api';
import type { SiteInput, SitePatch } from '../rpc/schemas';
import { parseInput as parse } from '../rpc/validate';
import { explainLocationQuotient, type Explanation } from './economy-explain';
import { exportEconomy } from './economy-export';
import { EconomyService } from './economy-service';
import { History } from './history';
import { listMapMetrics, mapMetricValues } from './map-metrics';
import { SiteService } from './site-service';
import { CompareEngine, type MunicipalityTableQuery } from './compare/compare-engine';
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
import { ScenarioService } from './scenario-service';
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
import type { ScenarioInput, ScenarioPatch, SensitivityInput } from '../rpc/scenario-schemas';
import { importFile } from './import-file';
import { ImportService } from './import-service';
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

export interface EngineDependencies {
  SQL: SqlJsStatic;
  loadSources: DemoSourceLoader;
  now?: () => string;
}

const classificationSchema = z.enum(CLASSIFICATIONS);
const measureSchema = z.enum(MEASURES);
const stateCodeSchema = z.number().int().min(11).max(53);

/**
 * The engine: owns one open workspace and answers the RPC contract. Runs unchanged in the Web
 * Worker, in tests and in the CLI.
 */
export class Engine implements EngineApi {
  private conn: Connection | null = null;
  private changes = new History();
  // Import sessions outlive a workspace switch: an opened file does not depend on the workspace.
  private readonly importer = new ImportService(() => this.db, () => this.changes, () => this.now());
  private readonly now: () => string;

  constructor(private readonly deps: EngineDependencies) {
    this.now = deps.now ?? (() => new Date().toISOString());
  }

  private get db(): Connection {
    if (!this.conn) throw new ArranjoError('NO_WORKSPACE', 'No workspace is open.');
    return this.conn;
  }

  /** The open connection, for the CLI and tests that drive repositories directly. */
  connection(): Connection {
    return this.db;
  }

  private replace(conn: Connection): void {
    this.conn?.close();
    this.conn = conn;
    this.changes = new History();
  }

  async createWorkspace(options: { demo: boolean }): Promise<WorkspaceInfo> {
    const { demo } = parse(z.object({ demo: z.boolean() }), options, 'options');
    const sources = await this.deps.loadSources();
    const conn = createWorkspaceDatabase(this.deps.SQL, this.now());
    try {
      if (demo) await buildDemoWorkspace(conn, sources, this.now());
      else await loadReferenceData(conn, sources, this.now());
    } catch (error) {
      conn.close();
      throw error;
    }
    this.replace(conn);
    return this.info();
  }

  async openWorkspace(bytes: Uint8Array, fileName: string): Promise<OpenResult> {
    const name = parse(z.string().min(1).max(1000), fileName, 'fileName');
    const data = parse(z.instanceof(Uint8Array), bytes, 'bytes');
    const { conn, migration } = openWorkspaceDatabase(this.deps.SQL, data, name);
    this.replace(conn);
    if (migration.to !== migration.from) this.changes.touch();
    return { info: await this.info(), migratedFrom: migration.from };
  }

  async exportWorkspace(): Promise<Uint8Array> {
    return this.db.export();
  }

  async info(): Promise<WorkspaceInfo> {
    return { schemaVersion: this.db.userVersion(), counts: countRows(this.db) };
  }

  async history(): Promise<HistoryState> {
    return { canUndo: this.changes.canUndo, canRedo: this.changes.canRedo, revision: this.changes.revision };
  }

  async undo(): Promise<HistoryState> {
    this.db.transaction(() => this.changes.undo());
    return this.history();
  }

  async redo(): Promise<HistoryState> {
    this.db.transaction(() => this.changes.redo());
    return this.history();
  }

  async listStates(): Promise<State[]> {
    return new TerritoryRepository(this.db).listStates();
  }

  async listMunicipalities(filter: { stateCode?: number }): Promise<Municipality[]> {
    const { stateCode } = parse(z.object({ stateCode: stateCodeSchema.optional() }), filter, 'filter');
    return new TerritoryRepository(this.db).listMunicipalities(stateCode);
  }

  private sites(): SiteService {
    return new SiteService(this.db, this.changes, this.now);
  }

  async listSites(): Promise<Site[]> {
    return this.sites().list();
  }

  async createSite(input: SiteInput): Promise<Site> {
    return this.sites().create(input);
  }

  async updateSite(id: number, patch: SitePatch): Promise<Site> {
    return this.sites().update(id, patch);
  }

  async deleteSite(id: number): Promise<void> {
    this.sites().delete(id);
  }

  async employmentYears(classification: Classification): Promise<number[]> {
    return new EmploymentRepository(this.db).years(parse(classificationSchema, classification, 'classification'));
  }

  async sectorTotals(query: {
    classification: Classification;
    measure: Measure;
    year: number;
    stateCode?: number;
  }): Promise<SectorTotal[]> {
    const q = parse(
      z.object({
        classification: classificationSchema,
        measure: measureSchema,
        year: z.number().int(),
        stateCode: stateCodeSchema.optional(),
      }),
      query,
      'query',
    );
    return new EmploymentRepository(this.db).sectorTotals(q.classification, q.measure, q.year, q.stateCode);
  }

  async mapMetrics(): Promise<MapMetric[]> {
    return listMapMetrics(this.db);
  }

  async mapValues(metricId: string, stateCode: number): Promise<MapValue[]> {
    return mapMetricValues(this.db, parse(z.string().max(200), metricId, 'metricId'), parse(stateCodeSchema, stateCode, 'stateCode'));
  }

  private compared(): CompareEngine {
    return new CompareEngine(this.db, this.changes, this.now);
  }

  async updateSites(edits: SiteEdit[]): Promise<Site[]> {
    return this.compared().updateSites(edits);
  }

  async listRegions(stateCode: number): Promise<GeoRegion[]> {
    return this.compared().listRegions(stateCode);
  }

  async municipalityTable(query: MunicipalityTableQuery): Promise<MunicipalityTable> {
    return this.compared().municipalityTable(query);
  }

  async indicatorCatalog(): Promise<IndicatorInfo[]> {
    return this.compared().indicatorCatalog();
  }

  async saveIndicator(input: IndicatorInput): Promise<IndicatorInfo> {
    return this.compared().saveIndicator(input);
  }

  async deleteIndicator(code: string): Promise<void> {
    this.compared().deleteIndicator(code);
  }

  async indicatorValues(query: IndicatorValueQuery): Promise<IndicatorValueInfo[]> {
    return this.compared().indicatorValues(query);
  }

  async setIndicatorValues(edits: IndicatorValueEdit[]): Promise<{ written: number; removed: number }> {
    return this.compared().setIndicatorValues(edits);
  }

  async territorySets(): Promise<TerritorySet[]> {
    return this.compared().territorySets();
  }

  async saveTerritorySet(input: TerritorySetInput): Promise<TerritorySet> {
    return this.compared().saveTerritorySet(input);
  }

  async deleteTerritorySet(id: number): Promise<void> {
    this.compared().deleteTerritorySet(id);
  }

  async gridViews(gridId: string): Promise<GridViewInfo[]> {
    return this.compared().gridViews(gridId);
  }

  async saveGridView(input: { gridId: string; name: string; state: Record<string, unknown> }): Promise<GridViewInfo> {
    return this.compared().saveGridView(input);
  }

  async deleteGridView(id: number): Promise<void> {
    this.compared().deleteGridView(id);
  }

  async profile(subject: SubjectRef): Promise<Profile> {
    return this.compared().profile(subject);
  }

  async compare(subjects: SubjectRef[]): Promise<Comparison> {
    return this.compared().compare(subjects);
  }

  async stateMap(metricId: string): Promise<StateMap> {
    return this.compared().stateMap(metricId);
  }

  async siteMetrics(): Promise<SiteMetric[]> {
    return this.compared().siteMetrics();
  }

  async siteMetricValues(metricId: string): Promise<SiteMetricValue[]> {
    return this.compared().siteMetricValues(metricId);
  }

  async meetingSequences(): Promise<MeetingSequence[]> {
    return this.compared().meetingSequences();
  }

  async saveMeetingSequence(input: MeetingSequenceInput): Promise<MeetingSequence> {
    return this.compared().saveMeetingSequence(input);
  }

  async deleteMeetingSequence(id: number): Promise<void> {
    this.compared().deleteMeetingSequence(id);
  }

  async exportTable(table: TableExport): Promise<Uint8Array> {
    return this.compared().exportTable(table);
  }

  async importOpen(bytes: Uint8Array, fileName: string): Promise<ImportOpenResult> {
    return this.importer.open(bytes, fileName);
  }

  async importLayout(sessionId: string, sheet: string, overrides?: LayoutOverrides): Promise<ImportLayout> {
    return this.importer.layout(sessionId, sheet, overrides);
  }

  async importRows(sessionId: string, sheet: string, part: 'head' | 'tail', count: number): Promise<{ row: number; cells: string[] }[]> {
    return this.importer.rows(sessionId, sheet, part, count);
  }

  async importSuggest(sessionId: string, sheet: string, options?: { template?: string; target?: ImportTarget; layout?: LayoutOverrides }): Promise<SuggestedImport> {
    return this.importer.suggest(sessionId, sheet, options);
  }

  async importPreview(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportPreview> {
    return this.importer.preview(sessionId, request, onProgress);
  }

  async importIssues(sessionId: string, query?: IssueQuery): Promise<{ total: number; issues: ImportIssue[] }> {
    return this.importer.issues(sessionId, query);
  }

  async importIssuesCsv(sessionId: string): Promise<string> {
    return this.importer.issuesCsv(sessionId);
  }

  async importCommit(sessionId: string, request: ImportRequestInput, onProgress?: ProgressListener): Promise<ImportCommitResult> {
    return this.importer.commit(sessionId, request, onProgress);
  }

  async importCancel(sessionId: string): Promise<void> {
    return this.importer.cancel(sessionId);
  }

  async importClose(sessionId: string): Promise<void> {
    return this.importer.close(sessionId);
  }

  async importFile(bytes: Uint8Array, fileName: string, options: ImportFileOptions, onProgress?: ProgressListener): Promise<ImportFileResult> {
    return importFile(this.db, this.importer, bytes, fileName, options, onProgress);
  }

  async importBatches(): Promise<ImportBatchInfo[]> {
    return this.importer.batches();
  }

  async undoImport(batchId: number): Promise<UndoImportResult> {
    return this.importer.undo(batchId);
  }

  async importTemplates(): Promise<ImportTemplateInfo[]> {
    return this.importer.templateList();
  }

  async saveImportTemplate(input: SaveTemplateInput): Promise<ImportTemplateInfo> {
    return this.importer.saveTemplate(input);
  }

  async deleteImportTemplate(id: string): Promise<void> {
    return this.importer.deleteTemplate(id);
  }

  async analyzeLocationQuotients(query: YearQuery): Promise<{ rows: LqRow[]; reference: ReferenceInfo; subject?: SubjectInfo }> {
    const q = parse(yearQuerySchema, query, 'query');
    return new EconomyService(this.db).locationQuotients(q, q.year);
  }

  async analyzeShiftShare(query: PeriodQuery): Promise<{ rows: ShiftShareRow[]; reference: ReferenceInfo; subject?: SubjectInfo }> {
    const q = parse(periodQuerySchema, query, 'query');
    return new EconomyService(this.db).shiftShare(q, q.from, q.to);
  }

  async analyzeDiversity(query: YearQuery): Promise<{ rows: DiversityRow[]; reference: ReferenceInfo; subject?: SubjectInfo }> {
    const q = parse(yearQuerySchema, query, 'query');
    return new EconomyService(this.db).diversity(q, q.year);
  }

  async potentialSectors(query: PotentialQuery): Promise<PotentialSectorRow[]> {
    const q = parse(potentialQuerySchema, query, 'query');
    return new EconomyService(this.db).potentialSectors(q, q.year, q.subject, q.limit);
  }

  async explainLocationQuotient(query: ExplainQuery): Promise<Explanation> {
    const q = parse(explainQuerySchema, query, 'query');
    return explainLocationQuotient(this.db, q, q.year, q.subject, q.sectorCode);
  }

  async exportEconomyWorkbook(query: EconomyExportQuery): Promise<Uint8Array> {
    const q = parse(economyExportSchema, query, 'query');
    return exportEconomy(this.db, q, this.now());
  }

  private scenarios(): ScenarioService {
    return new ScenarioService(this.db, this.changes, this.now);
  }

  async listScenarios(): Promise<ScenarioSummary[]> {
    return this.scenarios().list();
  }

  async getScenario(id: number): Promise<Scenario> {
    return this.scenarios().get(id);
  }

  async createScenario(input: ScenarioInput): Promise<Scenario> {
    return this.scenarios().create(input);
  }

  async updateScenario(id: number, patch: ScenarioPatch): Promise<Scenario> {
    return this.scenarios().update(id, patch);
  }

  async deleteScenario(id: number): Promise<void> {
    this.scenarios().delete(id);
  }

  async duplicateScenario(id: number, name?: string): Promise<Scenario> {
    return this.scenarios().duplicate(id, name);
  }

  async freezeScenario(id: number): Promise<Scenario> {
    return this.scenarios().freeze(id);
  }

  async unfreezeScenario(id: number): Promise<Scenario> {
    return this.scenarios().unfreeze(id);
  }

  async criterionSources(): Promise<CriterionSourceOption[]> {
    return this.scenarios().criterionSources();
  }

  async runScenario(id: number): Promise<ScenarioRun> {
    return this.scenarios().run(id);
  }

  async scenarioSensitivity(id: number, options?: SensitivityInput): Promise<ScenarioSensitivity> {
    return this.scenarios().sensitivity(id, options);
  }

  async scenarioStakeholders(id: number, consensus?: 'borda' | 'copeland'): Promise<ScenarioStakeholders> {
    return this.scenarios().stakeholders(id, consensus);
  }

  async scenarioObjectiveWeights(id: number, method: ObjectiveWeighting): Promise<{ weights: number[]; measure: number[]; criteria: string[] }> {
    return this.scenarios().objectiveWeights(id, method);
  }

  async compareScenarios(ids: number[]): Promise<ScenarioComparison> {
    return this.scenarios().compare(parse(z.array(z.number().int().positive()).max(20), ids, 'ids'));
  }

  async ahpWeights(matrix: number[][]): Promise<AhpResult> {
    return this.scenarios().ahp(matrix);
  }

  async exportScenarioWorkbook(id: number, locale: 'pt-BR' | 'en' | 'es', sensitivity?: SensitivityInput): Promise<Uint8Array> {
    return this.scenarios().exportWorkbook(id, locale, sensitivity);
  }
}
