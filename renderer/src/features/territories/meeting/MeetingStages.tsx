import { Center, Group, Loader, Text } from '@mantine/core';
import type { ECharts } from 'echarts/core';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../../shared/features/territories/types';
import { Chart, type ChartOption } from '../../../components/Chart';
import '../charts/register-charts';
import { useComparison } from '../comparison/use-comparison';
import { MapLegend } from '../maps/MapLegend';
import { useChoropleth } from '../maps/use-choropleth';
import { useProfileView } from '../profile/use-profile-view';
import { enlargeOption } from './enlarge';
import { compareSpecOf, mapSpecOf, profileSpecOf } from './specs';
import { useWorksMeetingChart } from '../../works/use-works-meeting-chart';
import { useProgrammeMeetingChart } from '../../programmes/use-programme-meeting-chart';
import { usePolosMeetingChart } from '../../initiatives/use-polos-meeting-chart';
import { useAttractionMeetingChart } from '../../attraction/use-attraction-meeting-chart';
import { useRankingMeetingChart } from '../../prioritization/use-ranking-meeting-chart';
import { EconomyMeetingChart } from '../../economy/EconomyMeetingChart';

/** The slides of meeting mode: a chart drawn large (`Stage`) and each kind of saved view rebuilt from its spec. */

/** Type in meeting mode at 1280 × 720: about twice the desk size, legible from the back of a meeting room. */
export const LARGE = 1.8;
/** The slide's scale for the window it is shown in (`meetingScale`): every size on the slide follows it. */
export const ScaleContext = createContext(1);
/**
 * The chart's box before the slide's area is measured: the screen less a one-line title above it, the
 * source's two lines below it and the step line at the foot, all of which grow with the slide's scale.
 */
export const stageHeight = (scale: number): string => `calc(100vh - ${Math.round(195 * scale)}px)`;
/**
 * The height (px) the slide's area has between its heading and its step line, as measured (0 before
 * it is): the chart's box is that less the source's lines. A fixed allowance for the heading ran the
 * source line under the "Esc sair" hint when a title took two lines.
 */
export const StageAreaContext = createContext(0);
/** The source line's two lines (Mantine's 1.55 line height) and its 4 px margin, at the slide's scale. */
const sourceBlock = (scale: number): number => Math.ceil(2 * scaled(16, scale) * 1.55) + 4;
/** A text size of the slide (px at 1280 × 720) at the slide's scale. */
export const scaled = (px: number, scale: number): number => Math.round(px * scale);

export function Stage({
  option,
  title,
  source,
  side,
  height,
  onTitle,
  onFinished,
  pending = false,
  missing,
}: {
  option: ChartOption | null;
  /** True while the view's data loads: a spinner then; without a chart after it, the slide says there is nothing to draw. */
  pending?: boolean;
  /** Why there is no chart, when the view's area can say it (the territory or year it showed is gone). */
  missing?: string | null;
  title: string;
  source: string;
  side?: ReactNode;
  /** A chart taller than the stage (px at desk size, every row of a Gantt): drawn at its height, large, scrolling. */
  height?: number;
  /** Told the title of the chart drawn, for the slide's heading. */
  onTitle?: (title: string | null) => void;
  /** Called with the drawn chart (a map that sets its markers apart by its drawn scale). */
  onFinished?: (instance: ECharts) => void;
}) {
  const { t } = useTranslation('territories');
  const scale = useContext(ScaleContext);
  const area = useContext(StageAreaContext);
  const boxHeight = area > 0 ? `${Math.max(120, area - sourceBlock(scale))}px` : stageHeight(scale);
  const drawnTitle = option ? title : null;
  useEffect(() => {
    onTitle?.(drawnTitle);
    return () => onTitle?.(null);
  }, [drawnTitle, onTitle]);
  if (!option) {
    return (
      <Center h={boxHeight}>
        {pending ? (
          <Loader />
        ) : (
          // A view whose data is gone (its district deleted, its import undone) or too thin to draw: said, not a spinner forever.
          <Text maw={scaled(900, scale)} ta="center" fz={scaled(20, scale)} data-testid="meeting-no-data">
            {missing || t('meeting.noData')}
          </Text>
        )}
      </Center>
    );
  }
  return (
    <Group align="stretch" wrap="nowrap" gap="lg" style={{ flex: 1 }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ maxHeight: boxHeight, overflowY: 'auto' }} data-testid="meeting-stage">
          <Chart
            option={enlargeOption(option, LARGE * scale)}
            height={height ? `max(${boxHeight}, ${Math.round(height * LARGE * scale)}px)` : boxHeight}
            attributes={{ 'data-type-scale': LARGE * scale }}
            title={title}
            source={source}
            testId="meeting-chart"
            pending={pending}
            onFinished={onFinished}
          />
        </div>
        {/* Every slide, single or in a sequence, says its source and period, as its exported PNG does:
            below the chart's box, not inside it, so a tall chart that scrolls (a Gantt) never hides it. */}
        <Text fz={scaled(16, scale)} c="dimmed" lineClamp={2} mt={4} data-testid="meeting-source">
          {source}
        </Text>
      </div>
      {side && <div style={{ width: scaled(300, scale), flex: 'none' }}>{side}</div>}
    </Group>
  );
}

