import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { RankedAlternative } from '../../../../shared/features/prioritization/types';
import { formatNumber } from './format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';
import { withoutRegionLabels } from '../../components/map-geo';

export type RankingMapOption = ComposeOption<
  MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface RankingMapInput {
  mapName: string;
  ranked: readonly Pick<RankedAlternative, 'label' | 'municipality' | 'lat' | 'lon' | 'rank' | 'score' | 'inTop'>[];
  topN: number;
  locale: Locale;
  labels: { rank: string; score: string; topN: string; best: string; worst: string; seatNote: string };
  dark: boolean;
  /** Degrees between set-apart markers: {@link MARKER_SPACING} until the drawn map says how many pixels a degree is. */
  spacing?: number;
}

/** Best (dark green) to worst (light): the rank scale, readable in print and in both schemes. */
const RANK_COLORS = ['#006d2c', '#31a354', '#74c476', '#bae4b3', '#edf8e9'];

/** Markers closer than this (degrees; a 16 px marker spans about 0.25° of a wide state map) overlap. */
export const MARKER_SPACING = 0.25;

/** Pixels between the centres of set-apart markers: a top-N marker is 16 px wide, with its border and a gap. */
export const MARKER_GAP_PX = 20;

/**
 * The widest spacing (degrees): the state drawn 250 px wide, 20 px a degree. A first layout drawn
 * before its panel had its width (a few px a degree) asked for several degrees, and for a moment every
 * district around Belo Horizonte and beyond stood on one large ring across the state.
 */
export const MAX_MARKER_SPACING = 1;

/**
 * The spacing in degrees that keeps markers {@link MARKER_GAP_PX} apart on the drawn map, from its
 * pixels per degree of longitude at zoom 1 (a narrow panel draws the state smaller: more degrees).
 */
export function spacingForScale(pixelsPerDegree: number): number {
  if (!Number.isFinite(pixelsPerDegree) || pixelsPerDegree <= 0) return MARKER_SPACING;
  return Math.min(MAX_MARKER_SPACING, Math.max(MARKER_SPACING, MARKER_GAP_PX / pixelsPerDegree));
}

/**
 * Points that would overlap (districts around Belo Horizonte: Jatobá, Contagem, Betim… placed at
 * their municipal seats) set apart on a small ring around their common centre, each `spacing` from
 * its neighbours, so every marker can be seen and hovered. Points alone stay where they are.
 */
export function spreadPoints(points: readonly (readonly [number, number])[], spacing = MARKER_SPACING): [number, number][] {
  const cluster = points.map(() => -1);
  let groups: number[][] = [];
  points.forEach((p, i) => {
    if (cluster[i] !== -1) return;
    const group = [i];
    cluster[i] = groups.length;
    // Grows the group with every point near any member (chains of neighbours join one ring).
    for (let k = 0; k < group.length; k++) {
      const a = points[group[k] as number] as readonly [number, number];
      points.forEach((b, j) => {
        if (cluster[j] === -1 && Math.hypot(a[0] - b[0], a[1] - b[1]) < spacing) {
          cluster[j] = groups.length;
          group.push(j);
        }
      });
    }
    groups.push(group);
  });
  // A ring may reach a point outside it (Divinópolis beside the ring around Belo Horizonte): the
  // two join one ring, until no two markers of different groups are closer than the spacing.
  for (let round = 0; round < points.length; round++) {
    const out = placeRings(points, groups, spacing);
    const clash = closeGroups(out, groups, spacing);
    if (!clash) return out;
    const [a, b] = clash;
    groups = [...groups.filter((_, g) => g !== a && g !== b), [...(groups[a] ?? []), ...(groups[b] ?? [])]];
  }
  return placeRings(points, groups, spacing);
}

/** Each group of two or more on a ring around its centre, `spacing` between neighbours. */
function placeRings(points: readonly (readonly [number, number])[], groups: readonly number[][], spacing: number): [number, number][] {
  const out = points.map((p): [number, number] => [p[0], p[1]]);
  for (const group of groups) {
    if (group.length < 2) continue;
    const cx = group.reduce((sum, i) => sum + (points[i]?.[0] ?? 0), 0) / group.length;
    const cy = group.reduce((sum, i) => sum + (points[i]?.[1] ?? 0), 0) / group.length;
    const radius = spacing / (2 * Math.sin(Math.PI / Math.max(2, group.length)));
    // In the order of the points around the centre, so each keeps roughly its side.
    const order = [...group].sort(
      (i, j) =>
        Math.atan2((points[i]?.[1] ?? 0) - cy, (points[i]?.[0] ?? 0) - cx) -
        Math.atan2((points[j]?.[1] ?? 0) - cy, (points[j]?.[0] ?? 0) - cx),
    );
    order.forEach((i, k) => {
      const angle = Math.PI / 2 + (2 * Math.PI * k) / order.length;
      out[i] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
    });
  }
  return out;
}

