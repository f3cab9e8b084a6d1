/** Works (obras) of revitalization — DESIGN.md §3 "work". Plain data shared by engine, CLI and UI. */

export const WORK_CATEGORIES = [
  'paving',
  'drainage',
  'water',
  'sewage',
  'power',
  'lighting',
  'telecom',
  'access-road',
  'security',
  'signage',
  'building',
  'other',
] as const;
export type WorkCategory = (typeof WORK_CATEGORIES)[number];

export const WORK_STATUSES = ['planned', 'tendering', 'contracted', 'in-progress', 'paralysed', 'completed', 'cancelled'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const FUNDING_SOURCES = ['own-budget', 'convenio', 'loan', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** What the grid colours: derived from status, SPI and dates (see `healthOf`). */
export const WORK_HEALTHS = ['on-schedule', 'late', 'paralysed', 'completed', 'not-started', 'cancelled'] as const;
export type WorkHealth = (typeof WORK_HEALTHS)[number];

/** The survey need each category answers by default (a work may answer more than one). */
export const CATEGORY_NEEDS: Readonly<Partial<Record<WorkCategory, string>>> = {
  paving: 'INFRA_PAVING',
  drainage: 'INFRA_DRAINAGE',
  water: 'INFRA_WATER',
  sewage: 'INFRA_SEWAGE',
  power: 'INFRA_POWER',
  lighting: 'INFRA_LIGHTING',
  telecom: 'INFRA_TELECOM',
  'access-road': 'INFRA_ROAD',
  security: 'INFRA_SECURITY',
};

export interface Work {
  id: number;
  siteId: number;
  siteCode: string;
  siteName: string;
  code: string;
  title: string;
  category: WorkCategory;
  fundingSource: FundingSource | null;
  agency: string | null;
  contractor: string | null;
  contractNumber: string | null;
  contractValue: number | null;
  budgetPlanned: number;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  status: WorkStatus;
  paralysisReason: string | null;
  paralysisDate: string | null;
  restartDate: string | null;
  notes: string | null;
  source: string;
  illustrative: boolean;
  needs: string[];
}

export interface Measurement {
  workId: number;
  date: string;
  physicalProgress: number;
  committed: number;
  disbursed: number;
  correction: boolean;
}

export interface ScheduleMonth {
  month: string;
  plannedProgress: number;
}

export interface Milestone {
  id: number;
  workId: number;
  name: string;
  plannedDate: string;
  actualDate: string | null;
}

export interface Risk {
  id: number;
  workId: number;
  description: string;
  probability: 'low' | 'medium' | 'high';
  impact: 'low' | 'medium' | 'high';
  mitigation: string | null;
  status: 'open' | 'closed';
}

export interface WorkDocument {
  id: number;
  workId: number;
  title: string;
  reference: string;
  dated: string | null;
}

export interface Baseline {
  id: number;
  name: string;
  frozenAt: string;
  works: number;
}

export interface BaselineItem {
  workCode: string;
  title: string;
  budgetPlanned: number;
  plannedStart: string;
  plannedEnd: string;
  schedule: ScheduleMonth[];
}

/** One row of the portfolio grid and of `arranjo works`: the work and its figures at the status date. */
export interface PortfolioRow {
  id: number;
  siteId: number;
  siteCode: string;
  siteName: string;
  workCode: string;
  title: string;
  category: WorkCategory;
  fundingSource: FundingSource | null;
  status: WorkStatus;
  health: WorkHealth;
  budgetPlanned: number;
  committed: number;
  disbursed: number;
  physicalProgress: number;
  plannedProgress: number;
  ev: number;
  pv: number;
  ac: number;
  spi: number | null;
  cpi: number | null;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  forecastEnd: string | null;
  lastMeasurement: string | null;
  illustrative: boolean;
}

export interface WorkDetail {
  work: Work;
  measurements: Measurement[];
  schedule: ScheduleMonth[];
  milestones: Milestone[];
  risks: Risk[];
  documents: WorkDocument[];
}

/** A work against a baseline: + days = later than frozen, budget change in R$. */
export interface BaselineComparisonRow {
  workCode: string;
  title: string;
  siteCode: string;
  inBaseline: boolean;
  baselineStart: string | null;
  baselineEnd: string | null;
  currentStart: string;
  currentEnd: string;
  startSlipDays: number | null;
  endSlipDays: number | null;
  baselineBudget: number | null;
  currentBudget: number;
  budgetChange: number | null;
}
