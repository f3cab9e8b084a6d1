import { cleanText, clip } from './text';

/** A calendar date as ISO "yyyy-mm-dd" (no time, no zone: agency dates are civil dates). */
export type DateResult =
  { kind: 'date'; iso: string } | { kind: 'empty' } | { kind: 'invalid'; text: string; number?: true; otherZone?: true };

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-31, but it counts a 29 February 1900 that never was (Lotus 1-2-3's
// bug, kept for compatibility): from serial 61 on, day 0 is effectively 1899-12-30.
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465; // 9999-12-31

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Years 100–9999, as the engine reads dates (shared/analysis/works/earned-value dayNumber): a typed
 * "0026-01-01" was imported, then read as no date, and the work's planned % and SPI came out NaN.
 */
function validDate(year: number, month: number, day: number): boolean {
  if (year < 100 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : days);
}

/** An Excel serial day number (1900 date system) as a date; the time of day is dropped. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null; // 1900-02-29 does not exist
  const epoch = day < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  return isoFromUtc(epoch + day * MS_PER_DAY);
}

/** The Excel serial of an ISO date (for exports and tests). */
export function isoToExcelSerial(iso: string): number {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const afterBug = (ms - EPOCH_AFTER_LEAP_BUG) / MS_PER_DAY;
  return afterBug >= 61 ? afterBug : (ms - EPOCH_BEFORE_LEAP_BUG) / MS_PER_DAY;
}

/**
 * The Excel serials a number cell of a date column is read as: 1950-01-01 to 2100-12-31. A date cell
 * whose format was lost (a sheet written by a program, a column pasted as values) holds such a
 * number, and agency dates fall in this span. Below it a number is no date (a "5" became 05/01/1900,
 * a year "2025" Excel's day 2025, 17/07/1905, without a word); above it, a date after 2100.
 */
const FIRST_DATE_SERIAL = 18_264; // 1950-01-01
const LAST_DATE_SERIAL = 73_415; // 2100-12-31

/** A number where a date was expected: refused, said as a number (`number`), not as a mistyped date. */
function numberNotDate(text: string): DateResult {
  return { kind: 'invalid', text, number: true };
}

function fromParts(year: number, month: number, day: number, text: string): DateResult {
  return validDate(year, month, day) ? { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` } : { kind: 'invalid', text };
}

/** Brazil's time zones, in minutes from UTC: Fernando de Noronha (−02:00) to Acre (−05:00). */
const BRAZIL_OFFSETS = { east: -120, west: -300 } as const;
const MINUTES_PER_DAY = 1440;

/**
 * Whether the day written before a time with a zone ("2025-03-31T02:00:00Z") is the planner's day.
 * It is when the time was written in Brazil (an offset from −02:00 to −05:00: the day in that
 * offset is the day written), when it is midnight (a day stored as its first instant, as programs
 * write a date alone: "2025-03-31T00:00:00.000Z"), or when that instant falls on the same day in
 * every Brazilian zone. Otherwise (02:00 UTC is still 30 March in Brasília) the day is not the one
 * written, and reading either one would be a guess: the cell is refused (`otherZone`), never read
 * a day off without a word. Null when the time is no time.
 */
function dayWrittenIsPlannersDay(time: string, zone: string): boolean | null {
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(time);
  if (!t) return null;
  const [hours, minutes, seconds] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const zoned = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  const offset = zoned ? (zoned[1] === '-' ? -1 : 1) * (Number(zoned[2]) * 60 + Number(zoned[3])) : 0;
  if (offset >= BRAZIL_OFFSETS.west && offset <= BRAZIL_OFFSETS.east) return true;
  const atMinute = hours * 60 + minutes;
  if (atMinute === 0 && seconds === 0 && !/[1-9]/.test(t[4] ?? '')) return true;
  const utc = atMinute - offset;
  return utc + BRAZIL_OFFSETS.west >= 0 && utc + BRAZIL_OFFSETS.east < MINUTES_PER_DAY;
}

/**
 * Reads a date written the Brazilian way (dd/mm/yyyy, also with "-" or "."), in ISO form
 * (yyyy-mm-dd, with an optional time, and a zone read by `dayWrittenIsPlannersDay`) or with a
 * two-digit year (00–49 → 20xx). Day-first: a Brazilian "03/04/2020" is 3 April. A bare number
 * ("5", "45000") is text, not a date: a CSV or a text cell holds no Excel serial (a "5" in a works
 * file's start was read as 05/01/1900).
 */
export function parseDateText(raw: string): DateResult {
  const text = cleanText(raw);
  if (text === '') return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]([\d:.]+)\s?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (m) {
    const zone = m[5];
    if (zone !== undefined) {
      const sameDay = dayWrittenIsPlannersDay(m[4] ?? '', zone.toUpperCase());
      if (sameDay === null) return { kind: 'invalid', text };
      if (!sameDay)
        return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? { kind: 'invalid', text, otherZone: true } : { kind: 'invalid', text };
    }
    return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+[\d:]+)?$/.exec(text);
  if (m) {
    const yy = m[3] ?? '';
    const year = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
    return fromParts(year, Number(m[2]), Number(m[1]), text);
  }
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return numberNotDate(text);
  return { kind: 'invalid', text };
}

/**
 * The first instant exceljs gives a true day of Excel's 1900 calendar: serial 61, 1900-03-01. Below
 * it exceljs (and the plain reader, which reads as it does) count from 1899-12-30 as from serial 61
 * on, but Excel counts the 29 February 1900 that never was (excelSerialToIso), so the Date is the
 * day before the one the cell shows: a cell showing 01/01/1900 came in as 31/12/1899.
 */
const EXCEL_SERIAL_61_MS = Date.UTC(1900, 2, 1);
const EXCEL_SERIAL_0_MS = Date.UTC(1899, 11, 30);

/**
 * The day an xlsx date cell (a Date from either reader) shows, yyyy-mm-dd, and whether that day
 * exists: Excel's 1900 calendar below serial 61 (see above), its "29/02/1900" (serial 60) and its
 * day 0 (a time of day alone, "00/01/1900") as written, not real days.
 */
export function dateCellDay(value: Date): { iso: string; real: boolean } {
  const ms = value.getTime();
  if (ms >= EXCEL_SERIAL_61_MS) return { iso: isoFromUtc(ms), real: true };
  const serial = Math.floor((ms - EXCEL_SERIAL_0_MS) / MS_PER_DAY);
  if (serial === 60) return { iso: '1900-02-29', real: false };
  if (serial === 0) return { iso: '1900-01-00', real: false };
  const iso = excelSerialToIso(serial);
  return iso ? { iso, real: true } : { iso: isoFromUtc(ms), real: false };
}

/**
 * A date from a spreadsheet cell: a Date (exceljs gives date-formatted cells so), a number cell as
 * Excel's serial when it is a date from 1950 to 2100 (FIRST_DATE_SERIAL), or text (parseDateText).
 */
export function parseDateValue(value: Date | number | string): DateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'invalid', text: String(value) };
    const shown = dateCellDay(value);
    const year = value.getUTCFullYear();
    return shown.real && year >= 100 && year <= 9999 ? { kind: 'date', iso: shown.iso } : { kind: 'invalid', text: shown.iso };
  }
  if (typeof value === 'number') {
    if (!(value >= FIRST_DATE_SERIAL && value < LAST_DATE_SERIAL + 1)) return numberNotDate(String(value));
    const iso = excelSerialToIso(value);
    return iso ? { kind: 'date', iso } : numberNotDate(String(value));
  }
  return parseDateText(value);
}

/**
 * A date cell refused: its issue code and the engine's English detail (the CLI's words; the UI
 * translates by the code). A number gets its own code, and says how a date is written instead.
 */
export function dateRefusal(result: { text: string; number?: true; otherZone?: true }): {
  code: 'bad-date' | 'date-is-number' | 'date-other-zone';
  message: string;
} {
  const shown = `"${clip(result.text, 40)}"`;
  if (result.otherZone)
    return {
      code: 'date-other-zone',
      message: `${shown} is a time in another time zone, which in Brazil falls on another day than the one written; write the day meant, as 2025-03-31 or 31/03/2025.`,
    };
  return result.number
    ? {
        code: 'date-is-number',
        message: `${shown} is a number, not a date; write the date as 2025-03-31 or 31/03/2025 (in a spreadsheet, a cell formatted as a date also serves).`,
      }
    : { code: 'bad-date', message: `${shown} is not a date; write it as 2025-03-31 or 31/03/2025.` };
}
