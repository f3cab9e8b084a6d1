import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { wrapLabel } from '../../lib/wrap-label';
import { formatRatio } from './economy-format';
import { lqClass } from './lq-classes';
import type { LqGridRow } from './lq-grid';
import { NO_LQ, lqClassKey } from './lq-key';

export type LqHeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

/** The most territories and sectors a heat map slide shows: more would not be read in a room. */
export const HEATMAP_ROWS = 12;
export const HEATMAP_SECTORS = 12;

/**
 * The heat map's rows for a slide: the territory under study (a custom territory's own row and its
 * members), then the state's largest municipalities by the measure, up to HEATMAP_ROWS; and its
 * sectors: every one, or where there are more than HEATMAP_SECTORS, the subject's strongest (by LQ),
 * in code order as the grid has them.
 */
export function heatmapSelection(
  grid: { sectors: readonly { code: string; name: string }[]; rows: readonly LqGridRow[] },
  subject: readonly LqGridRow[],
  members: readonly number[],
): { rows: LqGridRow[]; sectors: { code: string; name: string }[]; cut: boolean } {
  const first = [...subject, ...grid.rows.filter((r) => members.includes(r.territoryCode) && !subject.includes(r))];
  const others = grid.rows.filter((r) => !first.includes(r)).sort((a, b) => b.total - a.total);
  const rows = [...first, ...others].slice(0, HEATMAP_ROWS);
  const lead = rows[0];
  if (grid.sectors.length <= HEATMAP_SECTORS || !lead) return { rows, sectors: [...grid.sectors], cut: false };
  const strongest = new Set(
    [...grid.sectors]
      .sort((a, b) => (lead.lq[b.code] ?? -Infinity) - (lead.lq[a.code] ?? -Infinity))
      .slice(0, HEATMAP_SECTORS)
      .map((s) => s.code),
  );
  return { rows, sectors: grid.sectors.filter((s) => strongest.has(s.code)), cut: true };
}

export interface LqHeatmapInput {
  rows: readonly LqGridRow[];
  /** The columns, each with its name as the UI writes it. */
  sectors: readonly { code: string; label: string }[];
  locale: Locale;
  /** `reason`: why a cell has no LQ, translated, by the row's reason code. */
  labels: { lq: string; legend: string; noValue: string; source: string; reason: (row: LqGridRow, code: string) => string };
  dark: boolean;
}

/**
 * Territories (rows) × sectors (columns), each cell its location quotient, coloured by its class as
 * the area's grid colours it, with the classes' key above the cells (drawn in the chart, it goes onto
 * the meeting slide and into the exported picture).
 */
export function buildLqHeatmapOption(input: LqHeatmapInput): LqHeatmapOption {
  const { rows, sectors, locale, labels, dark } = input;
  const textColor = dark ? '#c9c9c9' : '#495057';
  const cell = (value: unknown): [number, number, number] => (Array.isArray(value) ? (value as [number, number, number]) : [0, 0, NO_LQ]);

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    const [x, y] = cell(p?.value);
    const row = rows[y];
    const sector = sectors[x];
    if (!row || !sector) return '';
    const lq = row.lq[sector.code] ?? null;
    return [
      `<b>${escapeHtml(row.territoryName)}</b> · ${escapeHtml(sector.label)}`,
      `${escapeHtml(labels.lq)}: <b>${escapeHtml(formatRatio(lq, locale) ?? `— ${labels.reason(row, sector.code)}`)}</b>`,
      tooltipNote(labels.source),
    ].join('<br/>');
  };

  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    visualMap: lqClassKey({ locale, dark, labels, colours: { seriesIndex: 0, dimension: 2 } }),
    // Room above the cells for the key; the sector names under them.
    grid: { left: 8, right: 8, top: 34, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      position: 'bottom',
      data: sectors.map((s) => s.label),
      axisTick: { show: false },
      splitArea: { show: false },
      // Slanted: a column is narrower than a sector's longest word on a slide ("transformação" ran into
      // its neighbours' names at 1024 × 768); wrapped at spaces, two lines at most for IBGE's names.
      axisLabel: {
        color: textColor,
        fontSize: 11,
        lineHeight: 13,
        interval: 0,
        rotate: 30,
        formatter: (name: string) => wrapLabel(name, 24),
      },
    },
    yAxis: {
      type: 'category',
      // The territory under study on top, as in the grid.
      inverse: true,
      data: rows.map((r) => r.territoryName),
      axisTick: { show: false },
      axisLabel: { color: textColor, fontSize: 11, formatter: (name: string) => wrapLabel(name, 28) },
    },
    series: [
      {
        type: 'heatmap',
        name: labels.lq,
        itemStyle: { borderColor: dark ? '#1a1b1e' : '#ffffff', borderWidth: 2 },
        label: { show: true, fontSize: 11 },
        emphasis: { disabled: true },
        data: rows.flatMap((row, y) =>
          sectors.map((s, x) => {
            const lq = row.lq[s.code] ?? null;
            const c = lqClass(lq);
            return {
              value: [x, y, c && lq !== null ? lq : NO_LQ],
              label: { formatter: formatRatio(lq, locale) ?? '—', color: c?.text ?? (dark ? '#e9ecef' : '#212529') },
            };
          }),
        ),
      },
    ],
  };
}
