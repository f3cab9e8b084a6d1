import type { VisualMapComponentOption } from 'echarts/components';
import type { Locale } from '../../i18n/locales';
import { LQ_CLASSES, NO_VALUE_COLOR, lqBound, lqClassLabel } from './lq-classes';

/** The value a chart gives what has no location quotient: the key's "no value" class. */
export const NO_LQ = -1;

/**
 * The LQ classes' colour key drawn in a chart, across its top (with it onto a meeting slide and into
 * the exported picture): the strongest specialization first, "no value" last. `colours` the series
 * it colours by their `dimension` (the heat map's cells); none, a key only (the treemap's tiles and
 * the potential sectors' bars carry their class's colour).
 */
export function lqClassKey(input: {
  locale: Locale;
  dark: boolean;
  labels: { legend: string; noValue: string };
  colours?: { seriesIndex: number; dimension: number };
}): VisualMapComponentOption {
  const { locale, dark, labels, colours } = input;
  const bound = lqBound(locale);
  return {
    type: 'piecewise',
    seriesIndex: colours ? [colours.seriesIndex] : [],
    ...(colours ? { dimension: colours.dimension } : {}),
    selectedMode: false,
    orient: 'horizontal',
    left: 0,
    top: 4,
    itemWidth: 14,
    itemHeight: 10,
    itemGap: 8,
    // ECharts orders the pieces by value; inverted, they read from the strongest specialization down,
    // as the LQ map's key does, and "no value" (-1) comes last.
    inverse: true,
    showLabel: true,
    text: [`${labels.legend}:`, ''],
    textGap: 6,
    textStyle: { color: dark ? '#c9c9c9' : '#495057', fontSize: 11 },
    pieces: [
      ...LQ_CLASSES.map((c) => ({ gte: c.min, ...(c.max === null ? {} : { lt: c.max }), color: c.color, label: lqClassLabel(c, bound) })),
      { value: NO_LQ, color: NO_VALUE_COLOR[dark ? 'dark' : 'light'], label: labels.noValue },
    ],
  };
}
