import { ActionIcon, Center, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useElementSize, useViewportSize } from '@mantine/hooks';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { presentation } from '../../../components/presentation-store';
import { dismissNotification, getNotifications } from '../../../notifications/store';
import { useEngineData } from '../../../workspace/use-engine-data';
import '../territories.css';
import { meetingScale, meetingTitleSize } from './enlarge';
import { meetingStore, stepIndex, useMeetingState } from './meeting-store';
import { ScaleContext, Stage, StageAreaContext, ViewStage, scaled, stageHeight } from './MeetingStages';

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
  // What the heading (one line or two) and the step line leave the slide: the chart's box follows it.
  const { ref: areaRef, height: areaHeight } = useElementSize();
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
      <Stack ref={areaRef} gap={0} style={{ flex: 1, minHeight: 0 }}>
        <ScaleContext.Provider value={scale}>
          <StageAreaContext.Provider value={Math.floor(areaHeight)}>
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
          </StageAreaContext.Provider>
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
