import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, isoToExcelSerial, parseDateText, parseDateValue } from '../../../shared/import/values/date';

describe('dates', () => {
  it.each([
    ['03/04/2020', '2020-04-03'],
    ['3/4/2020', '2020-04-03'],
    ['31-12-1999', '1999-12-31'],
    ['29.02.2024', '2024-02-29'],
    ['2020-04-03', '2020-04-03'],
    ['2020-04-03T10:20:00Z', '2020-04-03'],
    ['05/06/21', '2021-06-05'],
  ])('reads %s as %s (day first)', (raw, iso) => {
    expect(parseDateText(raw)).toEqual({ kind: 'date', iso });
  });

  it('refuses dates that do not exist', () => {
    for (const raw of ['31/02/2020', '29/02/2023', '00/01/2020', '12/13/2020', 'ontem'])
      expect(parseDateText(raw).kind, raw).toBe('invalid');
  });

  it('refuses years before 100, which the engine reads as no date (planned % and SPI came out NaN)', () => {
    for (const raw of ['0026-01-01', '01/01/0026', '31/12/0099']) expect(parseDateText(raw).kind, raw).toBe('invalid');
    const year26 = new Date(Date.UTC(2000, 0, 1));
    year26.setUTCFullYear(26);
    expect(parseDateValue(year26).kind).toBe('invalid');
    expect(parseDateText('01/01/0100')).toEqual({ kind: 'date', iso: '0100-01-01' });
  });

  it("follows Excel's 1900 calendar, leap-year bug included", () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // the 29 February 1900 Excel believes in
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43831.75)).toBe('2020-01-01');
    expect(excelSerialToIso(0)).toBeNull();
  });

  it('refuses a year written in a date column rather than reading it as a day of 1905', () => {
    // "Início previsto: 2025" was Excel's day 2025, 17/07/1905, with no warning.
    expect(parseDateValue(2025)).toEqual({ kind: 'invalid', text: '2025', number: true });
    expect(parseDateValue('2025')).toEqual({ kind: 'invalid', text: '2025', number: true });
    expect(parseDateValue(1900)).toEqual({ kind: 'invalid', text: '1900', number: true });
  });

  it('reads no text as an Excel serial: a "5" or "45747" of a CSV is a number, not a date', () => {
    // "5" was 05/01/1900 and "45747" 31/03/2025, without a word, in a text file's date column.
    for (const raw of ['5', '45747', '43831', '45747.5', '-3', '1,5'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'invalid', text: raw, number: true });
    expect(parseDateValue('45747')).toEqual({ kind: 'invalid', text: '45747', number: true });
  });

  it('reads a number cell as a date serial only from 1950 to 2100 (a date cell whose format was lost)', () => {
    expect(parseDateValue(45747)).toEqual({ kind: 'date', iso: '2025-03-31' });
    expect(parseDateValue(18264)).toEqual({ kind: 'date', iso: '1950-01-01' });
    expect(parseDateValue(73415.9)).toEqual({ kind: 'date', iso: '2100-12-31' });
    for (const n of [5, 60, 18263, 73416, 2_958_465])
      expect(parseDateValue(n), String(n)).toEqual({ kind: 'invalid', text: String(n), number: true });
  });

  it('reads exceljs Date cells as the civil date', () => {
    expect(parseDateValue(new Date(Date.UTC(2019, 11, 31)))).toEqual({ kind: 'date', iso: '2019-12-31' });
  });

  const dates = fc
    .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('round-trips any date through dd/mm/yyyy', () => {
    fc.assert(
      fc.property(dates, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(parseDateText(`${d}/${m}/${y}`)).toEqual({ kind: 'date', iso });
      }),
    );
  });

  it('round-trips any date through its Excel serial', () => {
    fc.assert(
      fc.property(dates, (iso) => {
        expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
      }),
    );
  });
});
