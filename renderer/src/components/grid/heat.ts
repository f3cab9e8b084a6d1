export type HeatDirection = 'higher-better' | 'lower-better' | 'neutral';

/**
 * The background of a heat-map cell: the stronger, the better the value (green), or the larger
 * (blue, for neutral columns). Transparent tints keep the text readable in light and dark themes.
 */
export function heatColor(value: unknown, min: number, max: number, direction: HeatDirection): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(max > min)) return undefined;
  let share = (value - min) / (max - min);
  if (direction === 'lower-better') share = 1 - share;
  share = Math.min(1, Math.max(0, share));
  const alpha = (0.06 + 0.5 * share).toFixed(3);
  return direction === 'neutral' ? `rgba(34, 139, 230, ${alpha})` : `rgba(47, 158, 68, ${alpha})`;
}

/** Minimum and maximum of the finite numbers, or null when there are none. */
export function numericRange(values: Iterable<unknown>): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