function MapStage({ view, onTitle }: StageProps) {
  const map = useChoropleth(mapSpecOf(view.spec));
  const scale = useContext(ScaleContext);
  return (
    <Stage
      // The classes are listed beside the map, larger; the chart's own legend would repeat them.
      option={map.option ? { ...map.option, visualMap: { ...(map.option.visualMap as object), show: false } } : null}
      title={map.title || view.title}
      source={map.source}
      pending={map.loading}
      onTitle={onTitle}
      side={
        map.option && <MapLegend classes={map.classes} missing={map.missing} method={mapSpecOf(view.spec).method} meetingScale={scale} />
      }
    />
  );
}

function CompareStage({ view, onTitle }: StageProps) {
  const spec = compareSpecOf(view.spec);
  const c = useComparison(spec);
  const chart = spec.chart === 'bar' ? c.bar : c.radar;
  return (
    <Stage
      option={chart?.option ?? null}
      title={chart?.title || view.title}
      source={chart?.source ?? ''}
      pending={c.loading}
      onTitle={onTitle}
    />
  );
}

function ProfileStage({ view, onTitle }: StageProps) {
  const spec = profileSpecOf(view.spec);
  const p = useProfileView(spec?.ref ?? null);
  const chart = !spec
    ? null
    : spec.chart === 'radar'
      ? p.radar
      : spec.chart === 'sectors'
        ? p.sectors
        : spec.chart === 'series'
          ? p.series(spec.series)
          : p.location;
  return (
    <Stage
      option={chart?.option ?? null}
      title={chart?.title || view.title}
      source={chart?.source ?? ''}
      pending={spec !== null && p.loading}
      onTitle={onTitle}
    />
  );
}

/** A slide of an area's chart: its hook rebuilds the chart (option, title, source) from the saved spec. */
type AreaChart = {
  chart: { option: ChartOption; title: string; source: string; height?: number; onFinished?: (instance: ECharts) => void } | null;
  loading: boolean;
  missing?: string | null;
};

function AreaStage({ view, onTitle, chart: { chart, loading, missing } }: StageProps & { chart: AreaChart }) {
  return (
    <Stage
      option={chart?.option ?? null}
      pending={loading}
      missing={missing}
      title={chart?.title || view.title}
      source={chart?.source ?? ''}
      height={chart?.height}
      onTitle={onTitle}
      onFinished={chart?.onFinished}
    />
  );
}

const WorksStage = (props: StageProps) => <AreaStage {...props} chart={useWorksMeetingChart(props.view.spec)} />;
const ProgrammeStage = (props: StageProps) => <AreaStage {...props} chart={useProgrammeMeetingChart(props.view.spec)} />;
const PolosStage = (props: StageProps) => <AreaStage {...props} chart={usePolosMeetingChart(props.view.spec)} />;
const AttractionStage = (props: StageProps) => <AreaStage {...props} chart={useAttractionMeetingChart(props.view.spec)} />;
const RankingStage = (props: StageProps) => <AreaStage {...props} chart={useRankingMeetingChart(props.view.spec)} />;
const EconomyStage = (props: StageProps) => (
  <EconomyMeetingChart spec={props.view.spec} title={props.view.title}>
    {(chart) => <AreaStage {...props} chart={chart} />}
  </EconomyMeetingChart>
);

/**
 * A saved view is drawn from its spec, in the language in use: the title stored with it is the one
 * of the language and data of the day it was added, kept only for a slide that has no chart.
 */
interface StageProps {
  view: MeetingView;
  onTitle: (title: string | null) => void;
}

export function ViewStage({ view, onTitle }: StageProps) {
  switch (view.kind) {
    case 'map':
      return <MapStage view={view} onTitle={onTitle} />;
    case 'works':
      return <WorksStage view={view} onTitle={onTitle} />;
    case 'compare':
      return <CompareStage view={view} onTitle={onTitle} />;
    case 'programme':
      return <ProgrammeStage view={view} onTitle={onTitle} />;
    case 'polos':
      return <PolosStage view={view} onTitle={onTitle} />;
    case 'attraction':
      return <AttractionStage view={view} onTitle={onTitle} />;
    case 'ranking':
      return <RankingStage view={view} onTitle={onTitle} />;
    case 'profile':
      return <ProfileStage view={view} onTitle={onTitle} />;
    case 'economy':
      return <EconomyStage view={view} onTitle={onTitle} />;
  }
}
