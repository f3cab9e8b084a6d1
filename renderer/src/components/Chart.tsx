import { ActionIcon, Group, Menu, Text, Tooltip, useComputedColorScheme } from '@mantine/core';
import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import i18next from 'i18next';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useLocale } from '../i18n';
import { downloadBlob, safeFileName } from '../lib/download';
import { notifyError } from '../notifications/notify-error';
import { canvasMeasure, framePng, frameSvg } from './chart-export';
import { presentation } from './presentation-store';

// Only what the app draws is bundled. SVG is registered for the SVG export. The label layout
// (labelLayout: hideOverlap) too: ECharts' core registers it as a side effect of a module its
// package.json does not list as having side effects, so the build dropped it and the LQ × growth
// chart's names ran over each other ("Comércio" over "Construção civil"), on the slide too.
echarts.use([
  LabelLayout,
  BarChart,
  MapChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export { echarts };

interface ChartProps {
  option: ChartOption;
  height: CSSProperties['height'];
  /** What the chart shows: for screen readers, the export file name and the exported image's title. */
  title: string;
  /** Shows `title` above the chart as well, for a chart with no heading of its own beside it. */
  heading?: boolean;
  /** Where the data comes from; printed under exported images. */
  source?: string;
  testId?: string;
  /** Extra data-* attributes on the container (for example counts the e2e tests check). */
  attributes?: Record<`data-${string}`, string | number>;
  /** A click on a data element (a map area, a marker, a bar). */
  onClick?: (params: echarts.ECElementEvent) => void;
  /** Each drawn frame, with the instance: for what depends on the drawn size (a map's pixels per degree). */
  onFinished?: (instance: echarts.ECharts) => void;
  /**
   * What the PNG/SVG export and full-screen presentation draw when it is more than the screen shows
   * (a Gantt paged on screen exports every row): built only when asked for, at its own height.
   */
  exportView?: () => ExportView;
  /**
   * True while the caller's data loads and the chart still shows its previous option (an area kept
   * hidden, shown again after a change elsewhere): `data-render-finished` stays "false" until the
   * caller's answer is in and its option drawn, so nothing waiting on it reads a stale chart.
   */
  pending?: boolean;
}

/** A chart drawn for export or presentation instead of the one on screen: its option and height (px). */
export interface ExportView {
  option: ChartOption;
  height: number;
}

/** Canvas limits: an image taller than this many device pixels is drawn at a lower pixel ratio. */
const MAX_CANVAS_PX = 30_000;

/** Draws an option off screen (canvas) and returns its PNG data URL. */
function offscreenPng(
  option: ChartOption,
  width: number,
  height: number,
  theme: string | undefined,
  background: string,
  pixelRatio: number,
): string {
  const box = document.createElement('div');
  const off = echarts.init(box, theme, { renderer: 'canvas', width, height });
  try {
    off.setOption({ ...option, animation: false, backgroundColor: background });
    return off.getDataURL({ type: 'png', pixelRatio, backgroundColor: background });
  } finally {
    off.dispose();
  }
}

const EXPORT_COLORS = { light: { background: '#ffffff', color: '#212529' }, dark: { background: '#242424', color: '#e9ecef' } } as const;

/**
 * The one ECharts wrapper: canvas renderer, follows the light/dark scheme, resizes with its box,
 * exports PNG/SVG, and marks `data-render-finished="true"` once ECharts reports the frame drawn
 * (end-to-end tests wait on it instead of sleeping).
 */
export function Chart({
  option,
  height,
  title,
  heading,
  source,
  testId,
  attributes,
  onClick,
  onFinished,
  exportView,
  pending = false,
}: ChartProps) {
  const { t } = useLocale();
  const scheme = useComputedColorScheme('light');
  const containerRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLButtonElement>(null);
  const [chart, setChart] = useState<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  const finishedRef = useRef(onFinished);
  // The option last given to ECharts, and the one whose frame it last reported drawn.
  const setRef = useRef<ChartOption | null>(null);
  const drawnRef = useRef<ChartOption | null>(null);
  const pendingRef = useRef(pending);
  useEffect(() => {
    clickRef.current = onClick;
    finishedRef.current = onFinished;
  }, [onClick, onFinished]);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const instance = echarts.init(element, scheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    drawnRef.current = null;
    instance.on('finished', () => {
      finishedRef.current?.(instance);
      drawnRef.current = setRef.current;
      if (!pendingRef.current) element.setAttribute('data-render-finished', 'true');
    });
    instance.on('click', (params) => clickRef.current?.(params));
    // Only a real change of size redraws: the observer's first call (on observe) would otherwise
    // lay out and paint the whole chart again, a second map draw on first start (issue 16).
    // A chart in a hidden area (no box) keeps its size: shown again, it needs no redraw.
    const observer = new ResizeObserver(() => {
      const hidden = element.clientWidth === 0 && element.clientHeight === 0;
      if (!hidden && (element.clientWidth !== instance.getWidth() || element.clientHeight !== instance.getHeight())) instance.resize();
    });
    observer.observe(element);
    setChart(instance);
    return () => {
      observer.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [scheme]);

  useEffect(() => {
    if (!chart) return;
    containerRef.current?.setAttribute('data-render-finished', 'false');
    setRef.current = option;
    // Transparent: the chart sits on the panel's own background in both schemes.
    chart.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [chart, option]);

  // Pending or not, in the same commit as the caller's loading state (a layout effect: nothing reads
  // the page between the two): finished only when not pending and this very option was drawn.
  useLayoutEffect(() => {
    pendingRef.current = pending;
    const drawn = !pending && drawnRef.current === option && setRef.current === option;
    containerRef.current?.setAttribute('data-render-finished', drawn ? 'true' : 'false');
  }, [pending, option]);

  const exportImage = (type: 'png' | 'svg') => {
    if (!chart) return;
    const fileName = `${safeFileName(title)}.${type}`;
    const { background, color } = EXPORT_COLORS[scheme];
    const view = exportView?.();
    const drawn = view?.option ?? option;
    const frame = { title, source, width: chart.getWidth(), height: view?.height ?? chart.getHeight(), background, color };
    if (type === 'png') {
      const ratio = Math.min(2, MAX_CANVAS_PX / frame.height);
      const theme = scheme === 'dark' ? 'dark' : undefined;
      const url = view
        ? offscreenPng(view.option, frame.width, frame.height, theme, background, ratio)
        : chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: background });
      framePng(url, frame, ratio).then(
        (blob) => downloadBlob(blob, fileName),
        (error: unknown) => notifyError(error, (lng) => t('chart.exportFailed', { lng })),
      );
      return;
    }
    // SVG needs the SVG renderer: draw the same option once, off screen, without animation.
    const svg = echarts.init(null, scheme === 'dark' ? 'dark' : undefined, {
      renderer: 'svg',
      ssr: true,
      width: frame.width,
      height: frame.height,
    });
    try {
      svg.setOption({ ...drawn, animation: false, backgroundColor: background });
      downloadBlob(new Blob([frameSvg(svg.renderToSVGString(), frame, canvasMeasure())], { type: 'image/svg+xml' }), fileName);
    } finally {
      svg.dispose();
    }
  };

  const body = (
    <div style={{ position: 'relative' }}>
      <Group gap={4} style={{ position: 'absolute', top: 0, right: 0, zIndex: 2 }}>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Tooltip label={t('chart.export')}>
              <ActionIcon
                ref={menuRef}
                variant="subtle"
                size="sm"
                aria-label={t('chart.export')}
                data-testid={testId ? `${testId}-export` : undefined}
              >
                ⤓
              </ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => exportImage('png')} data-testid={testId ? `${testId}-export-png` : undefined}>
              {t('chart.exportPng')}
            </Menu.Item>
            <Menu.Item onClick={() => exportImage('svg')} data-testid={testId ? `${testId}-export-svg` : undefined}>
              {t('chart.exportSvg')}
            </Menu.Item>
            {/* Meeting mode: the same chart full screen, large type (the compare feature's overlay shows it). */}
            <Menu.Item
              onClick={() => {
                const view = exportView?.();
                presentation.present({ title, source, option: view?.option ?? option, height: view?.height, opener: menuRef.current });
              }}
              data-testid={testId ? `${testId}-present` : undefined}
            >
              {i18next.t('territories:meeting.fullScreen')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <div
        ref={containerRef}
        role="img"
        aria-label={title}
        data-testid={testId}
        data-render-finished="false"
        style={{ width: '100%', height }}
        {...attributes}
      />
    </div>
  );
  if (!heading) return body;
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      {body}
    </div>
  );
}
