import type { MeasureText } from './chart-export';

/**
 * What a treemap's tile shows: its name and figures, its name only, or nothing (too small for its
 * name: the tooltip has it all). Left to ECharts, a tile too narrow cut every line to two letters
 * and "…" ("Se… / in… / uti… / 84… / Q…"), a number among them.
 */
export type TileLabel = 'full' | 'name' | 'none';

/** A tile's label as lines: the name (wrapped at spaces) and the figures under it. */
export interface TileText {
  name: readonly string[];
  figures: readonly string[];
}

/** A tile's box as a treemap tells it while laying out its labels. */
export type TileBox = { width: number; height: number };

/** The label's type as ECharts draws it (after a meeting slide enlarged it). */
export interface TileLabelStyle {
  fontSize: number;
  lineHeight: number;
  /** Inside the tile, on each side. */
  padding: number;
  fontFamily: string;
  /** The name's weight: 700 where it is bold. */
  nameWeight: number;
}

/** The fewest letters a name's line cut with "…" keeps: fewer say nothing ("Se…"). */
export const MIN_KEPT_LETTERS = 5;

/**
 * The most of its label a tile of `width` × `height` pixels holds: every line whole (a name's line
 * may instead be cut with "…" after at least MIN_KEPT_LETTERS letters; a figure is never cut) and
 * every line within the height.
 */
export function tileLabelFit(
  tile: TileBox,
  text: TileText,
  style: TileLabelStyle,
  measure: MeasureText,
): TileLabel {
  const width = tile.width - 2 * style.padding;
  const lines = Math.floor((tile.height - 2 * style.padding) / style.lineHeight);
  const nameFont = `${style.nameWeight} ${style.fontSize}px ${style.fontFamily}`;
  const plain = `${style.fontSize}px ${style.fontFamily}`;
  const nameFits = text.name.every(
    (line) =>
      measure(line, nameFont) <= width ||
      (line.length > MIN_KEPT_LETTERS && measure(`${line.slice(0, MIN_KEPT_LETTERS)}…`, nameFont) <= width),
  );
  if (!nameFits || lines < text.name.length) return 'none';
  const figuresFit = text.figures.every((line) => measure(line, plain) <= width);
  return figuresFit && lines >= text.name.length + text.figures.length ? 'full' : 'name';
}

/** The tiles that cannot show all of their label, each with what it can show (the others show all). */
export function treemapLabelFits(
  tiles: ReadonlyMap<string, TileBox>,
  texts: ReadonlyMap<string, TileText>,
  style: TileLabelStyle,
  measure: MeasureText,
): Map<string, TileLabel> {
  const fits = new Map<string, TileLabel>();
  for (const [code, text] of texts) {
    const tile = tiles.get(code);
    const fit = tile ? tileLabelFit(tile, text, style, measure) : 'full';
    if (fit !== 'full') fits.set(code, fit);
  }
  return fits;
}

/**
 * The two halves of a treemap series that fits its labels (use-tile-label-fits.ts), for tiles keyed
 * by the id of their data item, `codes` in the data's order:
 * - `formatter` writes each tile's label as its fit allows (`nameLine` styles a name's line: a rich
 *   token where the name is bold);
 * - `labelLayout` moves nothing: each label's call says how large its tile was drawn (a tile's data
 *   index counts the tree's root first), to `onTile`.
 */
export function fittedTileLabels(options: {
  codes: readonly string[];
  texts: ReadonlyMap<string, TileText>;
  fit?: ReadonlyMap<string, TileLabel>;
  onTile?: (code: string, box: TileBox) => void;
  nameLine?: (line: string) => string;
}): {
  formatter: (p: { data?: unknown }) => string;
  labelLayout: (p: { dataIndex?: number; rect: TileBox }) => Record<string, never>;
} {
  const { codes, texts, fit, onTile, nameLine = (line: string) => line } = options;
  return {
    formatter: (p) => {
      const code = (p.data as { id?: string } | undefined)?.id ?? '';
      const text = texts.get(code);
      const shown = fit?.get(code) ?? 'full';
      if (!text || shown === 'none') return '';
      return [...text.name.map(nameLine), ...(shown === 'full' ? text.figures : [])].join('\n');
    },
    labelLayout: (p) => {
      const code = codes[(p.dataIndex ?? 0) - 1];
      if (code !== undefined) onTile?.(code, { width: p.rect.width, height: p.rect.height });
      return {};
    },
  };
}
