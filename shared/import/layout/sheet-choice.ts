import type { ImportLayout } from '../types';

interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** Data rows of a sheet's table (totals left out): what the sheet holds to import. */
function dataRows(layout: ImportLayout): number {
  return Math.max(0, layout.dataEnd - layout.dataStart + 1 - layout.totalRows.length);
}

/**
 * The sheet to propose when no template names one: the visible sheet whose table has the most data
 * rows (an agency workbook's data sheet, not its summary or lookup sheets); among equals, the
 * narrower table (a long layout: territory, code, value) and then the first in the workbook.
 */
export function proposeSheet(sheets: readonly SheetInfo[], layoutOf: (sheet: string) => ImportLayout | null): string | null {
  let best: { name: string; rows: number; width: number } | null = null;
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const layout = layoutOf(sheet.name);
    if (!layout) continue;
    const rows = dataRows(layout);
    const width = layout.columns.filter((c) => c.kind !== 'empty').length;
    if (!best || rows > best.rows || (rows === best.rows && width < best.width)) best = { name: sheet.name, rows, width };
  }
  return best?.name ?? null;
}
