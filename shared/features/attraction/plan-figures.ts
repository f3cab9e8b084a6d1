import { planWeighting } from './plan-weighting';
import type { PlanView } from './types';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';

/** How a key figure is written: a count, R$, m² (two decimals) or text. */
export type FigureKind = 'count' | 'money' | 'area' | 'text';

export interface PlanFigure {
  label: string;
  value: string | number | null;
  kind: FigureKind;
  /** About the sales criteria (the method, how the weights were set): the PDF writes it with them. */
  criteria?: true;
}

/** The plan's key figures for partners, in order: the workbook's cover sheet and the PDF summary. */
export function planFigures(view: PlanView, locale: PlanLocale): PlanFigure[] {
  const c = PLAN_LABELS[locale].col;
  const t = view.lotTotals;
  const p = view.prospectTotals;
  const rows: [string | undefined, string | number | null, FigureKind][] = [
    [c.district, `${view.site.name} (${view.site.code})`, 'text'],
    [c.municipality, view.site.municipalityName, 'text'],
    [c.period, view.plan.period, 'text'],
    [c.goalJobs, view.plan.goalJobs, 'count'],
    [c.goalInvestment, view.plan.goalInvestment, 'money'],
    [c.installedJobs, view.progress.jobs, 'count'],
    [c.installedInvestment, view.progress.investment, 'money'],
    [c.lotsTotal, t.total, 'count'],
    [c.lotsAvailable, t.available, 'count'],
    [c.areaAvailable, t.areaAvailableM2, 'area'],
    [c.valueAvailable, t.valueAvailable, 'money'],
    [c.prospects, p.total, 'count'],
    [c.investment, p.investment, 'money'],
    [c.jobs, p.jobs, 'count'],
    [c.overdue, p.overdue, 'count'],
    [c.lateActions, view.lateActions, 'count'],
  ];
  const criteria: [string | undefined, string][] = [
    [c.method, view.plan.salesMethod.toUpperCase()],
    [PLAN_LABELS[locale].weighting.title, planWeighting(view, locale).text],
  ];
  return [
    ...rows.map(([label, value, kind]) => ({ label: label ?? '', value, kind })),
    ...criteria.map(([label, value]) => ({ label: label ?? '', value, kind: 'text' as const, criteria: true as const })),
  ];
}
