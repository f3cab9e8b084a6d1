import type { PlanView } from './types';

/** `arranjo plan --format json` (DESIGN.md §10): the shape scripts and checks read. */
export interface PlanSummaryJson {
  site: { code: string; name: string };
  period: string;
  lots: { total: number; available: number; areaAvailableM2: number };
  prospects: { total: number; byStage: Record<string, number>; investment: number; jobs: number };
  targetSectors: { code: string; name: string; rationale: string }[];
}

/** The plan's summary; target sectors are those the planner accepted. */
export function planSummaryJson(view: PlanView): PlanSummaryJson {
  return {
    site: { code: view.site.code, name: view.site.name },
    period: view.plan.period,
    lots: { total: view.lotTotals.total, available: view.lotTotals.available, areaAvailableM2: view.lotTotals.areaAvailableM2 },
    prospects: {
      total: view.prospectTotals.total,
      byStage: { ...view.prospectTotals.byStage },
      investment: view.prospectTotals.investment,
      jobs: view.prospectTotals.jobs,
    },
    targetSectors: view.targets
      .filter((t) => t.state === 'accepted')
      .map((t) => ({ code: t.sectorCode, name: t.sectorName, rationale: t.rationale })),
  };
}
