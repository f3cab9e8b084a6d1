import type ExcelJS from 'exceljs';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'ratio' | 'percent';

export interface SheetColumn<T> {
  header: string;
  kind: ColumnKind;
  width?: number;
  value: (row: T) => string | number | null;
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.00',
  ratio: '0.0000',
  percent: '0.00%',
};

/**
 * Adds a typed table sheet: numbers stay numbers with a number format (Excel shows them in the
 * reader's locale), empty values stay empty cells, the header row is frozen and filterable.
 */
export function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn<T>[],
  rows: readonly T[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)),
    style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** A two-column "what / value" sheet for methods, sources and notes. */
export function addNotesSheet(workbook: ExcelJS.Workbook, name: string, lines: readonly [string, string][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.columns = [
    { key: 'k', width: 34 },
    { key: 'v', width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const [k, v] of lines) {
    const row = sheet.addRow([k, v]);
    row.getCell(1).font = { bold: true };
  }
  return sheet;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
