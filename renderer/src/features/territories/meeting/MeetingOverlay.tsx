import { ActionIcon, Center, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useViewportSize } from '@mantine/hooks';
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../../shared/features/territories/types';
import { Chart, type ChartOption } from '../../../components/Chart';
import { presentation } from '../../../components/presentation-store';
import { dismissNotification, getNotifications } from '../../../notifications/store';
import { useEngineData } from '../../../workspace/use-engine-data';
import '../charts/register-charts';
import '../territories.css';
import { useComparison } from '../comparison/use-comparison';
import { MapLegend } from '../maps/MapLegend';
import { useChoropleth } from '../maps/use-choropleth';
import { useProfileView } from '../profile/use-profile-view';
import { enlargeOption, meetingScale, meetingTitleSize } from './enlarge';
import { meetingStore, stepIndex, useMeetingState } from './meeting-store';
import { compareSpecOf, mapSpecOf, profileSpecOf } from './specs';
import { useWorksMeetingChart } from '../../works/use-works-meeting-chart';

/**
 * A heading broken only between words: a code's hyphen ("OB-BET-01", "DI-BETIM") is no place to
 * break a line, as the browser would ("OB-BET-" / "01").
 */
function wholeCodes(title: string): ReactNode {
  return title.split(/(\s+)/).map((part, i) =>
    part.includes('-') ? (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** Type in meeting mode at 1280 × 720: about twice the desk size, legible from the back of a meeting room. */
const LARGE = 1.8;
/** The slide's scale for the window it is shown in (`meetingScale`): every size on the slide follows it. */
const ScaleContext = createContext(1);
/**
 * The chart's box: the screen less the title above it (to ~80 px at 1280 × 720), the source's two
 * lines below it and the step line at the foot, all of which grow with the slide's scale.
 */
const stageHeight = (scale: number): string => `calc(100vh - ${Math.round(195 * scale)}px)`;
/** A text size of the slide (px at 1280 × 720) at the slide's scale. */
const scaled = (px: number, scale: number): number => Math.round(px * scale);

function Stage({
  option,
  title,
  source,
  side,
  height,
  onTitle,
  pending = false,
}: {
  option: ChartOption | null;
  /** True while the view's data loads: a spinner then; without a chart after it, the slide says there is nothing to draw. */
  pending?: boolean;
  title: string;
  source: string;
  side?: ReactNode;
  /** A chart taller than the stage (px at desk size, every row of a Gantt): drawn at its height, large, scrolling. */
  height?: number;
  /** Told the title of the chart drawn, for the slide's heading. */
  onTitle?: (title: string | null) => void;
}) {
  const { t } = useTranslation('territories');
  const scale = useContext(ScaleContext);
  const boxHeight = stageHeight(scale);
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
            {t('meeting.noData')}
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

function WorksStage({ view, onTitle }: StageProps) {
  const { chart, loading } = useWorksMeetingChart(view.spec);
  return (
    <Stage
      option={chart?.option ?? null}
      pending={loading}
      title={chart?.title || view.title}
      source={chart?.source ?? ''}
      height={chart?.height}
      onTitle={onTitle}
    />
  );
}

/**
 * A saved view is drawn from its spec, in the language in use: the title stored with it is the one
 * of the language and data of the day it was added, kept only for a slide that has no chart.
 */
interface StageProps {
  view: MeetingView;
  onTitle: (title: string | null) => void;
}

function ViewStage({ view, onTitle }: StageProps) {
  if (view.kind === 'map') return <MapStage view={view} onTitle={onTitle} />;
  if (view.kind === 'works') return <WorksStage view={view} onTitle={onTitle} />;
  if (view.kind === 'compare') return <CompareStage view={view} onTitle={onTitle} />;
  return <ProfileStage view={view} onTitle={onTitle} />;
}

/**
 * Meeting mode: a chart, a map or a saved sequence of them full screen, with large type and nothing
 * else on screen. Arrow keys (or Page Up/Down, Space) step through the sequence; Esc leaves.
 */
export function MeetingOverlay() {
  const { t } = useTranslation('territories');
  const single = useSyncExternalStore(presentation.subscribe, presentation.snapshot);
  const meeting = useMeetingState();
  const sequences = useEngineData((engine) => engine.meetingSequences(), [meeting?.sequenceId ?? null]);
  const ref = useRef<HTMLDivElement>(null);
  const [drawnTitle, setDrawnTitle] = useState<string | null>(null);
  const viewport = useViewportSize();
  const scale = meetingScale(viewport.width, viewport.height);
  const open = single !== null || meeting !== null;
  const sequence = meeting ? (sequences.data ?? []).find((s) => s.id === meeting.sequenceId) : undefined;
  const count = sequence?.views.length ?? 0;
  const index = meeting ? Math.min(meeting.index, Math.max(0, count - 1)) : 0;
  const view = sequence?.views[index];

  const close = () => {
    presentation.close();
    meetingStore.set(null);
  };

  useEffect(() => {
    if (!open) return;
    // A clean screen: earlier notices ("view added"…) are done with once the meeting starts.
    for (const n of getNotifications()) if (n.kind !== 'error') dismissNotification(n.id);
    // The whole page goes full screen (menus and tooltips live in portals outside the overlay, and
    // must stay visible); the overlay covers it. Where the platform refuses, it still covers the window.
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) {
        presentation.close();
        meetingStore.set(null);
      }
    };
    const timer = window.setTimeout(() => document.addEventListener('fullscreenchange', onFullscreenChange), 500);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // The keyboard goes onto the slide (it stayed on the page under it, where Tab walked hidden
    // controls), and back to where the planner was when the slide closes (it fell to the page's top).
    const active = document.activeElement;
    const opener = presentation.snapshot()?.opener ?? (active instanceof HTMLElement && active !== document.body ? active : null);
    ref.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        return;
      }
      const state = meetingStore.get();
      if (!state) return;
      const next = stepIndex(state.index, count, event.key);
      if (next !== null) {
        event.preventDefault();
        event.stopPropagation();
        meetingStore.set({ ...state, index: next });
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, count]);

  if (!open) return null;
  const title = single ? single.title : (drawnTitle ?? view?.title ?? sequence?.name ?? '');
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="arranjo-meeting"
      role="dialog"
      aria-modal
      aria-label={t('meeting.title')}
      data-testid="meeting-overlay"
      data-index={index}
      data-count={single ? 1 : count}
    >
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Title
          order={1}
          lineClamp={2}
          title={title}
          style={{ fontSize: scaled(meetingTitleSize(title), scale), lineHeight: 1.15 }}
          data-testid="meeting-title"
        >
          {wholeCodes(title)}
        </Title>
        <ActionIcon size="xl" variant="subtle" onClick={close} aria-label={t('meeting.close')} data-testid="meeting-close">
          ✕
        </ActionIcon>
      </Group>
      <Stack gap={0} style={{ flex: 1, minHeight: 0 }}>
        <ScaleContext.Provider value={scale}>
          {single ? (
            <Stage option={single.option} title={single.title} source={single.source ?? ''} height={single.height} />
          ) : view ? (
            <ViewStage key={`${meeting?.sequenceId}-${index}`} view={view} onTitle={setDrawnTitle} />
          ) : sequences.loading ? (
            <Center h={stageHeight(scale)}>
              <Loader />
            </Center>
          ) : (
            <Center h={stageHeight(scale)}>
              <Text fz={scaled(20, scale)}>{t('meeting.emptySequence')}</Text>
            </Center>
          )}
        </ScaleContext.Provider>
      </Stack>
      <Group justify="space-between" mt="xs" wrap="nowrap">
        <span />
        <Group gap="md" wrap="nowrap">
          {!single && count > 0 && (
            <Text fz={scaled(18, scale)} fw={600} data-testid="meeting-step">
              {t('meeting.step', { index: index + 1, count })}
            </Text>
          )}
          <Text fz={scaled(14, scale)} c="dimmed">
            {!single && (
              <>
                <Kbd>←</Kbd> <Kbd>→</Kbd> {t('meeting.stepHint')} ·{' '}
              </>
            )}
            <Kbd>Esc</Kbd> {t('meeting.closeHint')}
          </Text>
        </Group>
      </Group>
    </div>
  );
}
