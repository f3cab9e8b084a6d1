import type { SCurvePoint } from '../../analysis/works/s-curve';
import type { DistrictSummary } from './portfolio';
import type { DocumentInput, MeasurementInput, MilestoneInput, RiskInput, WorkInput, WorkPatch } from './schemas';
import type {
  Baseline,
  BaselineComparisonRow,
  BaselineItem,
  Measurement,
  Milestone,
  PortfolioRow,
  ScheduleMonth,
  Work,
  WorkDetail,
} from './types';

/**
 * Works (obras, DESIGN.md §3 "work"): the portfolio at a status date with earned value, a work's
 * page, measurements, schedule, milestones, risks, documents, baselines and the workbook. Every
 * edit is validated, logged and undoable through the workspace history.
 */
export interface WorksApi {
  worksPortfolio(statusDate?: string, siteId?: number): Promise<PortfolioRow[]>;
  worksDistricts(statusDate?: string): Promise<DistrictSummary[]>;
  /** `workIds`: the works listed only (the portfolio grid's rows as filtered); `workId` one work; `siteId` a district's. */
  worksSCurve(options?: { statusDate?: string; siteId?: number; workId?: number; workIds?: number[] }): Promise<SCurvePoint[]>;
  getWork(id: number): Promise<WorkDetail>;
  createWork(input: WorkInput): Promise<Work>;
  updateWork(id: number, patch: WorkPatch): Promise<Work>;
  deleteWork(id: number): Promise<void>;
  saveMeasurement(input: MeasurementInput): Promise<Measurement>;
  deleteMeasurement(workId: number, date: string): Promise<void>;
  setWorkSchedule(workId: number, months: ScheduleMonth[]): Promise<ScheduleMonth[]>;
  listMilestones(): Promise<Milestone[]>;
  addMilestone(input: MilestoneInput): Promise<WorkDetail>;
  deleteMilestone(id: number): Promise<void>;
  addRisk(input: RiskInput): Promise<WorkDetail>;
  addWorkDocument(input: DocumentInput): Promise<WorkDetail>;
  listBaselines(): Promise<Baseline[]>;
  baselineItems(id: number): Promise<BaselineItem[]>;
  freezeBaseline(name: string): Promise<Baseline>;
  deleteBaseline(id: number): Promise<void>;
  compareBaseline(id: number): Promise<BaselineComparisonRow[]>;
  exportWorksWorkbook(locale: 'pt-BR' | 'en' | 'es', statusDate?: string): Promise<Uint8Array>;
}
