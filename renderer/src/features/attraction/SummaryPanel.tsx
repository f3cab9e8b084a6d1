import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { Chart } from '../../components/Chart';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { brl, num } from './format';
import { planChartSource } from './plan-chart-source';
import { useAttraction } from './use-attraction';
import { attractionMeetingView, stageChartOption, stageChartTitle } from './use-attraction-meeting-chart';

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
        <Stack gap={4}>
          {/* Above the chart, as the other areas' meeting buttons: below it, at the foot of a 720 px
              window, its menu opened outside the window and could not be reached. */}
          <Group justify="flex-end">
            <AddToMeeting view={attractionMeetingView(view, t)} testId="attraction-stage-meeting" />
          </Group>
          <Chart
            option={stageChartOption(view, t)}
            height={220}
            title={stageChartTitle(view, t)}
            source={planChartSource(view, t, locale)}
            heading
            testId="attraction-stage-chart"
          />
        </Stack>
      </Group>
    </Stack>
  );
}
