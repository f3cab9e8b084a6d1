import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';

/**
 * A bare number in a date column. In a CSV (text) "5" or "45000" is no date: it was read as Excel's
 * day 5 (05/01/1900) or day 45000 (15/03/2023) without a word. In a workbook a date cell, and a
 * number cell holding a date's serial from 1950 to 2100 (a date cell whose format was lost), still read.
 */
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
const WORKS = 'site_code,work_code,title,category,budget_planned,planned_start,planned_end\n';

describe('import: numbers in date columns', () => {
  it('refuses a bare number in a CSV date column at its cell, saying how to write the date; nothing is written', async () => {
    const engine = await newDemoEngine();
    const before = await engine.worksPortfolio('2027-12-31');
    const result = await engine.importFile(
      csv(`${WORKS}DI-BETIM,OBR-N1,Pavimentação,paving,1000,5,2026-12-31\nDI-BETIM,OBR-N2,Drenagem,drainage,1000,2026-01-01,45000\n`),
      'obras.csv',
      {},
    );
    expect(result.refused).toBe(true);
    expect(result.batch).toBeNull();
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        2,
        'planned_start',
        '"5" is a number, not a date; write the date as 2025-03-31 or 31/03/2025 (in a spreadsheet, a cell formatted as a date also serves).',
      ],
      [3, 'planned_end', expect.stringContaining('"45000" is a number, not a date; write the date as 2025-03-31 or 31/03/2025')],
    ]);
    expect(await engine.worksPortfolio('2027-12-31')).toEqual(before);

    const measured = await engine.importFile(
      csv('work_code,date,physical_progress,committed,disbursed\nOBR-DEMO-14,45747,10,100,50\n'),
      'medicoes.csv',
      {},
    );
    expect(measured.refused).toBe(true);
    expect(measured.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'date', expect.stringMatching(/^"45747" is a number, not a date/)],
    ]);
  }, 120_000);

  it('reads a workbook date cell and a number cell holding a date serial; refuses a small number there', async () => {
    const engine = await newDemoEngine();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Obras');
    sheet.addRow(WORKS.trim().split(','));
    sheet.addRow(['DI-BETIM', 'OBR-X1', 'Pavimentação', 'paving', 1000, new Date(Date.UTC(2026, 0, 1)), 46387]);
    sheet.getCell('F2').numFmt = 'dd/mm/yyyy';
    sheet.addRow(['DI-BETIM', 'OBR-X2', 'Drenagem', 'drainage', 1000, 5, 46387]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const refused = await engine.importFile(bytes, 'obras.xlsx', {});
    expect(refused.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'planned_start', expect.stringMatching(/^"5" is a number, not a date/)],
    ]);

    const kept = await engine.importFile(bytes, 'obras.xlsx', { skipInvalid: true });
    expect(kept.refused).toBe(false);
    const work = (await engine.worksPortfolio('2026-06-30')).find((w) => w.workCode === 'OBR-X1');
    expect(work).toMatchObject({ plannedStart: '2026-01-01', plannedEnd: '2026-12-31' });
  }, 120_000);
});
