import { loadExcelJs } from './load-exceljs';
import { z } from 'zod';
import { addNotesSheet, addTableSheet, workbookBytes, type ColumnKind } from './workbook';

export const TABLE_COLUMN_KINDS = ['text', 'integer', 'decimal', 'percent'] as const;

/** A grid's current view as a table to write to xlsx: what is shown, in the order shown. */
export interface TableExport {
  sheetName: string;
  title: string;
  columns: { header: string; kind: (typeof TABLE_COLUMN_KINDS)[number] }[];
  rows: (string | number | null)[][];
  /** Lines for a second sheet (named `notesSheet`): filters in force, sources, the date of export. */
  notes: [string, string][];
  notesSheet: string;
}

/** A table export as it crosses the engine interface. */
export const tableExportSchema = z.object({
  sheetName: z.string().trim().min(1).max(100),
  title: z.string().max(300),
  columns: z
    .array(z.object({ header: z.string().max(300), kind: z.enum(TABLE_COLUMN_KINDS) }))
    .min(1)
    .max(500),
  rows: z.array(z.array(z.union([z.string().max(32_767), z.number(), z.null()]))).max(1_048_575),
  notes: z.array(z.tuple([z.string().max(300), z.string().max(32_767)])).max(200),
  notesSheet: z.string().trim().min(1).max(31),
});

/**
 * A grid's current view as an xlsx workbook: the visible columns in their order, the rows as
 * filtered and sorted, numbers as typed numbers with a number format, then a notes sheet (title,
 * filters, sources, date). What is exported is what is shown.
 */
export async function tableWorkbook(table: TableExport, createdAt: string): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Arranjo';
  workbook.created = new Date(createdAt);
  const kinds: Record<TableExport['columns'][number]['kind'], ColumnKind> = {
    text: 'text',
    integer: 'integer',
    decimal: 'decimal',
    percent: 'decimal',
  };
  // The sheets' names made fit for Excel, and the columns' widths to their contents, by addTableSheet.
  addTableSheet(
    workbook,
    table.sheetName,
    table.columns.map((c, i) => ({
      header: c.header,
      kind: kinds[c.kind],
      value: (row: (string | number | null)[]) => {
        const v = row[i] ?? null;
        // A number column never carries text: a stray label becomes an empty cell, not text in a number column.
        if (c.kind !== 'text' && typeof v !== 'number') return null;
        return v;
      },
    })),
    table.rows,
  );
  addNotesSheet(workbook, table.notesSheet, [['', table.title], ...table.notes]);
  return workbookBytes(workbook);
}
