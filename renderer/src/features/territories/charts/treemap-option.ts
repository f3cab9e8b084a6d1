import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { TreemapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { escapeHtml } from '../../../lib/html';
import { SUBJECT_COLORS } from './palette';
import { wrapLabel } from '../../../lib/wrap-label';
import { fittedTileLabels, type TileBox, type TileLabel, type TileText } from '../../../components/treemap-label-fit';

export type SectorTreemapOption = ComposeOption<TreemapSeriesOption | TooltipComponentOption>;

export interface SectorTreemapInput {
  shares: readonly { code: string; label: string; value: number }[];
  formatValue: (value: number) => string;
  formatShare: (share: number) => string;
  source: string;
  /** What each sector's tile shows once drawn (components/treemap-label-fit.ts); all of it where absent. */
  fit?: ReadonlyMap<string, TileLabel>;
  /** Told each tile's drawn box (its inside, in pixels) as the chart lays out its labels. */
  onTile?: (code: string, box: TileBox) => void;
  /** The tiles' labels (sectorTreemapTexts of this input) where the caller has them already for their fit. */
  texts?: ReadonlyMap<string, TileText>;
}

/** The tiles' label type. */
export const SECTOR_TILE_LABEL = { fontSize: 12, lineHeight: 16, padding: 5, nameWeight: 400 } as const;

const tiled = (input: SectorTreemapInput) => input.shares.filter((s) => s.value > 0);

/** Each tile's label as lines, by sector code: the name, then its share. */
export function sectorTreemapTexts(input: SectorTreemapInput): Map<string, TileText> {
  const total = input.shares.reduce((s, x) => s + x.value, 0);
  return new Map(
    tiled(input).map((s) => [
      s.code,
      { name: wrapLabel(s.label, 16).split('\n'), figures: [input.formatShare(total > 0 ? s.value / total : 0)] },
    ]),
  );
}

/** Room above the tiles for the chart's icons (px). */
export const TREEMAP_TOP = 28;

/** Sector composition: one rectangle per sector, area = jobs, labelled with the share. */
export function buildSectorTreemapOption(input: SectorTreemapInput): SectorTreemapOption {
  const total = input.shares.reduce((s, x) => s + x.value, 0);
  const shown = tiled(input);
  const tileLabels = fittedTileLabels({
    codes: shown.map((s) => s.code),
    texts: input.texts ?? sectorTreemapTexts(input),
    fit: input.fit,
    onTile: input.onTile,
  });
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const item = p ? input.shares.find((s) => s.label === p.name) : undefined;
    if (!item) return '';
    return [
      `<b>${escapeHtml(item.label)}</b>`,
      `${escapeHtml(input.formatValue(item.value))} (${escapeHtml(input.formatShare(total > 0 ? item.value / total : 0))})`,
      `<span style="opacity:.7">${escapeHtml(input.source)}</span>`,
    ].join('<br/>');
  };
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        // The chart's export and presentation icons sit in the top-right corner: the tiles start below.
        width: '100%',
        top: TREEMAP_TOP,
        bottom: 0,
        left: 0,
        label: {
          show: true,
          // Names wrap at spaces only; a word wider than its tile is cut with "…" (the tooltip has it
          // whole) instead of broken mid-word ("Administraç ão").
          overflow: 'truncate',
          ellipsis: '…',
          fontSize: SECTOR_TILE_LABEL.fontSize,
          lineHeight: SECTOR_TILE_LABEL.lineHeight,
          padding: SECTOR_TILE_LABEL.padding,
          position: 'insideTopLeft',
          formatter: tileLabels.formatter,
        },
        labelLayout: tileLabels.labelLayout,
        itemStyle: { borderColor: 'rgba(255,255,255,0.6)', borderWidth: 1, gapWidth: 1 },
        data: shown.map((s, i) => ({
          id: s.code,
          name: s.label,
          value: s.value,
          itemStyle: { color: SUBJECT_COLORS[i % SUBJECT_COLORS.length] },
        })),
      },
    ],
  };
}
