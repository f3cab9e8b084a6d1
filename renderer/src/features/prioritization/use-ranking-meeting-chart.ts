import { useComputedColorScheme } from '@mantine/core';
import type { TFunction } from 'i18next';
import { runIn } from '../../../../shared/features/prioritization/scenario-language';
import type { CriterionSourceOption, ScenarioRun } from '../../../../shared/features/prioritization/types';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { ChartOption } from '../../components/Chart';
import type { Locale } from '../../i18n/locales';
import { useEngineData } from '../../workspace/use-engine-data';
import { MG_MAP_NAME, useMgMapReady } from '../dashboard/mg-geo';
import type { ECharts } from 'echarts/core';
import { buildRankingMapOption, type RankingMapOption } from './ranking-map-option';
import { useMarkerSpacing } from './use-marker-spacing';
import { usePrioritization } from './use-prioritization';

/** What rebuilds a ranking map in a meeting: the scenario, as saved; null when the spec names none. */
export function rankingSpecOf(spec: Record<string, unknown>): { scenario: number } | null {
  return typeof spec.scenario === 'number' && Number.isInteger(spec.scenario) && spec.scenario > 0 ? { scenario: spec.scenario } : null;
}

export function rankingMapTitle(run: Pick<ScenarioRun, 'name'>, t: TFunction<'prioritization'>): string {
  return `${t('map.title')} — ${run.name}`;
}

export function rankingMeetingView(run: Pick<ScenarioRun, 'name' | 'scenarioId'>, t: TFunction<'prioritization'>): MeetingView {
  return { kind: 'ranking', title: rankingMapTitle(run, t), spec: { scenario: run.scenarioId } };
}

/** The ranking map's option (the area's panel and the meeting slide draw the same). */
export function rankingMapOption(
  run: ScenarioRun,
  t: TFunction<'prioritization'>,
  locale: Locale,
  dark: boolean,
  spacing: number,
): RankingMapOption {
  return buildRankingMapOption({
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
    spacing,
  });
}

type MeetingChart = { option: ChartOption; title: string; source: string; onFinished: (instance: ECharts) => void };

/** A saved scenario's ranking map rebuilt from the workspace for meeting mode; null while it loads or when the scenario is gone or ranks nothing. */
export function useRankingMeetingChart(raw: Record<string, unknown>): { chart: MeetingChart | null; loading: boolean } {
  const { t, locale } = usePrioritization();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady((lng) => t('map.failed', { lng }));
  const spec = rankingSpecOf(raw);
  const { spacing, onFinished } = useMarkerSpacing();
  const data = useEngineData(
    async (engine): Promise<{ run: ScenarioRun; options: CriterionSourceOption[] } | null> => {
      if (!spec) return null;
      const scenarios = await engine.listScenarios();
      if (!scenarios.some((s) => s.id === spec.scenario)) return null;
      const [run, options] = await Promise.all([engine.runScenario(spec.scenario), engine.criterionSources()]);
      return { run, options };
    },
    [spec?.scenario ?? null],
  );
  // As the area shows it: the demo scenario's name (the slide's title) in the UI's language.
  const run = data.data ? runIn(data.data.run, data.data.options, locale) : null;
  if (!run || !mapReady || run.ranked.length === 0) return { chart: null, loading: data.loading || (!!run && !mapReady) };
  return {
    chart: { option: rankingMapOption(run, t, locale, dark, spacing), title: rankingMapTitle(run, t), source: t('map.source'), onFinished },
    loading: false,
  };
}
