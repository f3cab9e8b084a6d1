import { ahp, CR_THRESHOLD, type AhpResult } from '../../analysis/mcda';
import { numberFormat } from '../../text/locale-format';
import type { PlanView } from './types';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';

/**
 * How the plan's sales-criteria weights were set, for partners reading the workbook or the PDF:
 * typed by the planner, or derived from AHP judgements (the matrix kept with the plan, schema 10),
 * with Saaty's consistency ratio. The AHP result is recomputed from the stored matrix, so what the
 * export shows is what the judgements give.
 */
export interface PlanWeighting {
  origin: 'direct' | 'ahp';
  /** The pairwise matrix in the criteria's order, and its AHP result; null for typed weights. */
  matrix: number[][] | null;
  result: AhpResult | null;
  /** One line: "AHP (comparação par a par): RC = 0,04 (consistente)" or "Informados pelo planejador". */
  text: string;
}

export function planWeighting(view: PlanView, locale: PlanLocale): PlanWeighting {
  const w = PLAN_LABELS[locale].weighting;
  const matrix = view.plan.ahpMatrix;
  if (view.plan.weightOrigin !== 'ahp' || !matrix || matrix.length !== view.criteria.length || matrix.length < 2) {
    return { origin: 'direct', matrix: null, result: null, text: w.direct };
  }
  const result = ahp(matrix);
  const cr = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(result.cr);
  const limit = numberFormat(locale, { minimumFractionDigits: 2 }).format(CR_THRESHOLD);
  return {
    origin: 'ahp',
    matrix,
    result,
    text: `${w.ahp}: ${w.cr} = ${cr} (${result.consistent ? w.consistent : w.inconsistent} ${limit})`,
  };
}
