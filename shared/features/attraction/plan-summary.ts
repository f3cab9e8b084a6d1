import { withoutFloatNoise } from '../../export/canonical-csv';
import type { PlanView } from './types';

/** `arranjo plan --format json` (DESIGN.md §10): the shape scripts and checks read. */
export interface PlanSummaryJson {
  site: { code: string; name: string };
  period: string;
  lots: { total: number; available: number; areaAvailableM2: number };
  prospects: { total: number; byStage: Record<string, number>; investment: number; jobs: number };
  targetSectors: { code: string; name: string; rationale: string }[];
}

/**
 * The plan's summary; target sectors are those the planner accepted. Areas and money are sums of
 * the lots' and companies' decimals, written as the CSV layouts write them: 1200.55 + 823.13 m²
 * printed 2023.6799999999998.
 */
export function planSummaryJson(view: PlanView): PlanSummaryJson {
  return {
    site: { code: view.site.code, name: view.site.name },
    period: view.plan.period,
    lots: {
      total: view.lotTotals.total,
      available: view.lotTotals.available,
      areaAvailableM2: withoutFloatNoise(view.lotTotals.areaAvailableM2),
    },
    prospects: {
      total: view.prospectTotals.total,
      byStage: { ...view.prospectTotals.byStage },
      investment: withoutFloatNoise(view.prospectTotals.investment),
      jobs: view.prospectTotals.jobs,
    },
    targetSectors: view.targets
      .filter((t) => t.state === 'accepted')
      .map((t) => ({ code: t.sectorCode, name: t.sectorName, rationale: t.rationale })),
  };
}
