import { costBenefit } from './cost-benefit';
import { scoreApplicants, type ScoringApplicant } from './scoring';
import type {
  AttractionPlan,
  Incentive,
  Lot,
  LotTotals,
  PlanAction,
  PlanActionView,
  PlanView,
  Prospect,
  ProspectTotals,
  SharedLot,
  ProspectView,
  SalesCriterion,
  StageChange,
  TargetSector,
} from './types';
import { LOT_STATUSES, PROSPECT_STAGES, type ActionStatus, type LotStatus, type ProspectStage } from './vocabulary';

export function lotTotals(lots: readonly Lot[]): LotTotals {
  const byStatus = Object.fromEntries(LOT_STATUSES.map((s) => [s, 0])) as Record<LotStatus, number>;
  let areaM2 = 0;
  let areaAvailableM2 = 0;
  let valueAvailable = 0;
  for (const l of lots) {
    byStatus[l.status] += 1;
    areaM2 += l.areaM2;
    if (l.status === 'available') {
      areaAvailableM2 += l.areaM2;
      valueAvailable += l.areaM2 * (l.pricePerM2 ?? 0);
    }
  }
  return { total: lots.length, available: byStatus.available, areaM2, areaAvailableM2, valueAvailable, byStatus };
}

const OPEN_STAGES: ReadonlySet<ProspectStage> = new Set(['lead', 'contact', 'visit', 'proposal', 'negotiation']);

/** A next action is overdue when its date is before today and the prospect is still in the pipeline. */
export function isOverdue(p: Prospect, today: string): boolean {
  return p.nextActionDate !== null && p.nextActionDate < today && OPEN_STAGES.has(p.stage);
}

const OPEN_ACTIONS: ReadonlySet<ActionStatus> = new Set(['planned', 'in-progress']);

/** A plan action is late when its deadline is before today and it is still planned or under way. */
export function isActionLate(a: PlanAction, today: string): boolean {
  return a.dueDate !== null && a.dueDate < today && OPEN_ACTIONS.has(a.status);
}

/** The pipeline's counts by stage, and the investment and jobs planned by the companies not lost. */
export function prospectTotals(prospects: readonly Prospect[], today: string): ProspectTotals {
  const byStage = Object.fromEntries(PROSPECT_STAGES.map((s) => [s, 0])) as Record<ProspectStage, number>;
  let investment = 0;
  let jobs = 0;
  let overdue = 0;
  for (const p of prospects) {
    byStage[p.stage] += 1;
    // A lost company brings nothing: its investment and jobs were still counted as planned.
    if (p.stage !== 'lost') {
      investment += p.investment ?? 0;
      jobs += p.jobs ?? 0;
    }
    if (isOverdue(p, today)) overdue++;
  }
  return { total: prospects.length, byStage, investment, jobs, overdue };
}

/** Available lots whose area covers the need, smallest first (the least land for the need). */
export function matchingLots(need: number | null, lots: readonly Lot[]): string[] {
  if (need === null || need <= 0) return [];
  return lots
    .filter((l) => l.status === 'available' && l.areaM2 >= need)
    .sort((a, b) => a.areaM2 - b.areaM2 || a.code.localeCompare(b.code))
    .map((l) => l.code);
}

/** 1 when a sector code (already in the targets' classification) is an accepted target, 0 when not. */
export function fitsTargets(sector: string | null, targets: readonly TargetSector[]): number | null {
  if (!sector) return null;
  const digits = sector.replace(/\D/g, '');
  return targets.some((t) => t.state === 'accepted' && t.sectorCode.replace(/\D/g, '') === digits) ? 1 : 0;
}

/**
 * Lots two or more companies hold, with their names: a workspace from before schema 18 could store
 * them (the engine refuses it since); they are shown, not cleaned, for the planner to settle.
 */
export function sharedLots(lots: readonly Lot[], prospects: readonly Prospect[]): SharedLot[] {
  const holders = new Map<number, string[]>();
  for (const p of prospects) if (p.lotId !== null) holders.set(p.lotId, [...(holders.get(p.lotId) ?? []), p.company]);
  return lots.flatMap((l) => {
    const companies = holders.get(l.id) ?? [];
    return companies.length > 1 ? [{ lotCode: l.code, companies }] : [];
  });
}

