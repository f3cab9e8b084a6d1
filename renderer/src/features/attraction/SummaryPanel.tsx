import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { PROSPECT_STAGES } from '../../../../shared/features/attraction/vocabulary';
import { Chart } from '../../components/Chart';
import { brl, num } from './format';
import { planChartSource } from './plan-chart-source';
import { useAttraction } from './use-attraction';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The plan at a glance, for meetings (this view prints to PDF): key figures, goals, pipeline by stage. */
export function SummaryPanel({ view }: { view: PlanView }) {
  const { t, locale } = useAttraction();
  const lt = view.lotTotals;
  const pt = view.prospectTotals;
  const goal = (done: number, target: number | null, money: boolean) => {
    const fmt = (v: number) => (money ? brl(v, locale) : num(v, locale, 0));
    return target
      ? { text: t('summary.progress', { done: fmt(done), goal: fmt(target) }), value: Math.min(100, (done / target) * 100) }
      : { text: t('summary.noGoal'), value: 0 };
  };
  const jobs = goal(view.progress.jobs, view.progress.goalJobs, false);
  const money = goal(view.progress.investment, view.progress.goalInvestment, true);
  // Stages down the side, in pipeline order: their names read whole at any width (side by side under
  // a narrow chart they overlapped, "ProposalNegotiationInstalled" at 1024 px).
  const option = {
    grid: { left: 10, right: 20, top: 10, bottom: 20, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: PROSPECT_STAGES.map((s) => t(`stage.${s}`)), axisLabel: { interval: 0 } },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: PROSPECT_STAGES.map((s) => pt.byStage[s]) }],
  };
  return (
    <Stack gap="sm" data-testid="attraction-summary">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          label={t('summary.lots')}
          value={`${lt.total} (${t('summary.available')}: ${lt.available})`}
          testId="attraction-lots-count"
        />
        <Figure label={t('summary.areaAvailable')} value={`${num(lt.areaAvailableM2, locale, 0)} m²`} />
        <Figure label={t('summary.valueAvailable')} value={brl(lt.valueAvailable, locale)} />
        <Figure label={t('summary.prospects')} value={String(pt.total)} testId="attraction-prospects-count" />
        <Figure label={t('summary.investment')} value={brl(pt.investment, locale)} />
        <Figure label={t('summary.jobs')} value={num(pt.jobs, locale, 0)} />
        <Figure label={t('summary.overdue')} value={String(pt.overdue)} />
        <Figure label={t('summary.lateActions')} value={String(view.lateActions)} testId="attraction-late-actions" />
      </SimpleGrid>
      <Group grow align="flex-start">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('summary.goalJobs')}: {jobs.text}
          </Text>
          <Progress value={jobs.value} />
          <Text size="sm" fw={600}>
            {t('summary.goalInvestment')}: {money.text}
          </Text>
          <Progress value={money.value} color="teal" />
        </Stack>
        <Chart
          option={option}
          height={220}
          title={t('summary.byStageOf', { site: view.site.name, period: view.plan.period })}
          source={planChartSource(view, t)}
          heading
          testId="attraction-stage-chart"
        />
      </Group>
    </Stack>
  );
}