/** Two groups with markers closer than the spacing, or null. */
function closeGroups(out: readonly (readonly [number, number])[], groups: readonly number[][], spacing: number): [number, number] | null {
  for (let a = 0; a < groups.length; a++)
    for (let b = a + 1; b < groups.length; b++)
      for (const i of groups[a] ?? [])
        for (const j of groups[b] ?? []) {
          const p = out[i];
          const q = out[j];
          if (p && q && Math.hypot(p[0] - q[0], p[1] - q[1]) < spacing * 0.999) return [a, b];
        }
  return null;
}

/**
 * The state map (same geo settings as the dashboard map) with each ranked alternative as a point
 * coloured by its rank; the top N are larger, outlined and labelled with their rank.
 */
export function buildRankingMapOption(input: RankingMapInput): RankingMapOption {
  const { locale, labels, dark } = input;
  const points = input.ranked.filter((r) => r.lat !== null && r.lon !== null && Number.isFinite(r.lat) && Number.isFinite(r.lon));
  const maxRank = Math.max(2, ...points.map((p) => p.rank));
  const textColor = dark ? '#c9c9c9' : '#495057';
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p || p.seriesType !== 'scatter') return '';
    const point = points[p.dataIndex];
    if (!point) return '';
    const lines = [`<b>${escapeHtml(point.label)}</b>`];
    if (point.municipality) lines.push(escapeHtml(point.municipality));
    lines.push(`${escapeHtml(labels.rank)}: <b>${point.rank}</b>${point.inTop ? ` (${escapeHtml(labels.topN)})` : ''}`);
    lines.push(`${escapeHtml(labels.score)}: ${escapeHtml(formatNumber(point.score, locale, 4, 4))}`);
    lines.push(`<span style="opacity:.7">${escapeHtml(labels.seatNote)}</span>`);
    return lines.join('<br/>');
  };
  return {
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: 'id',
      roam: true,
      scaleLimit: { min: 0.8, max: 12 },
      aspectScale: Math.cos((18 * Math.PI) / 180),
      // Room below the state for the rank legend.
      layoutCenter: ['50%', '45%'],
      layoutSize: '88%',
      itemStyle: { areaColor: dark ? '#3b3b3b' : '#eef0f2', borderColor: dark ? '#5c5f66' : '#adb5bd', borderWidth: 0.4 },
      emphasis: { itemStyle: { areaColor: dark ? '#4a4a4a' : '#e3e6ea' } },
      select: { disabled: true },
      silent: true,
    }),
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      dimension: 2,
      min: 1,
      max: maxRank,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 140,
      itemWidth: 10,
      text: [labels.worst, labels.best],
      textStyle: { color: textColor, fontSize: 11 },
      inRange: { color: RANK_COLORS },
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: spreadPoints(
          points.map((p) => [p.lon as number, p.lat as number] as const),
          input.spacing ?? MARKER_SPACING,
        ).map(([lon, lat], i) => ({
          name: points[i]?.label ?? '',
          value: [lon, lat, points[i]?.rank ?? maxRank],
        })),
        symbol: 'circle',
        symbolSize: (value: number[]) => ((value[2] ?? maxRank) <= input.topN ? 16 : 10),
        itemStyle: { borderColor: dark ? '#1a1b1e' : '#ffffff', borderWidth: 1.5, shadowBlur: 3, shadowColor: 'rgba(0,0,0,0.35)' },
        label: {
          show: true,
          formatter: (p) => {
            const v = p.value as number[];
            return (v[2] ?? maxRank) <= input.topN ? String(v[2]) : '';
          },
          position: 'inside',
          fontSize: 10,
          fontWeight: 'bold',
          color: '#ffffff',
        },
        emphasis: { scale: 1.3, label: { show: true, formatter: '{b}', position: 'right', color: textColor, fontWeight: 'normal' } },
        zlevel: 1,
      },
    ],
  };
}
