import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { SCurvePoint } from '../../../../shared/analysis/works/s-curve';
import type { Milestone, PortfolioRow } from '../../../../shared/features/works/types';
import type { Locale } from '../../i18n/locales';
import type { ChartOption } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { localDay } from '../../../../shared/text/local-day';
import { useEngineData } from '../../workspace/use-engine-data';
import { ganttFullView, ganttOrder } from './gantt-option';
import { budgetOption, earnedValueOption, sCurveOption } from './scurve-option';
import { budgetSums, worksChartLabels } from './works-chart-labels';
import './works-echarts';

export const WORKS_CHARTS = ['gantt', 'scurve', 'ev', 'budget-district', 'budget-funding'] as const;
export type WorksChart = (typeof WORKS_CHARTS)[number];

/**
 * What rebuilds a works chart in a meeting: which chart, of which district (null: the portfolio), of
 * which works (the grid's filter or the one work picked; null: all of the district's or portfolio's),
 * at which status date.
 */
export interface WorksChartSpec {
  chart: WorksChart;
  site: number | null;
  works: number[] | null;
  statusDate: string;
}

/** A saved spec back into a works chart; anything unknown falls back to the portfolio's Gantt today. */
export function worksSpecOf(spec: Record<string, unknown>): WorksChartSpec {
  const date = typeof spec.statusDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(spec.statusDate) ? spec.statusDate : localDay();
  return {
    chart: WORKS_CHARTS.includes(spec.chart as WorksChart) ? (spec.chart as WorksChart) : 'gantt',
    site: typeof spec.site === 'number' && Number.isInteger(spec.site) ? spec.site : null,
    works:
      Array.isArray(spec.works) && spec.works.length > 0 && spec.works.every((id) => Number.isInteger(id) && (id as number) > 0)
        ? (spec.works as number[])
        : null,
    statusDate: date,
  };
}

export function worksMeetingView(spec: WorksChartSpec, title: string): MeetingView {
  return { kind: 'works', title, spec: { ...spec } };
}

type MeetingChart = { option: ChartOption; title: string; source: string; height?: number };
type Loaded = { rows: PortfolioRow[]; milestones: Milestone[]; points: SCurvePoint[] };

/** A works chart rebuilt from the workspace for meeting mode (the same options as the area's panels); null while it loads or when it cannot. */
export function useWorksMeetingChart(raw: Record<string, unknown>): { chart: MeetingChart | null; loading: boolean } {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const spec = worksSpecOf(raw);
  const data = useEngineData(
    async (engine): Promise<Loaded> => {
      const site = spec.site ?? undefined;
      const [portfolio, milestones, points] = await Promise.all([
        engine.worksPortfolio(spec.statusDate, site),
        spec.chart === 'gantt' ? engine.listMilestones() : Promise.resolve([]),
        spec.chart === 'scurve' || spec.chart === 'ev'
          ? engine.worksSCurve({ statusDate: spec.statusDate, ...(spec.works ? { workIds: spec.works } : { siteId: site }) })
          : Promise.resolve([]),
      ]);
      // The works the chart was added with (a work deleted since is left out).
      const works = spec.works ? new Set(spec.works) : null;
      const rows = works ? portfolio.filter((r) => works.has(r.id)) : portfolio;
      return { rows, milestones, points };
    },
    [spec.chart, spec.site, spec.statusDate, spec.works?.join(',') ?? null],
  );
  return { chart: data.data ? chartOf(spec, data.data, t, locale) : null, loading: data.loading };
}

/**
 * A works chart's title with what it shows, in the language in use: the district, when its rows are
 * one district's, and the one work or how many a filter kept ("Curva S — … — Distrito Industrial de
 * Betim — OB-BET-01"). The same words name the view when it is added and head its slide.
 */
export function worksChartTitle(
  title: string,
  rows: readonly PortfolioRow[],
  site: number | null,
  narrowed: boolean,
  t: TFunction<'works'>,
): string {
  const scope = [
    site === null ? null : (rows[0]?.siteName ?? ''),
    !narrowed ? null : rows.length === 1 ? (rows[0]?.workCode ?? '') : t('scurve.filtered', { count: rows.length }),
  ].filter((part) => part !== null);
  return [title, ...scope].join(' — ');
}

function chartOf(spec: WorksChartSpec, loaded: Loaded, t: TFunction<'works'>, locale: Locale): MeetingChart {
  const chart = bareChart(spec, loaded, t, locale);
  return { ...chart, title: worksChartTitle(chart.title, loaded.rows, spec.site, spec.works !== null, t) };
}

/** The chart itself, titled by its kind alone. */
function bareChart(spec: WorksChartSpec, { rows, milestones, points }: Loaded, t: TFunction<'works'>, locale: Locale): MeetingChart {
  const labels = worksChartLabels(t, locale);
  const source = rows.some((r) => r.illustrative) ? t('illustrativeNote') : t('title');
  switch (spec.chart) {
    case 'gantt': {
      // Every work of the district (or portfolio), not only the first window: the stage scrolls when they do not fit.
      const full = ganttFullView(ganttOrder(rows), spec.statusDate, labels.gantt, 'month', null, milestones);
      return { ...full, title: t('gantt.title'), source };
    }
    case 'scurve':
      return { option: sCurveOption(points, labels.scurve), title: t('scurve.title'), source };
    case 'ev':
      return { option: earnedValueOption(points, labels.ev), title: t('ev.title'), source };
    case 'budget-district':
      return {
        option: budgetOption(
          budgetSums(rows, (r) => r.siteName),
          labels.budget,
        ),
        title: t('budget.byDistrict'),
        source,
      };
    case 'budget-funding':
      return {
        option: budgetOption(
          budgetSums(rows, (r) => (r.fundingSource ? t(`funding.${r.fundingSource}`) : '–')),
          labels.budget,
        ),
        title: t('budget.byFunding'),
        source,
      };
  }
}
