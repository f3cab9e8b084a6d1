import { Center, Loader, Paper, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import type { ScenarioRun } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { MG_MAP_NAME, useMgMapReady } from '../dashboard/mg-geo';
import { buildRankingMapOption } from './ranking-map-option';
import { usePrioritization } from './use-prioritization';

/** Minas Gerais with the ranked alternatives coloured by rank; the top N numbered. */
export function RankingMapPanel({ run }: { run: ScenarioRun }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady(t('map.failed'));
  const option = useMemo(
    () =>
      buildRankingMapOption({
        mapName: MG_MAP_NAME,
        ranked: run.ranked,
        topN: run.topN,
        locale,
        labels: {
          rank: t('results.rank'),
          score: t(`results.score.${run.method}`),
          topN: t('results.inTop', { n: run.topN }),
          best: t('map.best'),
          worst: t('map.worst'),
          seatNote: t('map.seatNote'),
        },
        dark,
      }),
    [run, locale, t, dark],
  );
  const placed = run.ranked.filter((r) => r.lat !== null && r.lon !== null).length;
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text fw={600} size="sm" mb={4}>
        {t('map.title')}
      </Text>
      {mapReady ? (
        <Chart
          option={option}
          height={420}
          title={`${t('map.title')} — ${run.name}`}
          source={t('map.source')}
          testId="ranking-map"
          attributes={{ 'data-points': placed }}
        />
      ) : (
        <Center h={420}>
          <Loader size="sm" />
        </Center>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('map.caption', { n: run.topN })}
        {placed < run.ranked.length && ` ${t('map.unplaced', { count: run.ranked.length - placed })}`}
      </Text>
    </Paper>
  );
}
