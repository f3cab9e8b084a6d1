import { Center, Group, Loader, Paper, Text, useComputedColorScheme } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { ECharts } from 'echarts/core';
import type { ScenarioRun } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { useMgMapReady } from '../dashboard/mg-geo';
import { MARKER_SPACING, spacingForScale, type RankingMapOption } from './ranking-map-option';
import { rankingMapOption, rankingMapTitle, rankingMeetingView } from './use-ranking-meeting-chart';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { usePrioritization } from './use-prioritization';

/** Minas Gerais with the ranked alternatives coloured by rank; the top N numbered. */
export function RankingMapPanel({ run, unsaved }: { run: ScenarioRun; unsaved: boolean }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady((lng) => t('map.failed', { lng }));
  const [spacing, setSpacing] = useState(MARKER_SPACING);
  const option = useMemo(() => rankingMapOption(run, t, locale, dark, spacing), [run, locale, t, dark, spacing]);
  // Markers set apart by pixels, not degrees: once drawn, the map says how many pixels a degree is
  // (at zoom 1, so zooming in does not redraw), and the spacing follows when it is off by over 5 %.
  const onFinished = useCallback(
    (instance: ECharts) => {
      const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
      const a = instance.convertToPixel({ seriesIndex: 0 }, [-44, -19]) as number[] | undefined;
      const b = instance.convertToPixel({ seriesIndex: 0 }, [-43, -19]) as number[] | undefined;
      if (!a || !b) return;
      const wanted = spacingForScale(Math.abs((b[0] ?? 0) - (a[0] ?? 0)) / (geo?.zoom ?? 1));
      setSpacing((current) => (Math.abs(wanted - current) / current > 0.05 ? wanted : current));
      markPixels(instance, option);
    },
    [option],
  );
  const placed = run.ranked.filter((r) => r.lat !== null && r.lon !== null).length;
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('map.title')}
        </Text>
        {/* A meeting shows the scenario as saved: with edits not saved, the map on screen is not what it would show. */}
        <AddToMeeting view={rankingMeetingView(run, t)} disabled={unsaved || run.ranked.length === 0} testId="ranking-map-meeting" />
      </Group>
      {mapReady ? (
        <Chart
          option={option}
          height={420}
          title={rankingMapTitle(run, t)}
          source={t('map.source')}
          testId="ranking-map"
          attributes={{ 'data-points': placed }}
          onFinished={onFinished}
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

/** The markers' drawn centres and names (`data-marker-pixels`), which the end-to-end test checks apart. */
function markPixels(instance: ECharts, option: RankingMapOption): void {
  const series = [option.series].flat()[0] as { data?: { name: string; value: number[] }[] } | undefined;
  const pixels = (series?.data ?? []).map((d) => {
    const [x = 0, y = 0] = (instance.convertToPixel({ seriesIndex: 0 }, [d.value[0] ?? 0, d.value[1] ?? 0]) as number[] | undefined) ?? [];
    return [d.name, Math.round(x * 10) / 10, Math.round(y * 10) / 10, d.value[2] ?? 0];
  });
  instance.getDom().setAttribute('data-marker-pixels', JSON.stringify(pixels));
}
