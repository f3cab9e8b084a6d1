import { classBreaks, classCounts, type ClassMethod } from '../../../../../shared/analysis/compare/class-breaks';
import type { Locale } from '../../../i18n/locales';
import { formatCompact, formatNumber } from '../../../i18n/format';
import { sequentialColors } from '../charts/palette';

export interface LegendClass {
  index: number;
  min: number;
  max: number;
  /** The first class includes its lower bound. */
  includesMin: boolean;
  color: string;
  count: number;
  label: string;
}

/**
 * The format of a legend's bounds, chosen for the whole legend by its largest bound: compact
 * ("10,6 mil") for every bound once it reaches 10,000, so no legend reads "> 6.321 – 10,6 mil";
 * below that, numbers in full, with up to two decimals under 10.
 */
export function boundFormatter(bounds: readonly number[], locale: Locale): (value: number) => string {
  const largest = bounds.reduce((m, b) => (Number.isFinite(b) ? Math.max(m, Math.abs(b)) : m), 0);
  if (largest >= 10_000) return (v) => formatCompact(v, locale);
  return (v) => formatNumber(v, locale, Math.abs(v) < 10 ? 2 : 0);
}

/**
 * Classes of a choropleth: bounds by the chosen method, a colour and a count each, and labels
 * "a – b" in the user's locale, every bound in one format (a first class made of the minimum alone
 * reads "= a").
 */
export function legendClasses(
  values: readonly (number | null)[],
  method: ClassMethod,
  k: number,
  locale: Locale,
): { bounds: number[]; classes: LegendClass[]; missing: number } {
  const bounds = classBreaks(method, values, k);
  const format = boundFormatter(bounds, locale);
  const counts = classCounts(values, bounds);
  const colors = sequentialColors(Math.max(0, bounds.length - 1));
  const classes = counts.map((count, i) => {
    const min = bounds[i] as number;
    const max = bounds[i + 1] as number;
    const label = min === max ? `= ${format(min)}` : `${i === 0 ? '' : '> '}${format(min)} – ${format(max)}`;
    return { index: i, min, max, includesMin: i === 0, color: colors[i] as string, count, label };
  });
  const missing = values.filter((v) => v === null || !Number.isFinite(v)).length;
  return { bounds, classes, missing };
}
