import { dateCellDay } from './date';
import { cleanText } from './text';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export type YearResult = { kind: 'year'; year: number } | { kind: 'empty' } | { kind: 'invalid'; text: string };

/**
 * A year from a cell that may hold a number (2019), text ("2019", "2019.0", "Ano 2019") or a date
 * (its year). The range is the workspace's (1900–2200).
 */
export function parseYear(value: string | number | Date | boolean | null): YearResult {
  if (value === null) return { kind: 'empty' };
  let year: number;
  if (value instanceof Date) year = Number(dateCellDay(value).iso.slice(0, 4));
  else if (typeof value === 'number') year = value;
  else if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  else {
    const text = cleanText(value);
    if (text === '') return { kind: 'empty' };
    const m = /^(?:ano[:\s]*)?(\d{4})(?:[.,]0+)?$/i.exec(text);
    if (!m) return { kind: 'invalid', text };
    year = Number(m[1]);
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return { kind: 'invalid', text: String(value) };
  return { kind: 'year', year };
}

/** A year written in a header: "2019", "POP22", "POP2022", "Ano 2010", "jobs_2020". Two digits: 00–49 → 20xx. */
export function yearInHeader(header: string): number | null {
  const text = cleanText(header);
  const four = /(?:^|[^\d])((?:19|20|21)\d{2})$/.exec(text) ?? /^((?:19|20|21)\d{2})(?:[^\d]|$)/.exec(text);
  if (four) return Number(four[1]);
  const two = /^[A-Za-z]{2,8}[_\s-]?(\d{2})$/.exec(text);
  if (two) {
    const yy = Number(two[1]);
    return (yy < 50 ? 2000 : 1900) + yy;
  }
  return null;
}
