import { SegmentedControl, useComputedColorScheme } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { ScenarioRun } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { Panel } from '../../components/Panel';
import { buildContributionOption } from './contribution-option';
import { usePrioritization } from './use-prioritization';

/** How much each criterion adds to each alternative's result (stacked bars), with what the bars mean. */
export function ContributionPanel({ run }: { run: ScenarioRun }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const [side, setSide] = useState<'ideal' | 'anti'>('ideal');
  const topsis = run.contributionKind === 'distance-shares';
  // The chart's own width (0 until measured: the option's default), for its legend and axis ticks.
  const { ref, width } = useElementSize();
  const measured = width > 0 ? Math.round(width) : undefined;
  const option = useMemo(
    () =>
      buildContributionOption({
        run,
        secondary: topsis && side === 'anti',
        width: measured,
        locale,
        labels: { total: t('contributions.total'), atDistanceZero: t(side === 'anti' ? 'contributions.atAnti' : 'contributions.atIdeal') },
        dark,
      }),
    [run, topsis, side, measured, locale, t, dark],
  );
  const caption = topsis
    ? t(side === 'anti' ? 'contributions.topsisAnti' : 'contributions.topsisIdeal')
    : t(`contributions.${run.method === 'vikor' ? 'vikor' : run.method === 'promethee2' ? 'promethee2' : 'wsm'}`);
  return (
    <Panel
      title={t('contributions.title')}
      controls={
        topsis && (
          <SegmentedControl
            size="xs"
            value={side}
            onChange={(v) => setSide(v === 'anti' ? 'anti' : 'ideal')}
            data={[
              { value: 'ideal', label: t('contributions.ideal') },
              { value: 'anti', label: t('contributions.anti') },
            ]}
          />
        )
      }
      footer={caption}
    >
      <div ref={ref}>
        <Chart
          option={option}
          height={Math.max(320, 60 + 26 * run.ranked.length)}
          title={`${t('contributions.title')} — ${run.name}`}
          source={t('contributions.source', { method: t(`methods.${run.method}`) })}
          testId="contribution-chart"
          attributes={{ 'data-series': run.criteria.length, 'data-bars': run.ranked.length }}
        />
      </div>
    </Panel>
  );
}