export interface PlanParts {
  plan: AttractionPlan;
  site: PlanView['site'];
  targets: TargetSector[];
  lots: Lot[];
  incentives: Incentive[];
  criteria: SalesCriterion[];
  prospects: Prospect[];
  history: StageChange[];
  criterionValues: { prospectId: number; criterionId: number; value: number }[];
  actions: PlanAction[];
  /** CNAE → target sector code of the plan's classification (IBGE sector of a CNAE, for instance). */
  sectorOfCnae: (cnae: string) => string | null;
  today: string;
}

/** Everything derived for the plan view: totals, overdue actions, lot matching, cost-benefit, scores. */
export function buildPlanView(parts: PlanParts): PlanView {
  const { plan, lots, prospects, today } = parts;
  const priceOf = new Map(lots.map((l) => [l.id, l.pricePerM2]));
  // A company without a lot would buy one of the lots for sale: the mean price of the available ones
  // (sold and occupied lots' prices, often years old, pulled its land discount up or down).
  const meanPrice = (() => {
    const priced = lots.filter((l) => l.status === 'available' && l.pricePerM2 !== null);
    return priced.length ? priced.reduce((s, l) => s + (l.pricePerM2 ?? 0), 0) / priced.length : 0;
  })();
  const values = new Map<number, Map<number, number>>();
  for (const v of parts.criterionValues) {
    const m = values.get(v.prospectId) ?? new Map<number, number>();
    m.set(v.criterionId, v.value);
    values.set(v.prospectId, m);
  }
  const fit = (p: Prospect): number | null => {
    if (!p.cnae) return null;
    return fitsTargets(parts.sectorOfCnae(p.cnae), parts.targets);
  };
  // Lost prospects are out of the contest for land.
  const applicants: ScoringApplicant[] = prospects
    .filter((p) => p.stage !== 'lost')
    .map((p) => ({
      id: p.id,
      company: p.company,
      jobs: p.jobs,
      investment: p.investment,
      areaNeededM2: p.areaNeededM2,
      sectorFit: fit(p),
      manual: values.get(p.id) ?? new Map(),
    }));
  const scoring = scoreApplicants(parts.criteria, applicants, plan.salesMethod, {
    threshold: plan.discountThreshold,
    pct: plan.discountPct,
  });
  const views: ProspectView[] = prospects.map((p) => {
    const area = p.areaNeededM2 ?? 0;
    const price = (p.lotId !== null ? priceOf.get(p.lotId) : null) ?? meanPrice;
    const cb =
      parts.incentives.length > 0 && (p.jobs !== null || p.investment !== null)
        ? costBenefit({
            incentives: parts.incentives,
            jobs: p.jobs ?? 0,
            investment: p.investment ?? 0,
            areaM2: area,
            pricePerM2: price,
            taxPerJobYear: plan.taxPerJobYear ?? 0,
            horizonYears: plan.horizonYears,
          })
        : null;
    return {
      ...p,
      overdue: isOverdue(p, today),
      // A company installed or lost looks for no lot: the nine available lots listed beside the
      // installed one read as if it were still waiting for ground.
      matchingLots: OPEN_STAGES.has(p.stage) ? matchingLots(p.areaNeededM2, lots) : [],
      costBenefit: cb,
      criterionValues: Object.fromEntries(values.get(p.id) ?? []),
      history: parts.history.filter((h) => h.prospectId === p.id),
    };
  });
  const installed = prospects.filter((p) => p.stage === 'installed');
  const actions = parts.actions.map((a): PlanActionView => ({ ...a, late: isActionLate(a, today) }));
  return {
    plan,
    site: parts.site,
    targets: parts.targets,
    lots,
    lotTotals: lotTotals(lots),
    sharedLots: sharedLots(lots, prospects),
    incentives: parts.incentives,
    criteria: parts.criteria,
    prospects: views,
    prospectTotals: prospectTotals(prospects, today),
    scoring,
    actions,
    lateActions: actions.filter((a) => a.late).length,
    progress: {
      jobs: installed.reduce((s, p) => s + (p.jobs ?? 0), 0),
      investment: installed.reduce((s, p) => s + (p.investment ?? 0), 0),
      goalJobs: plan.goalJobs,
      goalInvestment: plan.goalInvestment,
    },
    today,
  };
}
