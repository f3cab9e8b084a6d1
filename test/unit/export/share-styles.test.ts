import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, workbookBytes } from '../../../shared/export/workbook';

/**
 * Writing a workbook looks up each cell's style by its object (exceljs's own cache); exceljs gives
 * every cell a copy of its column's style, so the works workbook at agency scale turned ~250,000
 * styles into XML one by one. workbookBytes gives cells of one look one style object, and every cell
 * reads back as it was styled.
 */
describe('a workbook written with its cells sharing their styles', () => {
  const ROWS = 300;
  const build = () => {
    const wb = new ExcelJS.Workbook();
    const table = addTableSheet(
      wb,
      'Carteira',
      [
        { header: 'Código', kind: 'text', value: (i: number) => `OB-${i}` },
        { header: 'Notas', kind: 'text', width: 20, value: (i: number) => (i === 5 ? 'x'.repeat(90) : 'curta') },
        { header: 'Valor', kind: 'decimal', value: (i: number) => (i % 2 === 0 ? i : i + 0.5) },
        { header: 'Parcela', kind: 'percent', value: (i: number) => i / ROWS },
      ],
      Array.from({ length: ROWS }, (_, i) => i + 1),
    );
    // A sheet without number formats: a date is given Excel's date format by its type, a text none.
    const plain = wb.addWorksheet('Datas');
    for (let i = 0; i < ROWS; i++) plain.addRow([new Date(Date.UTC(2025, 0, 1 + i)), `linha ${i}`, i]);
    return { wb, table, plain };
  };

  it('gives the cells of one look one style object', async () => {
    const { wb, table, plain } = build();
    await workbookBytes(wb);
    const styles = new Set<unknown>();
    for (const sheet of [table, plain]) sheet.eachRow((row) => row.eachCell((cell) => styles.add(cell.style)));
    // Header, code, note, long note wrapped, its row's other cells top-aligned, whole and decimal values,
    // percent; date, text and number of the plain sheet: a dozen or so looks, not 2,100 cells' copies.
    expect(styles.size).toBeLessThanOrEqual(16);
    expect(table.getCell('A3').style).toBe(table.getCell('A4').style);
    expect(plain.getCell('A1').style).not.toBe(plain.getCell('B1').style);
  });

  it('reads back every cell as it was styled', async () => {
    const { wb } = build();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookBytes(wb)).buffer as ArrayBuffer);
    const table = back.getWorksheet('Carteira')!;
    const plain = back.getWorksheet('Datas')!;
    expect(table.getCell('A1').font?.bold).toBe(true);
    expect(table.getCell('A2').font?.bold).toBeFalsy();
    expect(table.getCell('B6').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(table.getCell('C6').alignment?.vertical).toBe('top');
    expect(table.getCell('B7').alignment?.wrapText).toBeFalsy();
    expect(table.getCell('C3').numFmt).toBe('#,##0');
    expect(table.getCell('C2').numFmt).toBe('#,##0.00');
    expect(table.getCell('D2').numFmt).toBe('0.00%');
    expect(plain.getCell('A1').value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(plain.getCell('A1').numFmt).toBe('mm-dd-yy');
    expect(plain.getCell('B1').numFmt).toBeFalsy();
    expect(plain.getCell('B1').value).toBe('linha 0');
  });
});
