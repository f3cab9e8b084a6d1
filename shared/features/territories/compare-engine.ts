import { z } from 'zod';
import type { Connection } from '../../db/connection';
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
import type { Site } from '../../domain/types';
import { tableWorkbook } from '../../export/table-workbook';
import { FactsRepository } from './facts-repository';
import { compareQuerySchema, metricIdSchema, subjectRefSchema, tableExportSchema } from './schemas';
import { idSchema } from '../../rpc/schemas';
import { parseInput } from '../../rpc/validate';
import type { History } from '../../engine/history';
import { SiteService } from './site-service';
import { FactsBuilder } from './facts';
import { IndicatorService } from './indicator-service';
import { stateMap, siteMetricValues, siteMetrics } from './map-extras';
import { municipalityTable, type MunicipalityTableQuery } from './municipality-table';
import { buildProfile } from './profile';
import { SavedViewsService } from './saved-views-service';
import { TerritorySetService } from './territory-set-service';

const stateCodeSchema = z.number().int().min(11).max(53);
const tableQuerySchema = z.object({
  stateCode: stateCodeSchema,
  regionCode: z.number().int().positive().optional(),
  setId: z.number().int().positive().optional(),
});

/**
 * The catalog, profile, comparison, map and meeting features of the engine, behind one object
 * (../areas/compare-area.ts exposes it). A fresh instance per call: it holds no state beyond the
 * open connection and the session's history.
 */
export class CompareEngine {
  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {}

  updateSites(edits: SiteEdit[]): Site[] {
    const list = parseInput(z.array(z.object({ id: idSchema, patch: z.record(z.string(), z.unknown()) })).max(100_000), edits, 'edits');
    return new SiteService(this.conn, this.history, this.now).updateMany(list);
  }

  listRegions(stateCode: number): GeoRegion[] {
    return new FactsRepository(this.conn).regions(parseInput(stateCodeSchema, stateCode, 'stateCode'));
  }

  municipalityTable(query: MunicipalityTableQuery): MunicipalityTable {
    return municipalityTable(this.conn, parseInput(tableQuerySchema, query, 'query'));
  }

  private indicators(): IndicatorService {
    return new IndicatorService(this.conn, this.history, this.now);
  }

  indicatorCatalog(): IndicatorInfo[] {
    return this.indicators().catalog();
  }

  saveIndicator(input: IndicatorInput): IndicatorInfo {
    return this.indicators().save(input);
  }

  deleteIndicator(code: string): void {
    this.indicators().delete(parseInput(z.string().min(1).max(40), code, 'code'));
  }

  indicatorValues(query: IndicatorValueQuery): IndicatorValueInfo[] {
    return this.indicators().values(query);
  }

  setIndicatorValues(edits: IndicatorValueEdit[]): { written: number; removed: number } {
    return this.indicators().setValues(edits);
  }

  private sets(): TerritorySetService {
    return new TerritorySetService(this.conn, this.history, this.now);
  }

  territorySets(): TerritorySet[] {
    return this.sets().list();
  }

  saveTerritorySet(input: TerritorySetInput): TerritorySet {
    return this.sets().save(input);
  }

  deleteTerritorySet(id: number): void {
    this.sets().delete(parseInput(idSchema, id, 'id'));
  }

  private saved(): SavedViewsService {
    return new SavedViewsService(this.conn, this.history, this.now);
  }

  gridViews(gridId: string): GridViewInfo[] {
    return this.saved().gridViews(parseInput(z.string().min(1).max(80), gridId, 'gridId'));
  }

  saveGridView(input: { gridId: string; name: string; state: Record<string, unknown> }): GridViewInfo {
    return this.saved().saveGridView(input);
  }

  deleteGridView(id: number): void {
    this.saved().deleteGridView(parseInput(idSchema, id, 'id'));
  }

  meetingSequences(): MeetingSequence[] {
    return this.saved().meetingSequences();
  }

  saveMeetingSequence(input: MeetingSequenceInput): MeetingSequence {
    return this.saved().saveMeetingSequence(input);
  }

  deleteMeetingSequence(id: number): void {
    this.saved().deleteMeetingSequence(parseInput(idSchema, id, 'id'));
  }

  profile(subject: SubjectRef): Profile {
    return buildProfile(this.conn, parseInput(subjectRefSchema, subject, 'subject'));
  }

  compare(subjects: SubjectRef[]): Comparison {
    const q = parseInput(compareQuerySchema, { subjects }, 'query');
    return new FactsBuilder(this.conn).build(q.subjects);
  }

  stateMap(metricId: string): StateMap {
    return stateMap(this.conn, parseInput(metricIdSchema, metricId, 'metricId'));
  }

  siteMetrics(): SiteMetric[] {
    return siteMetrics(this.conn);
  }

  siteMetricValues(metricId: string): SiteMetricValue[] {
    return siteMetricValues(this.conn, parseInput(metricIdSchema, metricId, 'metricId'));
  }

  exportTable(table: TableExport): Promise<Uint8Array> {
    return tableWorkbook(parseInput(tableExportSchema, table, 'table'), this.now());
  }
}

export type { MunicipalityTableQuery };
