import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellToText } from '../../../shared/import/read/table-source';
import { excelToDate } from '../../../shared/import/read/xlsx-xml';
import { dateRefusal, excelSerialToIso, isoToExcelSerial, parseDateText, parseDateValue } from '../../../shared/import/values/date';
import { parseYear } from '../../../shared/import/values/year';

describe('dates', () => {
  it.each([
    ['03/04/2020', '2020-04-03'],
    ['3/4/2020', '2020-04-03'],
    ['31-12-1999', '1999-12-31'],
    ['29.02.2024', '2024-02-29'],
    ['2020-04-03', '2020-04-03'],
    ['2020-04-03T10:20:00Z', '2020-04-03'],
    ['2020-04-03 10:20', '2020-04-03'],
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

  it('reads a time with a zone as the day written only when it is the day in Brazil', () => {
    // Written in Brazil: the day in that offset is the day written, whatever the hour.
    for (const raw of ['2025-03-30T23:00:00-03:00', '2025-03-30T00:30-05:00', '2025-03-30T23:59:59.999-0200'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'date', iso: raw.slice(0, 10) });
    // Midnight: a day alone, stored as its first instant (JavaScript's toISOString of a date).
    for (const raw of ['2025-03-31T00:00:00Z', '2025-03-31T00:00:00.000Z', '2025-03-31T00:00+09:00'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'date', iso: '2025-03-31' });
    // The same day in every Brazilian zone (UTC−2 to UTC−5).
    for (const raw of ['2025-03-31T05:00:00Z', '2025-03-31T12:00:00.000Z', '2025-03-31T23:59:00Z', '2025-03-31T10:00:00+01:00'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'date', iso: '2025-03-31' });
    // 02:00 UTC is 23:00 of 30 March in Brasília; 08:00 in Tokyo is 20:00 of the day before; 22:00 in
    // California is the next day in Brazil. Refused, not read a day off without a word.
    for (const raw of ['2025-03-31T02:00:00Z', '2025-03-31T04:59:00Z', '2025-03-31T08:00:00+09:00', '2025-03-31T22:00:00-08:00'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'invalid', text: raw, otherZone: true });
    expect(dateRefusal({ text: '2025-03-31T02:00:00Z', otherZone: true }).code).toBe('date-other-zone');
    // A time that is no time, or a day that is no day, is not a date.
    for (const raw of ['2025-03-31T25:00:00Z', '2025-03-31T10:61Z', '2025-02-30T02:00:00Z', '2025-03-31T1Z'])
      expect(parseDateText(raw), raw).toEqual({ kind: 'invalid', text: raw });
  });

  it('never reads a zoned time as a day other than its day in Brazil', () => {
    const brasilia = (ms: number): string => new Date(ms - 3 * 3_600_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15),
        (instant, offset) => {
          const ms = Math.floor(instant.getTime() / 60_000) * 60_000;
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 16);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const read = parseDateText(`${local}${zone}`);
          const brazilian = offset >= -300 && offset <= -120;
          const midnight = local.endsWith('T00:00');
          if (brazilian || midnight) expect(read).toEqual({ kind: 'date', iso: local.slice(0, 10) });
          else if (read.kind === 'date') expect(read.iso).toBe(brasilia(ms));
          else expect(read).toMatchObject({ otherZone: true });
        },
      ),
    );
  });

  it("reads a workbook's date cells before 1900-03-01 as the days they show (Excel's 1900 leap-year bug)", () => {
    // exceljs and the plain reader count from 1899-12-30 below serial 61 too: 01/01/1900 came in as 31/12/1899.
    const cell = (serial: number): Date => excelToDate(serial, false);
    expect(parseDateValue(cell(1))).toEqual({ kind: 'date', iso: '1900-01-01' });
    expect(parseDateValue(cell(32.5))).toEqual({ kind: 'date', iso: '1900-02-01' });
    expect(parseDateValue(cell(59))).toEqual({ kind: 'date', iso: '1900-02-28' });
    expect(parseDateValue(cell(61))).toEqual({ kind: 'date', iso: '1900-03-01' });
    expect(parseDateValue(cell(60))).toEqual({ kind: 'invalid', text: '1900-02-29' }); // the day Excel believes in
    expect(parseDateValue(cell(0.5))).toEqual({ kind: 'invalid', text: '1900-01-00' }); // a time of day alone
    expect(cellToText(cell(1))).toBe('1900-01-01');
    expect(parseYear(cell(1))).toEqual({ kind: 'year', year: 1900 });
    // The 1904 calendar has no such day.
    expect(parseDateValue(excelToDate(0, true))).toEqual({ kind: 'date', iso: '1904-01-01' });
  });

  it('reads every date cell of 1900 to 9999 as the day Excel shows', () => {
    const days = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, fc.double({ min: 0, max: 0.99, noNaN: true }), (iso, time) => {
        expect(parseDateValue(excelToDate(isoToExcelSerial(iso) + time, false))).toEqual({ kind: 'date', iso });
      }),
    );
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
