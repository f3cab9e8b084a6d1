import type { SqlJsStatic } from 'sql.js';
import { z } from 'zod';
import type { Connection } from '../../db/connection';
import { assertIntact, createWorkspaceDatabase, exportImage, lendCheckedImage, openWorkspaceDatabase } from '../../db/open-workspace';
import { buildDemoWorkspace, loadReferenceData, type DemoStep } from '../../demo/build-workspace';
import { openShippedDemo, type ShippedDemo } from '../../demo/open-shipped-demo';
import { SHIPPED_DEMO_DAY } from '../../demo/shipped-demo';
import type { DemoSourceLoader } from '../../demo/demo-sources';
import {
  CLASSIFICATIONS,
  MEASURES,
  type Classification,
  type MapMetric,
  type MapValue,
  type Measure,
  type Municipality,
  type Sector,
  type SectorTotal,
  type State,
  type WorkspaceInfo,
} from '../../domain/types';
import { ArranjoError } from '../../errors';
import { workspaceInfo } from './counts-repository';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { MetaRepository } from '../../repositories/meta-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { stateCodeSchema } from '../../domain/schemas';
import { parseInput as parse } from '../../rpc/validate';
import type { DashboardFirst, HistoryState, OpenResult, WorkspaceApi } from './workspace-api';
import { describeChange } from './undone-change';
import type { EngineContext } from '../../engine/engine-context';
import { History } from '../../engine/history';
import { listMapMetrics, mapMetricValues } from '../metrics';
import { ActivityLevels } from '../economy';
import { localDay } from '../../text/local-day';
import { loadFeatureTargets } from '../../import/targets/feature-targets';

export interface EngineDependencies {
  SQL: SqlJsStatic;
  loadSources: DemoSourceLoader;
  /**
   * The prebuilt demo workspace (resources/demo/: its bytes, uncompressed, and its build's record of
   * them), where the shell ships it: the demo is then opened rather than built. Without it the demo
   * is built from `loadSources`.
   */
  loadDemoWorkspace?: () => Promise<ShippedDemo>;
  now?: () => string;
  /**
   * The planner's day: by default the day of `now` where the machine is (shared/text/local-day.ts).
   * The shipped demo's build fixes it, so that its file is the same from any time zone.
   */
  today?: () => string;
  /** The features' illustrative demo parts (the composition root passes them). */
  demoSteps?: readonly DemoStep[];
}

const classificationSchema = z.enum(CLASSIFICATIONS);
const measureSchema = z.enum(MEASURES);

/**
 * The open workspace and what every area stands on: create, open, export, undo/redo, the reference
 * territories, jobs and the dashboard maps. The areas reach it through `context`.
 */
export class WorkspaceEngine implements WorkspaceApi {
  private conn: Connection | null = null;
  private changes = new History();
  /**
   * The shipped demo is open as shipped (its build's record stands for it): until its first change,
   * its day is the build's (SHIPPED_DEMO_DAY) and `history` answers it without SQL. The first
   * statement on a new database reads its schema (~30 ms of WebAssembly compiled on first use), and
   * the history's was the one the app waited for between a first start's map and `app-ready` (issue 16).
   */
  private asShipped = false;
  private readonly now: () => string;
  /** What the areas (compare, import, economy, scenarios) need of the open workspace. */
  readonly context: EngineContext = {
    db: () => this.db,
    changes: () => this.changes,
    now: () => this.now(),
    today: () => new MetaRepository(this.db).demoDay() ?? this.planningDay(),
  };

  constructor(private readonly deps: EngineDependencies) {
    this.now = deps.now ?? (() => new Date().toISOString());
  }

  /** Today where the planner is (see EngineDependencies.today). */
  private planningDay(): string {
    return this.deps.today?.() ?? localDay(new Date(this.now()));
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
    this.asShipped = false;
  }

  async createWorkspace(options: { demo: boolean }): Promise<WorkspaceInfo> {
    const { demo } = parse(z.object({ demo: z.boolean() }), options, 'options');
    if (demo && this.deps.loadDemoWorkspace) {
      const shipped = await this.deps.loadDemoWorkspace();
      // The shipped file is the app's own build output: opened as built, the received-file checks
      // only when it is not at the latest schema (shared/demo/open-shipped-demo.ts says why it is safe).
      const asShipped = openShippedDemo(this.deps.SQL, shipped.bytes);
      this.replace(asShipped ?? openWorkspaceDatabase(this.deps.SQL, shipped.bytes, 'arranjo-demo.arranjo').conn);
      // Opened as built, its counts are the build's (the same test holds them equal): counting its
      // ~110,000 rows cost a first start ~0.3 s, with the WebAssembly it made hot (issue 16).
      if (asShipped && shipped.info.schemaVersion === asShipped.userVersion()) {
        this.asShipped = true;
        return { schemaVersion: shipped.info.schemaVersion, counts: { ...shipped.info.counts } };
      }
      return this.info();
    }
    const sources = await this.deps.loadSources();
    const conn = createWorkspaceDatabase(this.deps.SQL, this.now());
    try {
      // The demo is dated from the planner's day: `arranjo init --demo` run in Brazil after 21:00 took
      // the UTC day of the clock, and the demo described tomorrow (its status date, plan and works).
      if (demo) await buildDemoWorkspace(conn, sources, this.now(), this.deps.demoSteps ?? [], this.planningDay());
      else await loadReferenceData(conn, sources, this.now());
    } catch (error) {
      conn.close();
      throw error;
    }
    this.replace(conn);
    return this.info();
  }

