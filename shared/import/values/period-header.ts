import { headerKey } from './text';

/** A reporting period a column header names: a month, a quarter or a year. */
export interface HeaderPeriod {
  kind: 'month' | 'quarter' | 'year';
  /** "2025-01", "2025-Q1" or "2025" (the keys programme targets use). */
  key: string;
  /** The period's first and last day (ISO): a measurement of the period is dated on its last day. */
  start: string;
  end: string;
  /** What the header says before the period (a group label such as "Avanço físico (%)"), as headerKey writes it. */
  label: string;
}

/** Month names and abbreviations in Portuguese, English and Spanish, as headerKey writes them. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'janeiro', 'january', 'enero', 'ene'],
  ['fev', 'fevereiro', 'feb', 'february', 'febrero'],
  ['mar', 'marco', 'march', 'marzo'],
  ['abr', 'abril', 'apr', 'april'],
  ['mai', 'maio', 'may', 'mayo'],
  ['jun', 'junho', 'june', 'junio'],
  ['jul', 'julho', 'july', 'julio'],
  ['ago', 'agosto', 'aug', 'august'],
  ['set', 'setembro', 'sep', 'sept', 'september', 'septiembre', 'setiembre'],
  ['out', 'outubro', 'oct', 'october', 'octubre'],
  ['nov', 'novembro', 'november', 'noviembre'],
  ['dez', 'dezembro', 'dec', 'december', 'dic', 'diciembre'],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const QUARTER_WORD = '(?:t|tri|trim|trimestre|q|quarter|qtr)';

/** Numbers joined by "/", "-" or "." at the end of the header. */
const NUMERIC_PERIOD = /\d\s*[/.-]\s*\d{1,4}$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function fullYear(text: string): number | null {
  const n = Number(text);
  const year = text.length === 2 ? 2000 + n : n;
  return year >= 1900 && year <= 2200 ? year : null;
}

function span(kind: HeaderPeriod['kind'], key: string, year: number, first: number, last: number, label: string): HeaderPeriod {
  return { kind, key, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`, label };
}

function month(yearText: string, monthNumber: number, label: string): HeaderPeriod | null {
  const year = fullYear(yearText);
  if (year === null || !(monthNumber >= 1 && monthNumber <= 12)) return null;
  return span('month', `${year}-${pad(monthNumber)}`, year, monthNumber, monthNumber, label);
}

function quarter(yearText: string, q: number, label: string): HeaderPeriod | null {
  const year = fullYear(yearText);
  if (year === null || !(q >= 1 && q <= 4)) return null;
  return span('quarter', `${year}-Q${q}`, year, q * 3 - 2, q * 3, label);
}

type Reader = [RegExp, (m: RegExpExecArray, label: string) => HeaderPeriod | null, numeric?: 'numeric'];

/**
 * The forms read, each at the end of the header (a group label may come before it). The header is
 * first written as headerKey writes it: "Jan/2025" → "jan 2025", "2025-01" → "2025 01".
 */
const READERS: readonly Reader[] = [
  // A date written in the header cell (Excel month headers are often dates): its month.
  [/(?:^| )(\d{4}) (\d{1,2}) (\d{1,2})$/, (m, l) => month(m[1] ?? '', Number(m[2]), l), 'numeric'],
  [/(?:^| )(\d{1,2}) (\d{1,2}) (\d{4})$/, (m, l) => month(m[3] ?? '', Number(m[2]), l), 'numeric'],
  [new RegExp(`(?:^| )${MONTH}(?: de| del| of)? (\\d{4}|\\d{2})$`), (m, l) => month(m[2] ?? '', MONTH_BY_NAME.get(m[1] ?? '') ?? 0, l)],
  [new RegExp(`(?:^| )(\\d{4}) ${MONTH}$`), (m, l) => month(m[1] ?? '', MONTH_BY_NAME.get(m[2] ?? '') ?? 0, l)],
  [/(?:^| )(\d{4}) (\d{1,2})$/, (m, l) => month(m[1] ?? '', Number(m[2]), l), 'numeric'],
  [/(?:^| )(\d{1,2}) (\d{4})$/, (m, l) => month(m[2] ?? '', Number(m[1]), l), 'numeric'],
  [new RegExp(`(?:^| )(\\d{4}) ?${QUARTER_WORD} ?([1-4])$`), (m, l) => quarter(m[1] ?? '', Number(m[2]), l)],
  [new RegExp(`(?:^| )${QUARTER_WORD} ?([1-4])(?: de| del| of)? (\\d{4}|\\d{2})$`), (m, l) => quarter(m[2] ?? '', Number(m[1]), l)],
  [new RegExp(`(?:^| )([1-4]) ?o? ?${QUARTER_WORD}(?: de| del| of)? (\\d{4}|\\d{2})$`), (m, l) => quarter(m[2] ?? '', Number(m[1]), l)],
  [
    /(?:^| )(\d{4})$/,
    (m, l) => {
      const year = fullYear(m[1] ?? '');
      return year === null ? null : span('year', String(year), year, 1, 12, l);
    },
  ],
];

/**
 * The period a column header names, in Portuguese, English or Spanish: "jan/2025", "Jan 25",
 * "janeiro de 2025", "enero 2025", "01/2025", "2025-01", "2025-01-01" (a date: its month),
 * "1º trimestre 2025", "T1/2025", "2025-Q1", or a year "2025". A group label may precede it
 * ("Avanço físico (%) jan/2025"). Two-digit years are 20xx. Null when the header names no period.
 */
export function parsePeriodHeader(header: string): HeaderPeriod | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const [re, read, numeric] of READERS) {
    const m = re.exec(key);
    if (!m) continue;
    // Numbers side by side are a period only when written as one ("03/2025", "2025-03"), not "Lote 3 2025".
    if (numeric && !NUMERIC_PERIOD.test(header.trim())) continue;
    const label = key.slice(0, m.index).trim();
    // A label that ends in digits ("Lote 3 2025") is not a group label: the header is something else.
    if (/\d$/.test(label)) return null;
    const found = read(m, label);
    if (found) return found;
  }
  return null;
}
