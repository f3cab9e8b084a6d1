import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { TreemapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { formatAmount, formatPercent, formatRatio } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { NO_VALUE_COLOR, lqClass } from './lq-classes';
import { lqClassKey } from './lq-key';
import { wrapLabel } from '../../lib/wrap-label';
import { fittedTileLabels, type TileBox, type TileLabel, type TileText } from '../../components/treemap-label-fit';

/** Room above the tiles for the colour key and, at its right, the chart's export icon (px). */
const TILES_TOP = 28;

export type TreemapOption = ComposeOption<TreemapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

export interface TreemapItem {
  sectorCode: string;
  label: string;
  jobs: number;
  lq: number | null;
  /** Why `lq` is empty, already translated. */
  reason: string | null;
}

export interface TreemapOptionInput {
  items: readonly TreemapItem[];
  locale: Locale;
  /** The measure shown: value added and payroll in reais. Jobs when absent. */
  measure?: Measure;
  /** `legend`: the key's name ("QL"); `noValue`: its class of sectors without an LQ. */
  labels: { jobs: string; share: string; lq: string; legend: string; noValue: string; source: string };
  dark: boolean;
  /** What each sector's tile shows once drawn (treemap-label-fit.ts); all of it where absent. */
  fit?: ReadonlyMap<string, TileLabel>;
  /** Told each tile's drawn box (its inside, in pixels) as the chart lays out its labels. */
  onTile?: (sectorCode: string, box: TileBox) => void;
  /** The tiles' labels (treemapTileTexts of this input) where the caller has them already for their fit. */
  texts?: ReadonlyMap<string, TileText>;
}

/** The label's type in the tiles (a meeting slide enlarges it). */
export const TILE_LABEL = { fontSize: 12, lineHeight: 16, padding: 6, nameWeight: 700 } as const;

/** The sectors drawn as tiles (those with jobs), largest first, and their sum. */
function tiled(input: TreemapOptionInput): { items: TreemapItem[]; total: number } {
  const items = input.items.filter((i) => i.jobs > 0).sort((a, b) => b.jobs - a.jobs);
  return { items, total: items.reduce((sum, i) => sum + i.jobs, 0) };
}

/** Each tile's label as lines, by sector code: what the chart writes, and what its fit is measured on. */
export function treemapTileTexts(input: TreemapOptionInput): Map<string, TileText> {
  const { locale, labels, measure = 'jobs' } = input;
  const { items, total } = tiled(input);
  return new Map(
    items.map((item) => [
      item.sectorCode,
      {
        name: wrapLabel(item.label, 18).split('\n'),
        figures: [
          `${formatAmount(item.jobs, measure, locale) ?? ''} · ${formatPercent(item.jobs / total, locale) ?? ''}`,
          `${labels.lq} ${formatRatio(item.lq, locale) ?? '—'}`,
        ],
      },
    ]),
  );
}

/**
 * The territory's sectors as rectangles sized by jobs and coloured by location quotient (the same
 * classes as the heat map), with the classes' key above the tiles: drawn in the chart, it goes with
 * it onto a meeting slide and into the exported picture (a room saw red and blue and could not read
 * them). Sectors without jobs have no area: the panel lists them instead.
 */
export function buildTreemapOption(input: TreemapOptionInput): TreemapOption {
  const { locale, labels, measure = 'jobs' } = input;
  const { items, total } = tiled(input);
  const share = (jobs: number) => (total > 0 ? jobs / total : null);
  const tileLabels = fittedTileLabels({
    codes: items.map((i) => i.sectorCode),
    texts: input.texts ?? treemapTileTexts(input),
    fit: input.fit,
    onTile: input.onTile,
    nameLine: (line) => `{name|${line}}`,
  });

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const item = items.find((i) => i.sectorCode === (p?.data as { id?: string } | undefined)?.id);
    if (!item) return '';
    const lq = formatRatio(item.lq, locale);
    return [
      `<b>${escapeHtml(item.label)}</b>`,
      `${escapeHtml(labels.jobs)}: <b>${escapeHtml(formatAmount(item.jobs, measure, locale) ?? '')}</b> (${escapeHtml(formatPercent(share(item.jobs), locale) ?? '')})`,
      `${escapeHtml(labels.lq)}: <b>${escapeHtml(lq ?? `— ${item.reason ?? ''}`)}</b>`,
      tooltipNote(labels.source),
    ].join('<br/>');
  };

  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    // A key only: it colours no series (the tiles carry their class's colour) and filters nothing.
    visualMap: lqClassKey({ locale, dark: input.dark, labels }),
    series: [
      {
        type: 'treemap',
        name: labels.jobs,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        left: 0,
        right: 0,
        // The chart's export icon sits in the top-right corner: the tiles start below it.
        top: TILES_TOP,
        bottom: 0,
        itemStyle: { borderColor: input.dark ? '#1a1b1e' : '#ffffff', borderWidth: 2, gapWidth: 2 },
        label: {
          show: true,
          position: 'insideTopLeft',
          fontSize: TILE_LABEL.fontSize,
          lineHeight: TILE_LABEL.lineHeight,
          padding: TILE_LABEL.padding,
          // Names wrap at spaces only; a word wider than its tile is cut with "…" (the tooltip has it
          // whole), where 'break' split it letter by letter down a narrow tile ("M / i / n").
          overflow: 'truncate',
          ellipsis: '…',
          formatter: tileLabels.formatter,
          rich: { name: { fontWeight: 700, fontSize: TILE_LABEL.fontSize, lineHeight: TILE_LABEL.lineHeight } },
        },
        labelLayout: tileLabels.labelLayout,
        data: items.map((i) => {
          const c = lqClass(i.lq);
          return {
            id: i.sectorCode,
            name: i.label,
            value: i.jobs,
            itemStyle: { color: c?.color ?? NO_VALUE_COLOR[input.dark ? 'dark' : 'light'] },
            label: { color: c?.text ?? (input.dark ? '#e9ecef' : '#212529') },
          };
        }),
      },
    ],
  };
}
