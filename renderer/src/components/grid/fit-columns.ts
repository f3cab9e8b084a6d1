import type { ColDef, GridApi, IRowNode } from 'ag-grid-community';
import { metaOf } from './grid-meta';
import { colIdOf } from './wrap-columns';

/** A column fitted to its content grows at most to this width; a longer value reads whole in its tooltip. */
export const FIT_CONTENT_MAX_PX = 400;

/**
 * What a cell adds to its text's width: its padding and borders (9 + 9 + 1 + 1 px in the grid's
 * theme) and the 20 px AG Grid's own autosizing added, so that a code fitted here is as wide as it was
 * when AG Grid measured it (OBR-DEMO-03: 134 px).
 */
export const FIT_CONTENT_CHROME_PX = 40;

/**
 * The columns whose owner asked that their values read whole (`context.fitContent`: codes, the rows'
 * keys), by column id: those measured in the cells' regular type, or with `bold`, those some of whose
 * cells are bold (`context.fitBold`), measured in the bold type (a name fitted in the regular one was
 * cut in a bold top row: "Distrito Industrial Juventino Dias (Cidade Industri…").
 */
export function fitContentColumns<T>(columnDefs: readonly ColDef<T>[], bold = false): string[] {
  return columnDefs.filter((c) => metaOf(c).fitContent && (metaOf(c).fitBold === true) === bold).map((c) => colIdOf(c));
}

/** How wide fitting may make each column (px): its own limit (`context.fitMaxPx`), else FIT_CONTENT_MAX_PX. */
export function fitContentLimits<T>(columnDefs: readonly ColDef<T>[]): Map<string, number> {
  return new Map(columnDefs.flatMap((c) => (metaOf(c).fitMaxPx ? [[colIdOf(c), metaOf(c).fitMaxPx as number] as const] : [])));
}

/** The width in px of a text drawn in the grid's cell type. */
export type TextWidth = (text: string) => number;

/** At most this many of a column's longest values (in characters) are measured. */
const CANDIDATES = 200;

/**
 * The widest of `texts` as drawn. Only the longest in characters are measured (those at least 70 % as
 * long as the longest, up to CANDIDATES of them): a shorter text of wide letters can be wider than a
 * longer one of narrow letters, never one under 70 % of its length in the codes and units fitted here.
 */
export function widestText(texts: Iterable<string>, width: TextWidth): number {
  const distinct = new Set<string>();
  let longest = 0;
  for (const text of texts) {
    if (text.length === 0) continue;
    distinct.add(text);
    if (text.length > longest) longest = text.length;
  }
  const candidates = [...distinct]
    .filter((text) => text.length >= longest * 0.7)
    .sort((a, b) => b.length - a.length)
    .slice(0, CANDIDATES);
  return candidates.reduce((widest, text) => Math.max(widest, width(text)), 0);
}

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/**
 * Widens each column to its widest value among all the grid's rows (not only those drawn), never below
 * its current width and never past its limit (FIT_CONTENT_MAX_PX unless `limits` says): a code such as
 * DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL or an agency's long work code is the row's key and was cut at
 * any one fixed width. The values are measured in `width` (a canvas: no layout of the page). AG Grid's
 * autosizing measured the drawn cells instead, a forced layout of the page at each first open of the
 * grid and at each change of its size (issue 16).
 */
export function fitColumnsToContent<T>(
  api: Pick<GridApi<T>, 'getColumn' | 'setColumnWidths' | 'forEachNode' | 'getCellValue'>,
  columns: readonly string[],
  width: TextWidth,
  limits: ReadonlyMap<string, number> = new Map(),
): void {
  const shown = columns.flatMap((colId) => {
    const column = api.getColumn(colId);
    return column ? [{ colId, current: column.getActualWidth() }] : [];
  });
  if (shown.length === 0) return;
  const nodes: IRowNode<T>[] = [];
  api.forEachNode((node) => nodes.push(node));
  const widths: { key: string; newWidth: number }[] = [];
  for (const { colId, current } of shown) {
    // The text as the cell shows it: a column with a formatter (an initiative's kind, stored as
    // "rotas-integracao", shown as "Rotas de Integração") is fitted to what it shows, in the UI's language.
    const texts = nodes.map((node) => textOf(api.getCellValue({ rowNode: node, colKey: colId, useFormatter: true })));
    const drawn = widestText(texts, width);
    if (drawn === 0) continue;
    const wanted = Math.min(Math.ceil(drawn) + FIT_CONTENT_CHROME_PX, limits.get(colId) ?? FIT_CONTENT_MAX_PX);
    if (wanted > current) widths.push({ key: colId, newWidth: wanted });
  }
  if (widths.length > 0) api.setColumnWidths(widths, true);
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** A TextWidth for the grid's cell type (`font`, a CSS font such as "13px system-ui, sans-serif"), drawn on a canvas never attached to the page. */
export function canvasTextWidth(font: string): TextWidth {
  canvas ??= document.createElement('canvas').getContext('2d');
  return (text) => {
    if (!canvas) return 0;
    canvas.font = font;
    return canvas.measureText(text).width;
  };
}
