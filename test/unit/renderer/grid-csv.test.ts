import { describe, expect, it } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import { copyText } from '../../../renderer/src/components/grid/grid-clipboard';
import { csvExportText, csvSeparator } from '../../../renderer/src/components/grid/grid-csv';

/** Issue 15 #1: the grid's CSV export neutralises formulas as every CSV Arranjo writes. */
describe('grid CSV export cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvExportText('=HYPERLINK("http://x")', 'pt-BR')).toBe('\'=HYPERLINK("http://x")');
    expect(csvExportText("+cmd|' /C calc'!A0", 'en')).toBe("'+cmd|' /C calc'!A0");
    expect(csvExportText('@SUM(1+1)', 'pt-BR')).toBe("'@SUM(1+1)");
    expect(csvExportText('Distrito Industrial do Jatobá', 'pt-BR')).toBe('Distrito Industrial do Jatobá');
  });

  it('labels shown through a formatter are neutralised too; signed numerals and numbers stay numbers', () => {
    expect(csvExportText('x', 'pt-BR', () => '-SUM(A1)')).toBe("'-SUM(A1)");
    expect(csvExportText('x', 'pt-BR', () => '-1.234,5')).toBe('-1.234,5');
    expect(csvExportText(-1234.5, 'pt-BR')).toBe('-1234,5');
    expect(csvExportText(-1234.5, 'en')).toBe('-1234.5');
    expect(csvExportText(null, 'en')).toBe('');
    expect(csvExportText(true, 'en')).toBe('true');
  });

  it('separates columns as the locale’s spreadsheet expects', () => {
    expect(csvSeparator('pt-BR')).toBe(';');
    expect(csvSeparator('en')).toBe(',');
  });
});

/** Issue 15 #1: Ctrl+C in a grid puts the same neutralised text on the clipboard (a pasted "=…" runs too). */
describe('grid copy', () => {
  const column = { getColId: () => 'name' };
  const rows = [{ name: '=HYPERLINK("http://x")', jobs: 1234.5 }];
  const node = { isSelected: () => true, data: rows[0] };
  const api = {
    getAllDisplayedColumns: () => [column],
    getSelectedNodes: () => [node],
    getFocusedCell: () => ({ rowIndex: 0, column, rowPinned: null }),
    getDisplayedRowAtIndex: () => node,
    getCellValue: () => rows[0]?.name,
  } as unknown as GridApi;

  it('copies a focused text cell neutralised against formula injection', () => {
    expect(copyText(api, 'pt-BR')).toBe('\'=HYPERLINK("http://x")');
  });
});
