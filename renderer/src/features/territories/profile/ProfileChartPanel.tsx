import { Center, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Chart, type ChartOption, type echarts } from '../../../components/Chart';
import { Panel } from '../../../components/Panel';

/** A chart the profile built, or null when the subject has no data for it. */
export interface BuiltChart {
  option: ChartOption;
  title: string;
  source: string;
  /** Not settled yet (its drawn marker waits): a treemap's tile labels, between their two draws. */
  pending?: boolean;
  onFinished?: (instance: echarts.ECharts) => void;
}

const CHART_HEIGHT = 320;

/**
 * One panel of the profile: a title with its actions, the chart or, when there is nothing to draw,
 * the reason in plain words at the chart's height (so the grid of panels keeps its shape); under the
 * chart, its source, as in its export.
 */
export function ProfileChartPanel({
  title,
  actions,
  chart,
  empty,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  chart: BuiltChart | null;
  /** Why there is no chart. */
  empty: string;
  testId: string;
}) {
  return (
    <Panel
      title={title}
      controls={actions}
      footer={
        // The chart's source on screen as in its export: a series that joins Census counts and
        // estimates says which years are which (the 2022 drop of a TCU series is the Census).
        chart?.source && (
          <Text inherit lineClamp={3} title={chart.source} data-testid={`${testId}-source`}>
            {chart.source}
          </Text>
        )
      }
    >
      {chart ? (
        <Chart
          option={chart.option}
          height={CHART_HEIGHT}
          title={chart.title}
          source={chart.source}
          testId={testId}
          pending={chart.pending}
          onFinished={chart.onFinished}
        />
      ) : (
        <Center h={CHART_HEIGHT}>
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        </Center>
      )}
    </Panel>
  );
}
