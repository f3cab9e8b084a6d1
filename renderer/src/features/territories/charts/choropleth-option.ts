import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { classOf } from '../../../../../shared/analysis/compare/class-breaks';
import { escapeHtml, tooltipNote } from '../../../lib/html';
import { NO_DATA_COLOR, SITE_COLOR, textColor } from './palette';
import { onGeo, withoutRegionLabels } from '../../../components/map-geo';

export type ChoroplethOption = ComposeOption<
  MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface ChoroplethArea {
  /** The feature's name in the registered GeoJSON (IBGE code, or state abbreviation). */
  key: string;
  name: string;
  value: number | null;
  /** A line under the value (e.g. "sum of 853 of 853 municipalities"). */
  note?: string;
}

export interface ChoroplethMarker {
  id: number;
  name: string;
  lon: number;
  lat: number;
  municipality: string | null;
  value: number | null;
}

export interface ChoroplethInput {
  mapName: string;
  nameProperty: string;
  /** Mean latitude of the map: x is scaled by cos(latitude) so shapes keep their true proportions. */
  latitude: number;
  areas: readonly ChoroplethArea[];
  metric: { label: string; source: string; format: (value: number) => string } | null;
  /** Class bounds [b0 … bk] (class i: b_i < v ≤ b_(i+1), the first also holding b0) and one colour per class. */
  bounds: readonly number[];
  colors: readonly string[];
  classLabels: readonly string[];
  markers: readonly ChoroplethMarker[];
  markerMetric: { label: string; format: (value: number) => string; mode: 'size' | 'color' } | null;
  dark: boolean;
  labels: { noData: string; source: string; sites: string; areas: string; classOf: (i: number, k: number) => string };
}

const MARKER_RAMP = ['#ffd8a8', '#ffa94d', '#fd7e14', '#e8590c', '#c92a2a'];

function markerStyle(
  value: number | null,
  min: number,
  max: number,
  mode: 'size' | 'color' | null,
): { size: number; color: string; hollow: boolean } {
  if (value === null || mode === null) return { size: 10, color: SITE_COLOR, hollow: mode !== null };
  const share = max > min ? (value - min) / (max - min) : 1;
  if (mode === 'size') {
    // Area proportional to the value: the radius grows with its square root.
    const size = max > 0 ? 8 + 26 * Math.sqrt(Math.max(0, value) / max) : 10;
    return { size, color: SITE_COLOR, hollow: false };
  }
  return {
    size: 13,
    color: MARKER_RAMP[Math.min(MARKER_RAMP.length - 1, Math.floor(share * MARKER_RAMP.length))] as string,
    hollow: false,
  };
}

