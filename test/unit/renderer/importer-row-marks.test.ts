import { describe, expect, it } from 'vitest';
import type { ImportLayout } from '../../../shared/import/api';
import { isEmptyRow, joinHeadTail, rowMark, summarizeLayout } from '../../../renderer/src/features/importer/row-marks';

/** The layout the engine detects in the RAIS 2020 export (title row, header, 853 municipalities, Total, footer). */
const RAIS: ImportLayout = {
  sheet: 'RAIS',
  rowCount: 861,
  headerRows: { first: 2, last: 2 },
  dataStart: 3,
  dataEnd: 856,
  endReason: 'footer',
  titleRows: [{ row: 1, text: 'Coluna IBGE Setor' }],
  footerRows: [
    { row: 858, text: 'Seleções vigentes' },
    { row: 859, text: 'Variável Critério Valor' },
    { row: 860, text: 'Ano igual a 2020' },
    { row: 861, text: 'Vínculo Ativo 31/12 igual a Sim' },
  ],
  totalRows: [856],
  columns: [],
  yearCandidates: [{ year: 2020, source: 'footer', text: 'Ano igual a 2020' }],
};

describe('importer: row marks of the layout step', () => {
  it('marks title, header, data, the Total row, the blank line and the footer as the import reads them', () => {
    const mark = (row: number, empty = false) => rowMark(row, RAIS, empty);
    expect([mark(1), mark(2), mark(3), mark(855), mark(856), mark(857, true), mark(858), mark(861)]).toEqual([
      'title',
      'header',
      'data',
      'data',
      'total',
      'blank',
      'footer',
      'footer',
    ]);
  });

  it('marks rows the user excluded, and rows outside the data block', () => {
    expect(rowMark(10, RAIS, false, new Set([10]))).toBe('excluded');
    const short = { ...RAIS, dataEnd: 100, footerRows: [] };
    expect(rowMark(500, short, false)).toBe('outside');
    expect(rowMark(2, { ...RAIS, headerRows: null, titleRows: [] }, false)).toBe('outside');
  });

  it('summarizes the data span and what follows it', () => {
    expect(summarizeLayout(RAIS)).toEqual({ span: 854, totals: 1, after: 5 });
  });

  it('joins head and tail without repeating rows, and says which rows are not shown', () => {
    const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ row: from + i }));
    expect(joinHeadTail(rows(1, 40), rows(850, 861)).gap).toEqual({ from: 41, to: 849 });
    const small = joinHeadTail(rows(1, 10), rows(5, 10));
    expect(small.rows.map((r) => r.row)).toEqual(rows(1, 10).map((r) => r.row));
    expect(small.gap).toBeNull();
  });

  it('a row is empty when every cell is blank', () => {
    expect(isEmptyRow([])).toBe(true);
    expect(isEmptyRow(['', '  ', undefined])).toBe(true);
    expect(isEmptyRow(['', 'x'])).toBe(false);
  });
});
