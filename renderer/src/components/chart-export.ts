import { escapeHtml } from '../lib/html';

/**
 * Exported charts carry their title and source (DESIGN §7b: what is exported is what is shown, with
 * labels, units, sources and periods). On screen the panel around the chart shows them; in a file
 * they are drawn above and below the chart.
 */
export interface ExportFrame {
  title: string;
  source?: string;
  width: number;
  height: number;
  background: string;
  color: string;
}

export const HEADER_HEIGHT = 44;
export const FOOTER_HEIGHT = 28;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Wraps the chart's own SVG in one with a title line above and a source line below. */
export function frameSvg(chartSvg: string, frame: ExportFrame): string {
  const total = frame.height + HEADER_HEIGHT + (frame.source ? FOOTER_HEIGHT : 0);
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  const source = frame.source
    ? `<text x="16" y="${HEADER_HEIGHT + frame.height + 18}" font-family='${FONT}' font-size="11" fill="${frame.color}" fill-opacity="0.7">${escapeHtml(frame.source)}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${total}" viewBox="0 0 ${frame.width} ${total}">`,
    `<rect width="100%" height="100%" fill="${frame.background}"/>`,
    `<text x="16" y="28" font-family='${FONT}' font-size="15" font-weight="600" fill="${frame.color}">${escapeHtml(frame.title)}</text>`,
    `<g transform="translate(0 ${HEADER_HEIGHT})">${inner}</g>`,
    source,
    '</svg>',
  ].join('');
}

/** Draws the chart image with its title and source onto a canvas and returns it as PNG. */
export async function framePng(chartDataUrl: string, frame: ExportFrame, pixelRatio: number): Promise<Blob> {
  const image = new Image();
  image.src = chartDataUrl;
  await image.decode();
  const total = frame.height + HEADER_HEIGHT + (frame.source ? FOOTER_HEIGHT : 0);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * pixelRatio;
  canvas.height = total * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available.');
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = frame.background;
  context.fillRect(0, 0, frame.width, total);
  context.fillStyle = frame.color;
  context.font = `600 15px ${FONT}`;
  context.fillText(frame.title, 16, 28);
  context.drawImage(image, 0, HEADER_HEIGHT, frame.width, frame.height);
  if (frame.source) {
    context.globalAlpha = 0.7;
    context.font = `11px ${FONT}`;
    context.fillText(frame.source, 16, HEADER_HEIGHT + frame.height + 18);
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
