import { z } from 'zod';
import type { EngineContext } from '../../engine/engine-context';
import { ArranjoError } from '../../errors';
import { parseInput } from '../../rpc/validate';
import { BaselineRepository } from './baseline-repository';
import { BaselineService } from './baseline-service';
import { compareWithBaseline } from './baseline-compare';
import { districtSummaries } from './portfolio';
import { WorkRecordRepository } from './record-repository';
import { localeSchema } from '../../domain/schemas';
import { WorkService } from './work-service';
import { buildWorksWorkbook } from './workbook/works-workbook';
import type { WorksApi } from './works-api';
import type { CanonicalLayoutName, CanonicalWriter } from '../../export/canonical-layouts';
import { medicoesCsv } from './medicoes-csv';
import { obrasCsv } from './obras-csv';

export type { WorksApi };
export type { PortfolioRow } from './types';

const id = z.number().int().positive();

/** The works area: each RPC method in one line over the service (validation lives in the service). */
export function worksArea(ctx: EngineContext): WorksApi {
  const works = (): WorkService => new WorkService(ctx.db(), ctx.changes(), ctx.now, ctx.today);
  const baselines = (): BaselineRepository => new BaselineRepository(ctx.db());
  const baselineService = (): BaselineService => new BaselineService(ctx.db(), ctx.changes(), ctx.now);
  return {
    worksPortfolio: async (statusDate, siteId) =>
      works().portfolio(statusDate, siteId === undefined ? undefined : parseInput(id, siteId, 'siteId')),
    worksDistricts: async (statusDate) => districtSummaries(works().portfolio(statusDate)),
    worksSCurve: async (options) => works().sCurve(options),
    getWork: async (workId) => works().detail(parseInput(id, workId, 'id')),
    createWork: async (input) => works().create(input),
    updateWork: async (workId, patch) => works().update(parseInput(id, workId, 'id'), patch),
    deleteWork: async (workId) => works().delete(parseInput(id, workId, 'id')),
    saveMeasurement: async (input) => works().saveMeasurement(input),
    deleteMeasurement: async (workId, date) => works().deleteMeasurement(parseInput(id, workId, 'workId'), date),
    setWorkSchedule: async (workId, months) => works().setSchedule(parseInput(id, workId, 'workId'), months),
    listMilestones: async () => new WorkRecordRepository(ctx.db()).milestones(),
    addMilestone: async (input) => works().addMilestone(input),
    deleteMilestone: async (milestoneId) => works().deleteMilestone(parseInput(id, milestoneId, 'id')),
    addRisk: async (input) => works().addRisk(input),
    addWorkDocument: async (input) => works().addDocument(input),
    listBaselines: async () => baselines().list(),
    baselineItems: async (baselineId) => baselines().items(parseInput(id, baselineId, 'id')),
    freezeBaseline: async (name) => baselineService().freeze(name),
    deleteBaseline: async (baselineId) => baselineService().delete(parseInput(id, baselineId, 'id')),
    compareBaseline: async (baselineId) => {
      const b = baselines().get(parseInput(id, baselineId, 'id'));
      if (!b) throw new ArranjoError('NOT_FOUND', `Baseline ${baselineId} does not exist.`);
      return compareWithBaseline(works().works.list(), baselines().items(b.id));
    },
    exportWorksWorkbook: async (locale, statusDate) => {
      const service = works();
      const date = service.statusDate(statusDate);
      return buildWorksWorkbook(service.portfolioInput(), date, parseInput(localeSchema, locale, 'locale'));
    },
  };
}
export { worksImportTargets } from './import/import-targets';
export { addDemoWorks } from './demo';
export { NEED_BELOW_SCORE, NeedsRepository } from './needs-repository';

/** The works and their measurements as §10's canonical CSVs (`arranjo export --csv`, Import/Export). */
export const worksCsvLayouts: Partial<Record<CanonicalLayoutName, CanonicalWriter>> = {
  'arranjo-obras': obrasCsv,
  'arranjo-medicoes': medicoesCsv,
};
