import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Locale } from '../../i18n/locales';
import { escapeHtml, tooltipNote } from '../../lib/html';
import { formatAmount, formatRatio } from './economy-format';
import type { Measure } from '../../../../shared/domain/types';
import { LQ_CLASSES, NO_VALUE_COLOR, lqBound, lqClassLabel } from './lq-classes';
import { withoutRegionLabels } from '../../components/map-geo';

export type LqMapOption = ComposeOption<
  MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface LqMapValue {
  code: number;
  lq: number | null;
  jobs: number;
  /** Why `lq` is empty, already translated. */
  reason: string | null;
}

export interface LqMapOptionInput {
  mapName: string;
  values: readonly LqMapValue[];
  municipalityNames: ReadonlyMap<number, string>;
  /**
   * The territory under study: its municipalities outlined (one, or a custom territory's members),
   * and a labelled marker at `lon`/`lat` whose tooltip shows `value`, the subject's own LQ.
   */
  selected: { codes: readonly number[]; name: string; lon: number | null; lat: number | null; value: LqMapValue | null } | null;
  locale: Locale;
  /** The measure shown: value added and payroll in reais. Jobs when absent. */
  measure?: Measure;
  labels: { sector: string; lq: string; jobs: string; noData: string; noValue: string; source: string };
  dark: boolean;
}

/**
 * Stands for "no value" in the map series: the piecewise legend gives it its own grey class, and
 * the tooltip shows the reason instead of the number. LQs are never negative, so it cannot clash.
 */
export const NO_VALUE = -1;

/** The state's municipalities shaded by their LQ in one sector, in the classes of the heat map. */
export function buildLqMapOption(input: LqMapOptionInput): LqMapOption {
  const { locale, labels, selected, measure = 'jobs' } = input;
  const byCode = new Map(input.values.map((v) => [String(v.code), v]));
  const textColor = input.dark ? '#c9c9c9' : '#495057';
  const bound = lqBound(locale);

  const tooltipFormatter = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    const marker = p.seriesType === 'scatter';
    const code = String(p.name);
    const name = marker ? (selected?.name ?? '') : (input.municipalityNames.get(Number(code)) ?? code);
    const value = marker ? selected?.value : byCode.get(code);
    const lines = [`<b>${escapeHtml(name)}</b>`, escapeHtml(labels.sector)];
    if (!value) lines.push(escapeHtml(labels.noData));
    else {
      const lq = formatRatio(value.lq, locale);
      lines.push(
        `${escapeHtml(labels.lq)}: <b>${escapeHtml(lq ?? '—')}</b>${lq ? '' : ` (${escapeHtml(value.reason ?? labels.noValue)})`}`,
      );
      lines.push(`${escapeHtml(labels.jobs)}: ${escapeHtml(formatAmount(value.jobs, measure, locale) ?? '')}`);
    }
    lines.push(tooltipNote(labels.source));
    return lines.join('<br/>');
  };

  const noValueColor = NO_VALUE_COLOR[input.dark ? 'dark' : 'light'];
  const option: LqMapOption = {
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: 'id',
      roam: true,
      scaleLimit: { min: 0.8, max: 12 },
      // Minas Gerais lies around 18°S: scale x by cos(latitude) so the state keeps its true shape.
      aspectScale: Math.cos((18 * Math.PI) / 180),
      layoutCenter: ['54%', '50%'],
      layoutSize: '100%',
      itemStyle: { areaColor: noValueColor, borderColor: input.dark ? '#5c5f66' : '#adb5bd', borderWidth: 0.4 },
      emphasis: { itemStyle: { areaColor: '#fab005' } },
      select: { disabled: true },
      regions: (selected?.codes ?? []).map((code) => ({
        name: String(code),
        itemStyle: { borderColor: input.dark ? '#ffffff' : '#1a1b1e', borderWidth: 2 },
      })),
    }),
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      left: 8,
      bottom: 8,
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 4,
      textStyle: { color: textColor, fontSize: 11 },
      pieces: [
        ...[...LQ_CLASSES]
          .reverse()
          .map((c) => ({ gte: c.min, ...(c.max === null ? {} : { lt: c.max }), color: c.color, label: lqClassLabel(c, bound) })),
        { value: NO_VALUE, color: noValueColor, label: labels.noValue },
      ],
    },
    series: [
      {
        type: 'map',
        name: labels.lq,
        geoIndex: 0,
        data: input.values.map((v) => ({ name: String(v.code), value: v.lq ?? NO_VALUE })),
      },
    ],
  };
  if (selected && selected.lon !== null && selected.lat !== null) {
    (option.series as unknown[]).push({
      type: 'scatter',
      name: selected.name,
      coordinateSystem: 'geo',
      data: [{ name: selected.name, value: [selected.lon, selected.lat] }],
      symbol: 'circle',
      symbolSize: 7,
      itemStyle: { color: '#fab005', borderColor: '#1a1b1e', borderWidth: 1 },
      label: {
        show: true,
        formatter: '{b}',
        position: 'right',
        fontSize: 12,
        fontWeight: 700,
        color: input.dark ? '#ffffff' : '#1a1b1e',
        textBorderColor: input.dark ? '#1a1b1e' : '#ffffff',
        textBorderWidth: 3,
      },
      zlevel: 1,
    } satisfies ScatterSeriesOption);
  }
  return option;
}