/** A classed choropleth (quantile, equal interval or natural breaks), with site markers on top. */
export function buildChoroplethOption(input: ChoroplethInput): ChoroplethOption {
  const { metric, bounds, labels } = input;
  const color = textColor(input.dark);
  const k = Math.max(0, bounds.length - 1);
  const byKey = new Map(input.areas.map((a) => [a.key, a]));
  const markerValues = input.markers.map((m) => m.value).filter((v): v is number => v !== null);
  const mMin = markerValues.length ? Math.min(...markerValues) : 0;
  const mMax = markerValues.length ? Math.max(...markerValues) : 0;

  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    if (p.seriesType === 'scatter') {
      const m = input.markers[p.dataIndex];
      if (!m) return '';
      const lines = [`<b>${escapeHtml(m.name)}</b>`];
      if (m.municipality) lines.push(escapeHtml(m.municipality));
      if (input.markerMetric) {
        lines.push(
          `${escapeHtml(input.markerMetric.label)}: <b>${escapeHtml(m.value === null ? labels.noData : input.markerMetric.format(m.value))}</b>`,
        );
      }
      return lines.join('<br/>');
    }
    const area = byKey.get(String(p.name));
    if (!area) return escapeHtml(String(p.name));
    const lines = [`<b>${escapeHtml(area.name)}</b>`];
    if (metric) {
      lines.push(`${escapeHtml(metric.label)}: <b>${escapeHtml(area.value === null ? labels.noData : metric.format(area.value))}</b>`);
      const c = classOf(area.value, bounds);
      if (c >= 0) lines.push(escapeHtml(labels.classOf(c + 1, k)));
      if (area.note) lines.push(tooltipNote(area.note));
      lines.push(tooltipNote(`${labels.source}: ${metric.source}`));
    }
    return lines.join('<br/>');
  };

  const option: ChoroplethOption = {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: input.nameProperty,
      roam: true,
      scaleLimit: { min: 0.8, max: 14 },
      aspectScale: Math.cos((Math.abs(input.latitude) * Math.PI) / 180),
      layoutCenter: ['54%', '50%'],
      layoutSize: '96%',
      itemStyle: {
        areaColor: input.dark ? NO_DATA_COLOR.dark : NO_DATA_COLOR.light,
        borderColor: input.dark ? '#5c5f66' : '#adb5bd',
        borderWidth: input.nameProperty === 'id' ? 0.4 : 0.8,
      },
      emphasis: { itemStyle: { areaColor: '#fab005' } },
      select: { disabled: true },
    }),
    series: [
      {
        type: 'map',
        name: labels.areas,
        ...onGeo(input.nameProperty),
        data: input.areas.map((a) => ({ name: a.key, value: a.value ?? Number.NaN })),
      },
      {
        type: 'scatter',
        name: labels.sites,
        coordinateSystem: 'geo',
        zlevel: 1,
        data: input.markers.map((m) => {
          const style = markerStyle(m.value, mMin, mMax, input.markerMetric?.mode ?? null);
          return {
            id: String(m.id),
            name: m.name,
            value: [m.lon, m.lat, m.value ?? Number.NaN],
            symbolSize: style.size,
            itemStyle: style.hollow
              ? { color: 'rgba(255,255,255,0.85)', borderColor: SITE_COLOR, borderWidth: 2 }
              : { color: style.color, borderColor: '#ffffff', borderWidth: 1.5, shadowBlur: 3, shadowColor: 'rgba(0,0,0,0.35)' },
          };
        }),
        symbol: 'circle',
        label: { show: false, formatter: '{b}', position: 'right', fontSize: 11 },
        emphasis: { label: { show: true }, scale: 1.3 },
      },
    ],
  };

  if (metric && k > 0) {
    option.visualMap = {
      type: 'piecewise',
      seriesIndex: 0,
      left: 8,
      bottom: 8,
      itemWidth: 14,
      itemHeight: 12,
      itemGap: 4,
      textStyle: { color, fontSize: 11 },
      // Largest class on top, as a legend reads.
      pieces: Array.from({ length: k }, (_, i) => {
        const lo = bounds[i] as number;
        const hi = bounds[i + 1] as number;
        return { ...(i === 0 ? { gte: lo } : { gt: lo }), lte: hi, color: input.colors[i], label: input.classLabels[i] };
      }).reverse(),
      outOfRange: { color: input.dark ? NO_DATA_COLOR.dark : NO_DATA_COLOR.light },
    };
  }
  return option;
}

/** The municipality (or state) of a profile, highlighted on its map, with the site's marker. */
export function buildLocationOption(input: {
  mapName: string;
  nameProperty: string;
  latitude: number;
  highlight: string | null;
  marker: { name: string; lon: number; lat: number } | null;
  dark: boolean;
}): ChoroplethOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true, formatter: (p) => escapeHtml(String((Array.isArray(p) ? p[0] : p)?.name ?? '')) },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: input.nameProperty,
      roam: true,
      aspectScale: Math.cos((Math.abs(input.latitude) * Math.PI) / 180),
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      silent: false,
      itemStyle: {
        areaColor: input.dark ? NO_DATA_COLOR.dark : NO_DATA_COLOR.light,
        borderColor: input.dark ? '#5c5f66' : '#ced4da',
        borderWidth: 0.3,
      },
      emphasis: { disabled: true },
      regions: input.highlight
        ? [{ name: input.highlight, itemStyle: { areaColor: '#4eb3d3', borderColor: '#0868ac', borderWidth: 1 } }]
        : [],
    }),
    series: input.marker
      ? [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            data: [{ name: input.marker.name, value: [input.marker.lon, input.marker.lat] }],
            symbolSize: 12,
            itemStyle: { color: SITE_COLOR, borderColor: '#fff', borderWidth: 1.5 },
            zlevel: 1,
          },
        ]
      : [],
  };
}
