import type { TFunction } from 'i18next';
import { milestoneIn } from '../../../../shared/features/works/demo-text';
import { WORK_HEALTHS, type PortfolioRow, type WorkHealth } from '../../../../shared/features/works/types';
import type { Locale } from '../../i18n/locales';
import { compactMoney, pct } from './works-format';
import { formatPercentPoints, shortDate } from '../../i18n/format';
import { monthLabel } from '../../i18n/period-label';

/** The texts of the works charts in the UI language: one place for the area's panels and meeting mode. */
export function worksChartLabels(t: TFunction<'works'>, locale: Locale) {
  const formatMonth = (month: string) => monthLabel(month, locale);
  return {
    gantt: {
      planned: t('gantt.planned'),
      actual: t('gantt.actual'),
      baseline: t('gantt.baseline'),
      today: t('gantt.today'),
      milestone: t('gantt.milestone'),
      health: Object.fromEntries(WORK_HEALTHS.map((h) => [h, t(`health.${h}`)])) as Record<WorkHealth, string>,
      formatDate: (iso: string) => shortDate(iso, locale),
      milestoneName: (name: string) => milestoneIn({ name }, locale).name,
    },
    scurve: {
      planned: t('scurve.planned'),
      physical: t('scurve.physical'),
      financial: t('scurve.financial'),
      formatPct: (v: number) => pct(v, locale),
      formatAxisPct: (v: number) => formatPercentPoints(v, locale, 0),
      formatMonth,
    },
    ev: { pv: t('ev.pv'), ev: t('ev.ev'), ac: t('ev.ac'), formatMoney: (v: number) => compactMoney(v, locale), formatMonth },
    budget: {
      planned: t('budget.planned'),
      committed: t('budget.committed'),
      disbursed: t('budget.disbursed'),
      formatMoney: (v: number) => compactMoney(v, locale),
    },
  };
}

/** Budget planned, committed and disbursed summed by a key (district, funding source), largest first. */
export function budgetSums(rows: readonly PortfolioRow[], key: (r: PortfolioRow) => string) {
  const map = new Map<string, { name: string; planned: number; committed: number; disbursed: number }>();
  for (const r of rows) {
    const name = key(r);
    const g = map.get(name) ?? { name, planned: 0, committed: 0, disbursed: 0 };
    g.planned += r.budgetPlanned;
    g.committed += r.committed;
    g.disbursed += r.disbursed;
    map.set(name, g);
  }
  return [...map.values()].sort((a, b) => b.planned - a.planned);
}
