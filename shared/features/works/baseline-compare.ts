import { slip } from '../../analysis/works/earned-value';
import type { BaselineComparisonRow, BaselineItem, Work } from './types';

/** Today's plan against a frozen baseline, work by work (works added since have no baseline figures). */
export function compareWithBaseline(works: readonly Work[], items: readonly BaselineItem[]): BaselineComparisonRow[] {
  const frozen = new Map(items.map((i) => [i.workCode, i]));
  return works.map((w) => {
    const b = frozen.get(w.code);
    const s = b ? slip(b, w) : null;
    return {
      workCode: w.code,
      title: w.title,
      siteCode: w.siteCode,
      inBaseline: b !== undefined,
      baselineStart: b?.plannedStart ?? null,
      baselineEnd: b?.plannedEnd ?? null,
      currentStart: w.plannedStart,
      currentEnd: w.plannedEnd,
      startSlipDays: s?.startDays ?? null,
      endSlipDays: s?.endDays ?? null,
      baselineBudget: b?.budgetPlanned ?? null,
      currentBudget: w.budgetPlanned,
      budgetChange: s?.budgetChange ?? null,
    };
  });
}
