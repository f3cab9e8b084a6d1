import { classBreaks, classCounts, type ClassMethod } from '../../../../../shared/analysis/compare/class-breaks';
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
 * Classes of a choropleth: bounds by the chosen method, a colour and a count each, and labels
 * "a – b" in the user's locale (a first class made of the minimum alone reads "= a").
 */
export function legendClasses(
  values: readonly (number | null)[],
  method: ClassMethod,
  k: number,
  format: (value: number) => string,
): { bounds: number[]; classes: LegendClass[]; missing: number } {
  const bounds = classBreaks(method, values, k);
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
