import type { Method } from '../../analysis/mcda';
import type { ApplicantScoring } from './scoring';
import type { CostBenefit } from './cost-benefit';
import type {
  ActionStatus,
  CriterionSource,
  IncentiveKind,
  LotStatus,
  ProspectStage,
  SalesWeightOrigin,
  TargetOrigin,
  TargetState,
} from './vocabulary';

/** A district's lots and companies (kept per district, whatever plan is open): what it holds before a plan. */
export interface SiteInventory {
  siteId: number;
  lots: number;
  availableLots: number;
  prospects: number;
}

export interface AttractionPlan {
  id: number;
  siteId: number;
  period: string;
  title: string | null;
  goalJobs: number | null;
  goalInvestment: number | null;
  salesMethod: Method;
  /** How the sales-criteria weights were set: typed/slid, or derived from AHP judgements. */
  weightOrigin: SalesWeightOrigin;
  /** The AHP pairwise matrix the weights came from (n × n in the criteria's order), kept when the planner switches back to typed weights. */
  ahpMatrix: number[][] | null;
  discountThreshold: number | null;
  discountPct: number | null;
  horizonYears: number;
  taxPerJobYear: number | null;
  illustrative: boolean;
  source: string;
  notes: string | null;
}

export interface TargetSector {
  id: number;
  planId: number;
  classification: string;
  sectorCode: string;
  sectorName: string;
  origin: TargetOrigin;
  state: TargetState;
  rationale: string;
  lq: number | null;
  growth: number | null;
  density: number | null;
  jobs: number | null;
}

export interface Lot {
  id: number;
  siteId: number;
  code: string;
  areaM2: number;
  pricePerM2: number | null;
  status: LotStatus;
  zoning: string | null;
  pollutionClass: string | null;
  infrastructure: string | null;
  notes: string | null;
  illustrative: boolean;
}

export interface Prospect {
  id: number;
  siteId: number;
  company: string;
  cnpj: string | null;
  cnae: string | null;
  investment: number | null;
  jobs: number | null;
  areaNeededM2: number | null;
  stage: ProspectStage;
  nextAction: string | null;
  nextActionDate: string | null;
  contact: string | null;
  notes: string | null;
  lotId: number | null;
  illustrative: boolean;
}

export interface StageChange {
  id: number;
  prospectId: number;
  fromStage: ProspectStage | null;
  toStage: ProspectStage;
  changedAt: string;
  note: string | null;
}

export interface Incentive {
  id: number;
  planId: number;
  kind: IncentiveKind;
  name: string;
  discountPct: number | null;
  annualAmount: number | null;
  years: number | null;
  notes: string | null;
}

export interface SalesCriterion {
  id: number;
  planId: number;
  position: number;
  name: string;
  source: CriterionSource;
  direction: 'benefit' | 'cost';
  weight: number;
}

export interface PlanAction {
  id: number;
  planId: number;
  title: string;
  owner: string | null;
  dueDate: string | null;
  status: ActionStatus;
  notes: string | null;
}

/** A plan action as the view shows it: late when its deadline passed and it is neither done nor cancelled. */
export interface PlanActionView extends PlanAction {
  late: boolean;
}

export interface LotTotals {
  total: number;
  available: number;
  areaM2: number;
  areaAvailableM2: number;
  /** Σ area × price per m² of the available lots that have a price. */
  valueAvailable: number;
  byStatus: Record<LotStatus, number>;
}

export interface ProspectTotals {
  total: number;
  byStage: Record<ProspectStage, number>;
  investment: number;
  jobs: number;
  overdue: number;
}

/** A prospect with what the plan view derives for it. */
export interface ProspectView extends Prospect {
  overdue: boolean;
  /** Available lots at least as large as the area it needs, smallest first (codes). */
  matchingLots: string[];
  costBenefit: CostBenefit | null;
  criterionValues: Record<number, number>;
  history: StageChange[];
}

/** The plan's district; its point is the site's own coordinates, else its municipality's seat. */
export type PlanSite = {
  id: number;
  code: string;
  name: string;
  municipalityCode: number | null;
  municipalityName: string | null;
  lat: number | null;
  lon: number | null;
};

/** Everything the attraction area shows for one plan. */
export interface SharedLot {
  lotCode: string;
  /** The companies holding it, in the order of the plan's prospects. */
  companies: string[];
}

export interface PlanView {
  plan: AttractionPlan;
  site: PlanSite;
  targets: TargetSector[];
  lots: Lot[];
  lotTotals: LotTotals;
  /** Lots held by more than one company (a workspace from before schema 18): shown for the planner to settle. */
  sharedLots: SharedLot[];
  incentives: Incentive[];
  criteria: SalesCriterion[];
  prospects: ProspectView[];
  prospectTotals: ProspectTotals;
  scoring: ApplicantScoring;
  actions: PlanActionView[];
  /** How many of the plan's actions are late (PlanActionView.late). */
  lateActions: number;
  /** Goals progress: installed prospects' jobs and investment against the plan's targets. */
  progress: { jobs: number; investment: number; goalJobs: number | null; goalInvestment: number | null };
  today: string;
}
