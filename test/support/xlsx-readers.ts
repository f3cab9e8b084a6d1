import { expect } from 'vitest';
import type { SourceRow } from '../../shared/import/read/table-source';
import { PlainWorkbookReader, type WorkbookRows } from '../../shared/import/read/xlsx-plain';
import { readWithExcelJs } from '../../shared/import/read/xlsx-source';
import { readZipDirectory } from '../../shared/import/read/zip-directory';
import { checkWorkbookZip, WORKBOOK_LIMITS } from '../../shared/import/read/zip-limits';

/** Both xlsx readers side by side (issue 16): the plain reader must read what exceljs reads. */

export async function readPlain(bytes: Uint8Array): Promise<WorkbookRows> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new Error('not a zip');
  const reader = new PlainWorkbookReader(directory.names);
  await checkWorkbookZip(bytes, directory.entries, 'f.xlsx', WORKBOOK_LIMITS, reader);
  return reader.workbook();
}

function everything(book: WorkbookRows): {
  sheets: WorkbookRows['sheets'];
  rows: Record<string, SourceRow[]>;
  unsaved: Record<string, [number, number][]>;
} {
  const rows: Record<string, SourceRow[]> = {};
  const unsaved: Record<string, [number, number][]> = {};
  for (const sheet of book.sheets) {
    const seen = new Map<number, number>();
    rows[sheet.name] = Array.from({ length: sheet.rowCount }, (_, i) => book.readRow(sheet.name, i + 1, seen));
    unsaved[sheet.name] = [...seen];
  }
  return { sheets: book.sheets, rows, unsaved };
}

/** Both readers on one file; the plain one must not fall back. */
export async function expectSameAsExcelJs(bytes: Uint8Array): Promise<void> {
  const plain = await readPlain(bytes);
  const exceljs = await readWithExcelJs(bytes);
  const a = everything(plain);
  const b = everything(exceljs);
  expect(b.sheets.length).toBeGreaterThan(0);
  expect(a.sheets).toStrictEqual(b.sheets);
  for (const name of Object.keys(b.rows)) expect(a.rows[name], name).toStrictEqual(b.rows[name]);
  expect(a.unsaved).toStrictEqual(b.unsaved);
}
