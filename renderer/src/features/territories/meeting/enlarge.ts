/**
 * The large-type version of a chart option for meeting mode: every font size (axes, labels,
 * legends, tooltips, radar names) and the legend's symbols scaled by `factor`. Data arrays are left
 * as they are (they can be long, and their values must not change); functions are kept.
 */
const SCALED_KEYS = new Set(['fontSize', 'itemWidth', 'itemHeight', 'itemGap', 'symbolSize']);
const WIDTH_PARENTS = new Set(['axisLabel', 'axisName', 'label']);

function scale(value: unknown, key: string, parent: string, factor: number): unknown {
  if (typeof value === 'number' && (SCALED_KEYS.has(key) || (key === 'width' && WIDTH_PARENTS.has(parent)))) {
    return Math.round(value * factor * 10) / 10;
  }
  if (Array.isArray(value)) return key === 'data' ? value : value.map((v) => scale(v, '', key, factor));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = scale(v, k, key, factor);
    return out;
  }
  return value;
}

export function enlargeOption<T extends object>(option: T, factor: number): T {
  const scaled = scale(option, '', '', factor) as Record<string, unknown>;
  const textStyle = (scaled.textStyle as Record<string, unknown> | undefined) ?? {};
  return { ...scaled, textStyle: { fontSize: Math.round(12 * factor), ...textStyle } } as T;
}
