import type { LabelLayoutOptionCallback } from 'echarts';

type Box = { x: number; y: number; width: number; height: number };

/** How much of two boxes overlap (px²). */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of a box lies outside `bounds` (px²): none when there are no bounds. */
function outside(box: Box, bounds: Box | null): number {
  // Rounded: the difference of two areas is a float's error, not 0, for a box within the bounds.
  return bounds ? Math.round(box.width * box.height - overlap(box, bounds)) : 0;
}

/**
 * The first of `candidates` that covers none of `others` and lies within `bounds`; where none does,
 * the one that covers the least of them and reaches out the least.
 */
function leastCovering(candidates: readonly Box[], others: readonly Box[], bounds: Box | null): Box | undefined {
  let chosen = candidates[0];
  let least = Infinity;
  for (const c of candidates) {
    const cost = others.reduce((sum, p) => sum + overlap(c, p), 0) + outside(c, bounds);
    if (cost < least) [chosen, least] = [c, cost];
    if (cost === 0) break;
  }
  return chosen;
}

/**
 * Where a sector's name goes: right of the bubble where it is free, else higher or lower along its
 * right side, below or above it, then along its left side — always touching its bubble, so no
 * leader line is needed.
 */
function besideBubble(rect: Box, width: number, height: number): Box[] {
  const gap = 3;
  const middle = rect.y + rect.height / 2 - height / 2;
  const right = rect.x + rect.width + gap;
  const left = rect.x - gap - width;
  const centre = rect.x + rect.width / 2 - width / 2;
  // Along the bubble's side, up to where the name still faces it.
  const reach = (rect.height + height) / 2 - 2;
  const shifts = [0];
  for (let d = height / 2; d <= reach; d += height / 2) shifts.push(-d, d);
  const below = rect.y + rect.height + gap;
  const above = rect.y - gap - height;
  const starts = [centre, rect.x, rect.x + rect.width - width];
  const further = [1, 2, 3, 5, 6, 7].map((k) => rect.x + rect.width / 2 - (width * k) / 8);
  // A circle's points at 45°: its box less 15 % of its width on each side.
  const inset = rect.width * 0.15;
  const diagonal = { left: rect.x + inset, right: rect.x + rect.width - inset, top: rect.y + inset, bottom: rect.y + rect.height - inset };
  return [
    ...shifts.map((d) => ({ x: right, y: middle + d, width, height })),
    ...starts.flatMap((x) => [
      { x, y: below, width, height },
      { x, y: above, width, height },
    ]),
    ...shifts.map((d) => ({ x: left, y: middle + d, width, height })),
    // Where those are taken (a crowded corner, a slide's large type): below or above it, further
    // along, still over its centre, then off its four diagonals, a corner of the name at its edge.
    ...further.flatMap((x) => [
      { x, y: below, width, height },
      { x, y: above, width, height },
    ]),
    { x: diagonal.right, y: diagonal.top - height, width, height },
    { x: diagonal.right, y: diagonal.bottom, width, height },
    { x: diagonal.left - width, y: diagonal.top - height, width, height },
    { x: diagonal.left - width, y: diagonal.bottom, width, height },
  ].filter((c) => c.x >= 0 && c.y >= 0);
}

/**
 * Where a reference line's label goes: at its line's end where the chart puts it, else along the
 * line, beside it, by an eighth of its width (the growth line) or half its height (the LQ line) at a time. A
 * line's end is where its anchor lies on the plot's edge: the growth line's on the right edge, the LQ
 * line's on the top one (its label above the plot, over the line).
 */
function alongLine(anchor: Box, label: Box, plot: Box): Box[] {
  const gap = Math.abs(anchor.y - (label.y < anchor.y ? label.y + label.height : label.y));
  const boxes: Box[] = [label];
  if (Math.abs(anchor.x - (plot.x + plot.width)) < 1) {
    // Then half a line further off it, where names crowd along it (Belo Horizonte's, around 0 %).
    for (const off of [gap, gap + label.height / 2]) {
      for (let x = label.x; x >= plot.x; x -= label.width / 8) {
        boxes.push({ ...label, x, y: anchor.y + off }, { ...label, x, y: anchor.y - off - label.height });
      }
    }
  } else {
    for (let y = plot.y + gap; y + label.height <= plot.y + plot.height; y += label.height / 2) {
      boxes.push({ ...label, x: anchor.x + gap, y }, { ...label, x: anchor.x - gap - label.width, y });
    }
  }
  return boxes;
}