  async openWorkspace(
    bytes: Uint8Array,
    fileName: string,
    options: { knownClean?: boolean; certified?: boolean } = {},
  ): Promise<OpenResult> {
    const name = parse(z.string().min(1).max(1000), fileName, 'fileName');
    const data = parse(z.instanceof(Uint8Array), bytes, 'bytes');
    const { knownClean, certified } = parse(
      z.object({ knownClean: z.boolean().optional(), certified: z.boolean().optional() }),
      options,
      'options',
    );
    const check = certified === true ? 'certified' : knownClean === true ? 'quick' : 'full';
    const { conn, migration } = openWorkspaceDatabase(this.deps.SQL, data, name, check);
    this.replace(conn);
    if (migration.to !== migration.from) this.changes.touch();
    return { info: await this.info(), migratedFrom: migration.from };
  }

  async checkIntegrity(): Promise<void> {
    assertIntact(this.db, 'workspace', 'full');
  }

  async exportWorkspace(): Promise<Uint8Array> {
    return exportImage(this.db);
  }

  /**
   * Saves without copying the image: `write` gets the bytes `exportWorkspace` would check, in place
   * (shared/db/open-workspace.ts `lendCheckedImage`), and no statement may run on the workspace
   * until it ends. In the engine's own process only (the CLI): the bytes cannot cross to a worker.
   */
  async writeWorkspace<T>(write: (image: Uint8Array) => Promise<T>): Promise<T> {
    return lendCheckedImage(this.db, write);
  }

  async info(): Promise<WorkspaceInfo> {
    return workspaceInfo(this.db);
  }

  async history(): Promise<HistoryState> {
    return {
      canUndo: this.changes.canUndo,
      canRedo: this.changes.canRedo,
      revision: this.changes.revision,
      demoDay: this.asShipped && this.changes.revision === 0 ? SHIPPED_DEMO_DAY : (new MetaRepository(this.db).demoDay() ?? null),
    };
  }

  async readAtToday(): Promise<HistoryState> {
    const meta = new MetaRepository(this.db);
    const day = meta.demoDay();
    if (day !== undefined) {
      this.db.transaction(() => meta.clearDemoDay());
      this.changes.record({
        label: 'workspace.readAtToday',
        undo: () => meta.setDemoDay(day),
        redo: () => meta.clearDemoDay(),
      });
    }
    return this.history();
  }

  async undo(): Promise<HistoryState> {
    await loadFeatureTargets(); // an import's undo reaches every feature's tables (feature-targets.ts)
    const change = this.db.transaction(() => this.changes.undo());
    return { ...(await this.history()), ...(change ? { undone: describeChange(change) } : {}) };
  }

  async redo(): Promise<HistoryState> {
    await loadFeatureTargets(); // an import's redo reaches every feature's tables (feature-targets.ts)
    const change = this.db.transaction(() => this.changes.redo());
    return { ...(await this.history()), ...(change ? { undone: describeChange(change) } : {}) };
  }

  async listStates(): Promise<State[]> {
    return new TerritoryRepository(this.db).listStates();
  }

  async listMunicipalities(filter: { stateCode?: number }): Promise<Municipality[]> {
    const { stateCode } = parse(z.object({ stateCode: stateCodeSchema.optional() }), filter, 'filter');
    return new TerritoryRepository(this.db).listMunicipalities(stateCode);
  }

  async employmentYears(classification: Classification): Promise<number[]> {
    return new EmploymentRepository(this.db).years(parse(classificationSchema, classification, 'classification'));
  }

  async listSectors(classification: Classification): Promise<Sector[]> {
    return new ClassificationRepository(this.db).list(parse(classificationSchema, classification, 'classification'));
  }

  async storedActivity(): Promise<{ classification: Classification; measure: Measure; year: number }[]> {
    return new EmploymentRepository(this.db).storedLevels();
  }

  async employmentMeasureCounts(): Promise<{ measure: Measure; records: number }[]> {
    return new EmploymentRepository(this.db).measureCounts();
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

  async dashboardFirst(stateCode: number): Promise<DashboardFirst> {
    const state = parse(stateCodeSchema, stateCode, 'stateCode');
    const employment = new EmploymentRepository(this.db);
    const metrics = listMapMetrics(this.db);
    const years = employment.years('ibge-setor');
    const metric = metrics[0];
    const year = years.length > 0 ? Math.max(...years) : null;
    return {
      metrics,
      years,
      map: metric ? { metricId: metric.id, values: mapMetricValues(this.db, metric.id, state) } : null,
      jobs:
        year === null
          ? null
          : {
              year,
              totals: employment.sectorTotals('ibge-setor', 'jobs', year, state),
              sources: new ActivityLevels(this.db).sourcesOfYears('ibge-setor', 'jobs', [year]),
            },
    };
  }
}
