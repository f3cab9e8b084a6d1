import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addNotesSheet, addTableSheet, EXCEL_CELL_CHARS, fitCellTexts, sheetName, workbookBytes } from '../../../shared/export/workbook';

/** A table sheet's columns fit what they hold, and it prints one page wide (the audit read "Orçamento previsto (R"). */
describe('a table sheet as Excel and LibreOffice show and print it', () => {
  const sheet = () => {
    const wb = new ExcelJS.Workbook();
    const rows = [
      { code: 'DI-JUVENTINO-DIAS-CIDADE-INDUSTRIAL', budget: 12_345_678.9, share: 0.5, note: 'x'.repeat(140) },
      { code: 'DI-BETIM', budget: 100, share: 0.25, note: null },
    ];
    return addTableSheet(
      wb,
      'Carteira',
      [
        { header: 'Código', kind: 'text', width: 20, value: (r) => r.code },
        { header: 'Orçamento previsto (R$)', kind: 'decimal', width: 12, value: (r) => r.budget },
        { header: 'Parcela', kind: 'percent', value: (r) => r.share },
        { header: 'Notas', kind: 'text', width: 80, value: (r) => r.note },
      ],
      rows,
    );
  };

  it('widens a column to its header and to its longest value, a width asked for being a minimum', () => {
    const s = sheet();
    const width = (j: number) => s.getColumn(j).width ?? 0;
    // 35 characters of code, not the 20 asked for.
    expect(width(1)).toBeGreaterThanOrEqual(37);
    // The bold header (23 characters) is wider than "12.345.678,90" (13).
    expect(width(2)).toBeGreaterThanOrEqual(Math.ceil(23 * 1.1));
    expect(width(3)).toBe(10);
    // A long text grows the column no wider than 60; the width asked (80) stays.
    expect(width(4)).toBe(80);
  });

  it('wraps a text longer than its column in its cell (printed whole, not cut at the edge), and no other', () => {
    const s = sheet();
    expect(s.getCell('D2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Its row tall enough for its lines (140 characters in 80: two lines, three with the words' slack).
    expect(s.getRow(2).height).toBeGreaterThanOrEqual(30);
    expect(s.getRow(3).height ?? 15).toBe(15);
    // The 35-character code fits its widened column; numbers are never wrapped.
    expect(s.getCell('A2').alignment?.wrapText).toBeFalsy();
    expect(s.getCell('B2').alignment?.wrapText).toBeFalsy();
  });

  it('writes a whole number of a decimal column as a count ("12.345.678,9" but "100", not "100,00")', () => {
    const s = sheet();
    expect(s.getCell('B2').numFmt).toBe('#,##0.00');
    expect(s.getCell('B3').numFmt).toBe('#,##0');
    expect(s.getCell('C3').numFmt).toBe('0.00%');
  });

  it("keeps a column's own format, whole numbers included (a plan's money stays R$)", () => {
    const s = addTableSheet(
      new ExcelJS.Workbook(),
      'Lotes',
      [{ header: 'Valor (R$)', kind: 'decimal', numFmt: '"R$" #,##0.00', value: (v: number) => v }],
      [1500, 12.5],
    );
    expect([s.getCell('A2').numFmt, s.getCell('A3').numFmt]).toEqual(['"R$" #,##0.00', '"R$" #,##0.00']);
    // "R$ 1.500,00" is 11 characters: the header (10, bold) sets the width.
    expect(s.getColumn(1).width).toBeGreaterThanOrEqual(13);
  });

  it('prints A4 landscape, one page wide, the header on every page', () => {
    expect(sheet().pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const notes = addNotesSheet(new ExcelJS.Workbook(), 'Métodos', [['Fonte', 'RAIS']]);
    expect(notes.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
  });

  it('prints a table too wide for one readable page over pages across, its first column on each', () => {
    const wide = addTableSheet(
      new ExcelJS.Workbook(),
      'Larga',
      Array.from({ length: 24 }, (_, j) => ({ header: `Coluna número ${j + 1} da carteira`, kind: 'text' as const, value: () => 'x' })),
      [{}],
    );
    // 24 columns of 32–33 characters (a bold header of 27–28, a tenth wider, and 2): 777, at 200 a page.
    expect(wide.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 4, printTitlesColumn: 'A:A' });
  });
});

describe('a sheet name Excel takes, from any text', () => {
  const name = (text: string, ...existing: string[]) => {
    const wb = new ExcelJS.Workbook();
    for (const e of existing) wb.addWorksheet(e);
    const got = sheetName(wb, text);
    // Excel (and exceljs) refuse any other: adding it must not throw.
    wb.addWorksheet(got);
    return got;
  };

  it('keeps a closing parenthesis whole, cutting the words before it', () => {
    expect(name('Estabilidad de los pesos (N = 3)')).toBe('Estabilidad de los (N = 3)');
    expect(name('Estabilidade dos pesos (N = 3)')).toBe('Estabilidade dos pesos (N = 3)');
    expect(name('Municípios de Minas Gerais — visão geral de 2020')).toBe('Municípios de Minas Gerais');
  });

  it("writes the characters a sheet name cannot hold as '-', and no quote at either end", () => {
    // exceljs throws on these ("Worksheet name … cannot include"): a name from a view or a file may hold them.
    expect(name('Resultados - Distritos 2025/26')).toBe('Resultados - Distritos 2025-26');
    expect(name('Problemas - RAIS [MG]: 2020?')).toBe('Problemas - RAIS -MG-- 2020-');
    expect(name("'citado'")).toBe('citado');
    expect(name('   ')).toBe('Sheet');
  });

  it('numbers a name the workbook has in any case, and the reserved "History"', () => {
    expect(name('Notas', 'notas')).toBe('Notas (2)');
    expect(name('History')).toBe('History (2)');
    expect(name('Resultados - um nome muito comprido demais', 'Resultados - um nome muito')).toMatch(/^.{1,31} \(2\)$/);
  });
});

describe('a notes sheet as LibreOffice prints it', () => {
  it('makes each row as tall as its wrapped text, a one-line row left alone (paragraphs were printed over one another)', () => {
    const wb = new ExcelJS.Workbook();
    const paragraph = 'Custo = desconto no terreno (% × preço/m² × área necessária) + incentivos anuais × anos; '.repeat(3);
    const sheet = addNotesSheet(wb, 'Notas', [
      ['Custo-benefício', paragraph],
      ['Aviso', 'curto'],
      ['Fonte', 'linha um\nlinha dois\nlinha três'],
    ]);
    // 270 characters in a column of 110: three lines at least.
    expect(sheet.getRow(1).height).toBeGreaterThanOrEqual(3 * 15);
    expect(sheet.getRow(2).height ?? 15).toBe(15);
    // Its own line breaks are lines too.
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(3 * 15);
    expect(sheet.getCell('A1').alignment).toMatchObject({ vertical: 'top' });
  });
});

describe('a text longer than an Excel cell holds', () => {
  it('is cut to 32,767 characters with a closing "…" in every sheet, and the workbook reads back', async () => {
    const wb = new ExcelJS.Workbook();
    // A title imported from a workbook's shared strings (no length check there) came out whole.
    addTableSheet(wb, 'Carteira', [{ header: 'Título', kind: 'text', value: (r: string) => r }], ['t'.repeat(100_000), 'curto']);
    addNotesSheet(wb, 'Notas', [['Fonte', 'n'.repeat(40_000)]]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookBytes(wb)).buffer as ArrayBuffer);
    const text = (sheet: string, cell: string): string => {
      const value = back.getWorksheet(sheet)?.getCell(cell).value;
      return typeof value === 'string' ? value : '';
    };
    expect(text('Carteira', 'A2')).toHaveLength(EXCEL_CELL_CHARS);
    expect(text('Carteira', 'A2').endsWith('t…')).toBe(true);
    expect(text('Carteira', 'A3')).toBe('curto');
    expect(text('Notas', 'B1')).toHaveLength(EXCEL_CELL_CHARS);
    expect(fitCellTexts(back)).toBe(0);
  });
});