/** The box of points (the plot's, from its corners). */
function spanning(points: readonly Box[]): Box {
  const x = Math.min(...points.map((p) => p.x));
  const y = Math.min(...points.map((p) => p.y));
  return { x, y, width: Math.max(...points.map((p) => p.x + p.width)) - x, height: Math.max(...points.map((p) => p.y + p.height)) - y };
}

/** Which series of the LQ × growth chart holds what, in the order their labels are laid out. */
export interface BubbleSeries {
  /** The quadrants' names, anchored at the plot's corners. */
  corners: number;
  /** The sectors' bubbles and their names. */
  bubbles: number;
  /** The reference lines' labels, anchored at the lines' ends on the plot's edge. */
  lines: number;
}

/**
 * The LQ × growth chart's label layout, for its three series in turn (ECharts lays out the labels of
 * one series after another, in order, and gives a series' layout only its own labels — not a
 * marker's or a marked area's, which is why the quadrants' names and the lines' labels are series):
 * - the quadrants' names stay in their corners: moved, one would name another quadrant;
 * - each sector's name goes beside its bubble where it covers no quadrant's name, no name and no
 *   bubble placed before it (the biggest sectors first, see bubbleOrder) and stays within the plot's
 *   width (beyond it a name was cut by the chart's edge: Betim's "Indústria de transformação" on a
 *   1024 × 768 slide), else where it covers the least;
 * - each line's label at its line's end, else further along it, where it covers none of those
 *   (see alongLine), else where it covers the least.
 * In Betim, on the 1920 × 1080 slide, "Serviços industriais de utilidade pública" was drawn over
 * "Emergente: não especializado, crescendo" and "QL = 1", which the names' layout did not see.
 */
export function besideBubbles(series: BubbleSeries): LabelLayoutOptionCallback {
  const drawn = { corners: [] as Box[], anchors: [] as Box[], names: [] as Box[], bubbles: [] as Box[], lines: [] as Box[] };
  const last = new Map<number, number>();
  return ({ seriesIndex, dataIndex = 0, rect, labelRect }) => {
    // An empty label (a locale without the string) takes no room, and the steps along a line or a
    // bubble's side, fractions of its size, would never end.
    if (labelRect.width <= 0 || labelRect.height <= 0) return {};
    // A new layout pass (a redraw, a resize) starts each series again from its first label.
    const restart = dataIndex <= (last.get(seriesIndex) ?? -1);
    last.set(seriesIndex, dataIndex);
    if (seriesIndex === series.corners) {
      if (restart) [drawn.corners, drawn.anchors] = [[], []];
      drawn.corners.push(labelRect);
      drawn.anchors.push(rect);
      return {};
    }
    const plot = drawn.anchors.length > 0 ? spanning(drawn.anchors) : null;
    const { width, height } = labelRect;
    let chosen: Box | undefined;
    if (seriesIndex === series.bubbles) {
      if (restart) [drawn.names, drawn.bubbles] = [[], []];
      const within = plot && { x: plot.x, y: 0, width: plot.width, height: plot.y + plot.height };
      chosen = leastCovering(besideBubble(rect, width, height), [...drawn.corners, ...drawn.names, ...drawn.bubbles], within);
      if (chosen) drawn.names.push(chosen);
      drawn.bubbles.push(rect);
    } else if (seriesIndex === series.lines && plot) {
      if (restart) drawn.lines = [];
      const others = [...drawn.corners, ...drawn.names, ...drawn.bubbles, ...drawn.lines];
      chosen = leastCovering(alongLine(rect, labelRect, plot), others, null);
      if (chosen) drawn.lines.push(chosen);
    }
    return chosen ? { x: chosen.x, y: chosen.y + height / 2, align: 'left', verticalAlign: 'middle' } : {};
  };
}
