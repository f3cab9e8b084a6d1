import { Center, Loader, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import type { ScenarioRun } from '../../../../shared/features/prioritization/types';
import { Chart } from '../../components/Chart';
import { Panel } from '../../components/Panel';
import { useMgMapReady } from '../dashboard/mg-geo';
import { rankingMapOption, rankingMapTitle, rankingMeetingView } from './use-ranking-meeting-chart';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { usePrioritization } from './use-prioritization';
import { useMarkerSpacing } from './use-marker-spacing';

/** Minas Gerais with the ranked alternatives coloured by rank; the top N numbered. */
export function RankingMapPanel({ run, unsaved }: { run: ScenarioRun; unsaved: boolean }) {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady((lng) => t('map.failed', { lng }));
  const { spacing, onFinished } = useMarkerSpacing();
  const option = useMemo(() => rankingMapOption(run, t, locale, dark, spacing), [run, locale, t, dark, spacing]);
  const placed = run.ranked.filter((r) => r.lat !== null && r.lon !== null).length;
  return (
    <Panel
      title={t('map.title')}
      controls={
        // A meeting shows the scenario as saved: with edits not saved, the map on screen is not what it would show.
        <AddToMeeting
          view={rankingMeetingView(run, t)}
          disabled={unsaved || run.ranked.length === 0}
          disabledReason={unsaved ? t('map.meetingNeedsSave') : undefined}
          testId="ranking-map-meeting"
        />
      }
      footer={
        <>
          {t('map.caption', { n: run.topN })}
          {placed < run.ranked.length && ` ${t('map.unplaced', { count: run.ranked.length - placed })}`}
        </>
      }
    >
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
    </Panel>
  );
}
