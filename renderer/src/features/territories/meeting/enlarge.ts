/**
 * The large-type version of a chart option for meeting mode: every font size (axes, labels,
 * legends, tooltips, radar names) and the legend's symbols scaled by `factor`, and the plot's
 * margins with them, so larger axis labels still fit beside it, and an axis name's gap to its axis
 * (the LQ × growth chart's "Location quotient (LQ)" was drawn over its enlarged tick labels). Axis labels that set no size get
 * ECharts' 12 px scaled: they do not take the option's `textStyle`. Data arrays are left as they are
 * (they can be long, and their values must not change); functions are kept.
 */
const SCALED_KEYS = new Set(['fontSize', 'lineHeight', 'itemWidth', 'itemHeight', 'itemGap', 'symbolSize', 'nameGap']);
const WIDTH_PARENTS = new Set(['axisLabel', 'axisName', 'label']);
const MARGINS = new Set(['left', 'right', 'top', 'bottom']);
const AXES = ['xAxis', 'yAxis', 'radiusAxis', 'angleAxis'];
const MARKS = new Set(['markArea', 'markLine', 'markPoint']);
/** ECharts' size for text that sets none, and its gap between an axis and its labels. */
const DEFAULT_FONT = 12;
const DEFAULT_LABEL_MARGIN = 8;

function scale(value: unknown, key: string, parent: string, factor: number): unknown {
  if (
    typeof value === 'number' &&
    (SCALED_KEYS.has(key) ||
      (key === 'width' && WIDTH_PARENTS.has(parent)) ||
      (parent === 'grid' && MARGINS.has(key)) ||
      (key === 'margin' && parent === 'axisLabel'))
  ) {
    return Math.round(value * factor * 10) / 10;
  }
  // A mark's data (a few areas or lines, each with its label) is scaled: the LQ × growth chart's
  // quadrant names, in its markArea, stayed 11 px on the slide.
  if (Array.isArray(value)) return key === 'data' && !MARKS.has(parent) ? value : value.map((v) => scale(v, '', key, factor));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = scale(v, k, key, factor);
    return out;
  }
  return value;
}

/**
 * A series laid out in its own box (the sectors treemap) keeps room around it as a grid does: its
 * margins grow with the type, or the LQ key above the tiles ran into them on the slide.
 */
const BOXED_SERIES = new Set(['treemap']);

function boxedSeries(series: unknown, factor: number): unknown {
  if (series === null || typeof series !== 'object') return series;
  const s = series as Record<string, unknown>;
  if (typeof s.type !== 'string' || !BOXED_SERIES.has(s.type)) return series;
  const out: Record<string, unknown> = { ...s };
  for (const key of MARGINS) if (typeof s[key] === 'number') out[key] = Math.round(s[key] * factor * 10) / 10;
  return out;
}

/** An axis (or each of a list) with its labels' size and gap set: `label`'s where it set none. */
function sizedAxis(axis: unknown, label: { fontSize: number; margin: number }): unknown {
  if (Array.isArray(axis)) return axis.map((a) => sizedAxis(a, label));
  if (axis === null || typeof axis !== 'object') return axis;
  const a = axis as Record<string, unknown>;
  return { ...a, axisLabel: { ...label, ...((a.axisLabel as Record<string, unknown> | undefined) ?? {}) } };
}

export function enlargeOption<T extends object>(option: T, factor: number): T {
  const scaled = scale(option, '', '', factor) as Record<string, unknown>;
  const fontSize = Math.round(DEFAULT_FONT * factor);
  // The gap to the axis grows with the type, or the first labels of two axes run into each other.
  const label = { fontSize, margin: Math.round(DEFAULT_LABEL_MARGIN * factor) };
  const textStyle = (scaled.textStyle as Record<string, unknown> | undefined) ?? {};
  const out: Record<string, unknown> = { ...scaled, textStyle: { fontSize, ...textStyle } };
  for (const key of AXES) if (key in out) out[key] = sizedAxis(out[key], label);
  if (Array.isArray(out.series)) out.series = out.series.map((s: unknown) => boxedSeries(s, factor));
  return out as T;
}

/**
 * The slide heading's size in px: 34, smaller for a long title (four districts compared: ~140
 * characters) so that it stays within the two lines the stage's height leaves it at 1280 px wide
 * (~55 characters a line at 34 px, ~68 at 28, ~80 at 24); a longer one is clamped at two lines.
 */
export function meetingTitleSize(title: string): number {
  return title.length <= 100 ? 34 : title.length <= 125 ? 28 : 24;
}

/**
 * How much a slide's type, margins and reserved lines grow or shrink with the window it is shown in,
 * from the 1280 × 720 laptop its sizes were set for: a 1920 × 1080 projector 1.5, a 1024 × 768 one 0.8
 * (the smaller of the two ratios, so a slide keeps its proportions on a taller or wider screen).
 * Fixed sizes read small on a large projector and crowded the chart on a small one.
 */
const REFERENCE_WINDOW = { width: 1280, height: 720 };

export function meetingScale(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 1;
  const ratio = Math.min(width / REFERENCE_WINDOW.width, height / REFERENCE_WINDOW.height);
  return Math.round(Math.min(3, Math.max(0.6, ratio)) * 100) / 100;
}
