import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MapValue } from '../../../../shared/domain/types';
import { formatCompact, formatWithUnit } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../../lib/html';
import { onGeo, withoutRegionLabels } from '../../components/map-geo';

export type MapOption = ComposeOption<
  MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface MapSitePoint {
  name: string;
  lon: number;
  lat: number;
  municipality: string | null;
  locationNote: string | null;
}

export interface MapOptionInput {
  /** The name the GeoJSON was registered under (echarts.registerMap). */
  mapName: string;
  values: readonly MapValue[];
  municipalityNames: ReadonlyMap<number, string>;
  /** null when the workspace has nothing to shade the map with. */
  metric: { label: string; unit: string; source: string } | null;
  sites: readonly MapSitePoint[];
  locale: Locale;
  labels: { noData: string; source: string; sites: string; municipalities: string; polos?: string };
  dark: boolean;
  /** Municipality code → the polos (Rotas de Integração) it belongs to: outlined when the layer is on. */
  polos?: ReadonlyMap<number, readonly string[]>;
}

/** Shades from light to dark (ColorBrewer GnBu): readable in both colour schemes and in print. */
const SEQUENTIAL = ['#e0f3db', '#a8ddb5', '#4eb3d3', '#2b8cbe', '#08589e'];
const SITE_COLOR = '#e8590c';
const POLO_OUTLINE = '#862e9c';

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? 0;
  const b = sorted[upper] ?? a;
  return a + (b - a) * (position - lower);
}

/**
 * The colour range of the legend. Municipal data is very skewed (Belo Horizonte has more formal jobs
 * than hundreds of small towns together): a range up to the maximum would paint almost every
 * municipality the same light shade. The range stops at the 95th percentile; larger values take the
 * darkest shade and the legend says "≥". Counts (every value whole) stop at a whole number: a
 * programme's people reached read "≥ 99,6".
 */
export function colorRange(values: readonly (number | null)[]): { min: number; max: number; clipped: boolean } | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const min = present[0] ?? 0;
  const trueMax = present[present.length - 1] ?? min;
  const p95 = present.every(Number.isInteger) ? Math.ceil(quantile(present, 0.95)) : quantile(present, 0.95);
  const max = p95 > min ? p95 : trueMax;
  return { min, max: max > min ? max : min + 1, clipped: max < trueMax };
}

/** The municipal map of the state, shaded by one metric, with the sites on top. */
export function buildMapOption(input: MapOptionInput): MapOption {
  const { metric, locale, labels } = input;
  const valueByCode = new Map(input.values.map((v) => [String(v.code), v.value]));
  const nameOf = (code: string) => input.municipalityNames.get(Number(code)) ?? code;
  const range = metric ? colorRange(input.values.map((v) => v.value)) : null;
  const textColor = input.dark ? '#c9c9c9' : '#495057';

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    if (p.seriesType === 'scatter') {
      const site = input.sites[p.dataIndex];
      if (!site) return '';
      const lines = [`<b>${escapeHtml(site.name)}</b>`];
      if (site.municipality) lines.push(escapeHtml(site.municipality));
      if (site.locationNote) lines.push(`<span style="opacity:.7">${escapeHtml(site.locationNote)}</span>`);
      return lines.join('<br/>');
    }
    const code = String(p.name);
    const lines = [`<b>${escapeHtml(nameOf(code))}</b>`];
    const polos = input.polos?.get(Number(code)) ?? [];
    if (polos.length > 0) lines.push(`${escapeHtml(labels.polos ?? '')}: ${polos.map(escapeHtml).join(', ')}`);
    if (metric) {
      const value = valueByCode.get(code) ?? null;
      const text = value === null ? labels.noData : formatWithUnit(value, metric.unit, locale);
      lines.push(`${escapeHtml(metric.label)}: <b>${escapeHtml(text)}</b>`);
      lines.push(`<span style="opacity:.7">${escapeHtml(labels.source)}: ${escapeHtml(metric.source)}</span>`);
    }
    return lines.join('<br/>');
  };

  const option: MapOption = {
    // Drawn once, without the markers' entrance animation: ECharts reports the frame finished only
    // after it, and its frames repaint the chart while the first screen is still being drawn (issue 16).
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: 'id',
      roam: true,
      scaleLimit: { min: 0.8, max: 12 },
      // Minas Gerais lies around 18°S: scale x by cos(latitude) so the state keeps its true shape.
      aspectScale: Math.cos((18 * Math.PI) / 180),
      layoutCenter: ['50%', '50%'],
      layoutSize: '98%',
      itemStyle: { areaColor: input.dark ? '#3b3b3b' : '#eef0f2', borderColor: input.dark ? '#5c5f66' : '#adb5bd', borderWidth: 0.4 },
      emphasis: { itemStyle: { areaColor: '#fab005' } },
      select: { disabled: true },
      // The polos' outline: a series on a shared geo takes its styles from the geo's regions.
      regions: [...(input.polos?.keys() ?? [])].map((code) => ({
        name: String(code),
        itemStyle: { borderColor: POLO_OUTLINE, borderWidth: 1.6 },
      })),
    }),
    series: [
      {
        type: 'map',
        name: labels.municipalities,
        ...onGeo('id'),
        data: input.values.map((v) => ({ name: String(v.code), value: v.value ?? Number.NaN })),
      },
      {
        // A plain scatter, not effectScatter: a never-ending ripple keeps the chart from ever
        // reporting "finished", burns CPU on meeting-room laptops and blurs screenshots.
        type: 'scatter',
        name: labels.sites,
        coordinateSystem: 'geo',
        data: input.sites.map((s) => ({ name: s.name, value: [s.lon, s.lat] })),
        symbol: 'circle',
        symbolSize: 10,
        itemStyle: { color: SITE_COLOR, borderColor: '#ffffff', borderWidth: 1.5, shadowBlur: 3, shadowColor: 'rgba(0,0,0,0.35)' },
        label: { show: false, formatter: '{b}', position: 'right', fontSize: 11 },
        emphasis: { label: { show: true }, scale: 1.4 },
        zlevel: 1,
      },
    ],
  };

  if (metric && range) {
    option.visualMap = {
      type: 'continuous',
      seriesIndex: 0,
      min: range.min,
      max: range.max,
      calculable: true,
      realtime: true,
      left: 8,
      bottom: 8,
      itemHeight: 120,
      itemWidth: 12,
      textStyle: { color: textColor, fontSize: 11 },
      // The handles carry the labels; the top one says "≥" when larger values share its colour.
      formatter: (value: unknown) =>
        typeof value === 'number' ? `${range.clipped && value >= range.max ? '≥ ' : ''}${formatCompact(value, locale)}` : String(value),
      inRange: { color: SEQUENTIAL },
    };
  }
  return option;
}
