import { cleanText } from './text';

/** A calendar date as ISO "yyyy-mm-dd" (no time, no zone: agency dates are civil dates). */
export type DateResult = { kind: 'date'; iso: string } | { kind: 'empty' } | { kind: 'invalid'; text: string };

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
 * A whole number from 1900 to 2100 is a year written in a date column ("Início: 2025"), not Excel's
 * day 2025 (17/07/1905): read as a serial it became a date of 1905 without a word.
 */
function yearNotDay(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

function fromParts(year: number, month: number, day: number, text: string): DateResult {
  return validDate(year, month, day) ? { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` } : { kind: 'invalid', text };
}

/**
 * Reads a date written the Brazilian way (dd/mm/yyyy, also with "-" or "."), in ISO form
 * (yyyy-mm-dd, with an optional time), with a two-digit year (00–49 → 20xx), or as an Excel
 * serial number. Day-first: a Brazilian "03/04/2020" is 3 April.
 */
export function parseDateText(raw: string): DateResult {
  const text = cleanText(raw);
  if (text === '') return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+[\d:]+)?$/.exec(text);
  if (m) {
    const yy = m[3] ?? '';
    const year = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
    return fromParts(year, Number(m[2]), Number(m[1]), text);
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    if (yearNotDay(Number(text))) return { kind: 'invalid', text };
    const iso = excelSerialToIso(Number(text));
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
  }
  return { kind: 'invalid', text };
}

/** A date from a spreadsheet cell: a Date (exceljs gives date-formatted cells so), a serial or text. */
export function parseDateValue(value: Date | number | string): DateResult {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { kind: 'invalid', text: String(value) };
    const year = value.getUTCFullYear();
    return year >= 100 && year <= 9999 ? { kind: 'date', iso: isoFromUtc(ms) } : { kind: 'invalid', text: isoFromUtc(ms) };
  }
  if (typeof value === 'number') {
    if (yearNotDay(value)) return { kind: 'invalid', text: String(value) };
    const iso = excelSerialToIso(value);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: String(value) };
  }
  return parseDateText(value);
}
