import type { GridApi } from 'ag-grid-community';
import type { Locale } from '../../i18n/locales';
import { csvExportText } from './grid-csv';
import { metaOf, type PastedCell } from './grid-meta';
import { shownColumns } from './grid-export';
import { toTsv } from './tsv';

/** True while focus is in a text field: there, copy and paste belong to the field. */
export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}

/**
 * One copied cell: as the CSV export writes it (numbers in the locale without grouping, labels as
 * shown), neutralised against formula injection, since Excel and Calc run a pasted "=…" too.
 */
function cellText(value: unknown, formatted: unknown, locale: string): string {
  return csvExportText(value, locale as Locale, typeof formatted === 'string' ? () => formatted : undefined);
}

/**
 * What Ctrl+C copies: the selected rows (several) with a header line, or else the focused cell —
 * numbers written in the user's locale without grouping, so a spreadsheet reads them as numbers.
 */
export function copyText<T>(api: GridApi<T>, locale: string): string | null {
  const columns = shownColumns(api);
  const selected = api.getSelectedNodes();
  if (selected.length > 1) {
    const lines = [columns.map((c) => api.getDisplayNameForColumn(c, null))];
    api.forEachNodeAfterFilterAndSort((node) => {
      if (!node.isSelected()) return;
      lines.push(
        columns.map((c) =>
          cellText(
            api.getCellValue({ rowNode: node, colKey: c }),
            api.getCellValue({ rowNode: node, colKey: c, useFormatter: true }),
            locale,
          ),
        ),
      );
    });
    return toTsv(lines);
  }
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return null;
  const node = api.getDisplayedRowAtIndex(focused.rowIndex);
  if (!node) return null;
  return cellText(
    api.getCellValue({ rowNode: node, colKey: focused.column }),
    api.getCellValue({ rowNode: node, colKey: focused.column, useFormatter: true }),
    locale,
  );
}

/**
 * Where a pasted block lands: from the focused cell, down the rows as shown and right across the
 * columns as shown. Cells on read-only columns or past the last row are reported as skipped.
 */
export function pasteTargets<T>(
  api: GridApi<T>,
  block: readonly (readonly string[])[],
  rowIdOf: (row: T) => string,
): { cells: PastedCell<T>[]; skipped: number } {
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return { cells: [], skipped: 0 };
  const columns = shownColumns(api);
  const startCol = columns.findIndex((c) => c.getColId() === focused.column.getColId());
  const cells: PastedCell<T>[] = [];
  let skipped = 0;
  block.forEach((line, r) => {
    const node = api.getDisplayedRowAtIndex(focused.rowIndex + r);
    line.forEach((text, c) => {
      const column = columns[startCol + c];
      const row = node?.data;
      if (!column || !node || !row || node.rowPinned || !column.isCellEditable(node)) {
        skipped += 1;
        return;
      }
      const colDef = column.getColDef();
      cells.push({ row, rowId: rowIdOf(row), colId: column.getColId(), field: colDef.field, text, kind: metaOf(colDef).kind });
    });
  });
  return { cells, skipped };
}
