import type { ColDef, GridApi } from 'ag-grid-community';
import { metaOf } from './grid-meta';
import { colIdOf } from './wrap-columns';

/** A column fitted to its content grows at most to this width; a longer value reads whole in its tooltip. */
export const FIT_CONTENT_MAX_PX = 400;

/** The columns whose owner asked that their values read whole (`context.fitContent`: codes, the rows' keys). */
export function fitContentColumns<T>(columnDefs: readonly ColDef<T>[]): string[] {
  return columnDefs.filter((c) => metaOf(c).fitContent).map((c) => colIdOf(c));
}

/**
 * Widens each column to its widest value drawn (AG Grid measures the rendered cells), never below the
 * width its owner gave it and never past FIT_CONTENT_MAX_PX: a code such as
 * DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL or an agency's long work code is the row's key and was cut at
 * any one fixed width.
 */
export function fitColumnsToContent<T>(
  api: Pick<GridApi<T>, 'getColumn' | 'autoSizeColumns' | 'setColumnWidths'>,
  colIds: readonly string[],
): void {
  const given = new Map<string, number>();
  for (const id of colIds) {
    const column = api.getColumn(id);
    if (column) given.set(id, column.getActualWidth());
  }
  if (given.size === 0) return;
  api.autoSizeColumns([...given.keys()], true);
  const widths: { key: string; newWidth: number }[] = [];
  for (const [id, width] of given) {
    const measured = api.getColumn(id)?.getActualWidth() ?? width;
    const wanted = Math.max(width, Math.min(measured, FIT_CONTENT_MAX_PX));
    if (wanted !== measured) widths.push({ key: id, newWidth: wanted });
  }
  if (widths.length > 0) api.setColumnWidths(widths, true);
}
