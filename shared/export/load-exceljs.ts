import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs (about 1 MB of code), loaded on first use (issue 16): a CLI command or a first start that
 * reads and writes no workbook never loads it, and the worker starts without compiling it.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  return (loading ??= import('exceljs').then((module) => module.default));
}
