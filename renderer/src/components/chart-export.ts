import { escapeHtml } from '../lib/html';

/**
 * Exported charts carry their title and source (DESIGN §7b: what is exported is what is shown, with
 * labels, units, sources and periods). On screen the panel around the chart shows them; in a file
 * they are drawn above and below the chart, wrapped to its width (a comparison's title names every
 * district, a source every file: drawn on one line they ran off the image's edge, cut mid-word).
 */
export interface ExportFrame {
  title: string;
  source?: string;
  width: number;
  height: number;
  background: string;
  color: string;
}

/** The header's and footer's height with one line each; each further line adds its line height. */
export const HEADER_HEIGHT = 44;
export const FOOTER_HEIGHT = 28;
const TITLE_LINE = 20;
const SOURCE_LINE = 15;
const MARGIN = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const TITLE_FONT = `600 15px ${FONT}`;
const SOURCE_FONT = `11px ${FONT}`;

/** The width in pixels `text` takes in `font` (a CSS font shorthand). */
export type MeasureText = (text: string, font: string) => number;

/** Where no canvas measures: a generous average glyph of 0.62 em. */
export const estimateWidth: MeasureText = (text, font) => text.length * 0.62 * Number(/(\d+)px/.exec(font)?.[1] ?? 12);

/** A 2D canvas's own measure (the fonts the PNG is drawn in), or the estimate without one. */
export function canvasMeasure(): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** Where a word too long for a line may break: after "_", "/", "-", "." or ",". */
function longWordPieces(word: string): string[] {
  return word.split(/(?<=[_/\-.,])/);
}

/**
 * `text` in lines no wider than `max`: broken between words, a word wider than a line after its
 * "_", "/" or "-" (a file name), and only as a last resort between letters. Joined again with the
 * spaces they were broken at, the lines are `text` (nothing is dropped).
 */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string, glue: string) => {
    const candidate = line === '' ? piece : `${line}${glue}${piece}`;
    if (line !== '' && width(candidate) > max) {
      lines.push(line);
      line = piece;
    } else line = candidate;
  };
  for (const word of text.split(' ')) {
    if (width(word) <= max) {
      push(word, ' ');
      continue;
    }
    longWordPieces(word).forEach((part, i) => {
      const glue = i === 0 ? ' ' : '';
      if (width(part) <= max) return push(part, glue);
      for (const [j, char] of [...part].entries()) push(char, j === 0 ? glue : '');
    });
  }
  lines.push(line);
  return lines;
}

/** The title's and source's lines and where the chart sits: the frame's layout. */
export interface FrameLayout {
  titleLines: string[];
  sourceLines: string[];
  header: number;
  total: number;
}

export function frameLayout(frame: ExportFrame, measure: MeasureText): FrameLayout {
  const max = frame.width - 2 * MARGIN;
  const titleLines = wrapText(frame.title, max, (s) => measure(s, TITLE_FONT));
  const sourceLines = frame.source ? wrapText(frame.source, max, (s) => measure(s, SOURCE_FONT)) : [];
  const header = HEADER_HEIGHT + (titleLines.length - 1) * TITLE_LINE;
  const footer = sourceLines.length > 0 ? FOOTER_HEIGHT + (sourceLines.length - 1) * SOURCE_LINE : 0;
  return { titleLines, sourceLines, header, total: header + frame.height + footer };
}

const titleY = (i: number) => 28 + i * TITLE_LINE;
const sourceY = (layout: FrameLayout, height: number, i: number) => layout.header + height + 18 + i * SOURCE_LINE;

/** Wraps the chart's own SVG in one with the title's lines above and the source's lines below. */
export function frameSvg(chartSvg: string, frame: ExportFrame, measure: MeasureText = estimateWidth): string {
  const layout = frameLayout(frame, measure);
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  const title = layout.titleLines.map(
    (line, i) =>
      `<text x="${MARGIN}" y="${titleY(i)}" font-family='${FONT}' font-size="15" font-weight="600" fill="${frame.color}">${escapeHtml(line)}</text>`,
  );
  const source = layout.sourceLines.map(
    (line, i) =>
      `<text x="${MARGIN}" y="${sourceY(layout, frame.height, i)}" font-family='${FONT}' font-size="11" fill="${frame.color}" fill-opacity="0.7">${escapeHtml(line)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${layout.total}" viewBox="0 0 ${frame.width} ${layout.total}">`,
    `<rect width="100%" height="100%" fill="${frame.background}"/>`,
    ...title,
    `<g transform="translate(0 ${layout.header})">${inner}</g>`,
    ...source,
    '</svg>',
  ].join('');
}

/** Draws the chart image with its title and source onto a canvas and returns it as PNG. */
export async function framePng(chartDataUrl: string, frame: ExportFrame, pixelRatio: number): Promise<Blob> {
  const image = new Image();
  image.src = chartDataUrl;
  await image.decode();
  const layout = frameLayout(frame, canvasMeasure());
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * pixelRatio;
  canvas.height = layout.total * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available.');
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = frame.background;
  context.fillRect(0, 0, frame.width, layout.total);
  context.fillStyle = frame.color;
  context.font = TITLE_FONT;
  layout.titleLines.forEach((line, i) => context.fillText(line, MARGIN, titleY(i)));
  context.drawImage(image, 0, layout.header, frame.width, frame.height);
  context.globalAlpha = 0.7;
  context.font = SOURCE_FONT;
  layout.sourceLines.forEach((line, i) => context.fillText(line, MARGIN, sourceY(layout, frame.height, i)));
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
