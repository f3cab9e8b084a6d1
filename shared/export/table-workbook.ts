import ExcelJS from 'exceljs';
import type { TableExport } from '../features/territories/types';
import { addNotesSheet, addTableSheet, workbookBytes, type ColumnKind } from './workbook';

/**
 * A grid's current view as an xlsx workbook: the visible columns in their order, the rows as
 * filtered and sorted, numbers as typed numbers with a number format, then a notes sheet (title,
 * filters, sources, date). What is exported is what is shown.
 */
export async function tableWorkbook(table: TableExport, createdAt: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Arranjo';
  workbook.created = new Date(createdAt);
  const kinds: Record<TableExport['columns'][number]['kind'], ColumnKind> = {
    text: 'text',
    integer: 'integer',
    decimal: 'decimal',
    percent: 'decimal',
  };
  // Sheet names may not hold : \ / ? * [ ] in Excel.
  const sheetName = table.sheetName.replace(/[:\\/?*[\]]+/g, ' ').trim() || 'Dados';
  addTableSheet(
    workbook,
    sheetName,
    table.columns.map((c, i) => ({
      header: c.header,
      kind: kinds[c.kind],
      width: Math.max(
        10,
        Math.min(48, Math.max(c.header.length + 2, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))),
      ),
      value: (row: (string | number | null)[]) => {
        const v = row[i] ?? null;
        // A number column never carries text: a stray label becomes an empty cell, not text in a number column.
        if (c.kind !== 'text' && typeof v !== 'number') return null;
        return v;
      },
    })),
    table.rows,
  );
  const notesName = table.notesSheet.replace(/[:\\/?*[\]]+/g, ' ').trim() || 'Notas';
  addNotesSheet(workbook, notesName === sheetName ? `${notesName} (2)` : notesName, [['', table.title], ...table.notes]);
  return workbookBytes(workbook);
}
