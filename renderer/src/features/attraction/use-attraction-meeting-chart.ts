import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { PROSPECT_STAGES } from '../../../../shared/features/attraction/vocabulary';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { ChartOption } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { planChartSource } from './plan-chart-source';

/**
 * The plan's funnel: prospects by stage, stages down the side in pipeline order (their names read
 * whole at any width: side by side under a narrow chart they overlapped, "ProposalNegotiationInstalled" at 1024 px).
 */
export function stageChartOption(view: PlanView, t: TFunction<'attraction'>): ChartOption {
  return {
    grid: { left: 10, right: 20, top: 10, bottom: 20, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: PROSPECT_STAGES.map((s) => t(`stage.${s}`)), axisLabel: { interval: 0 } },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: PROSPECT_STAGES.map((s) => view.prospectTotals.byStage[s]) }],
  };
}

export function stageChartTitle(view: PlanView, t: TFunction<'attraction'>): string {
  return t('summary.byStageOf', { site: view.site.name, period: view.plan.period });
}

/** What rebuilds the funnel in a meeting: the plan's id; null when the spec names none. */
export function attractionSpecOf(spec: Record<string, unknown>): { plan: number } | null {
  return typeof spec.plan === 'number' && Number.isInteger(spec.plan) && spec.plan > 0 ? { plan: spec.plan } : null;
}

export function attractionMeetingView(view: PlanView, t: TFunction<'attraction'>): MeetingView {
  return { kind: 'attraction', title: stageChartTitle(view, t), spec: { plan: view.plan.id } };
}

type MeetingChart = { option: ChartOption; title: string; source: string };

/** The plan's funnel rebuilt from the workspace for meeting mode; null while it loads or when the plan is gone. */
export function useAttractionMeetingChart(raw: Record<string, unknown>): { chart: MeetingChart | null; loading: boolean } {
  const { t } = useTranslation('attraction');
  const { locale } = useLocale();
  const spec = attractionSpecOf(raw);
  const data = useEngineData(
    async (engine): Promise<PlanView | null> => {
      if (!spec) return null;
      // A plan deleted since (its district deleted) is no slide: said by the stage, not an error.
      const plans = await engine.listAttractionPlans();
      return plans.some((p) => p.id === spec.plan) ? engine.getAttractionPlan(spec.plan) : null;
    },
    [spec?.plan ?? null],
  );
  const view = data.data;
  if (!view) return { chart: null, loading: data.loading };
  return {
    chart: { option: stageChartOption(view, t), title: stageChartTitle(view, t), source: planChartSource(view, t, locale) },
    loading: data.loading,
  };
}
