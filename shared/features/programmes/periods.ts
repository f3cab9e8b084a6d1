import type { PeriodKind } from './types';

/** A reporting period: "2025" (year), "2025-Q2" (quarter) or "2025-04" (month), with its ISO days. */
export interface Period {
  key: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(year: number, first: number, last: number): [string, string] {
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDay(year, last))}`];
}

/**
 * Reads YYYY, YYYY-Qn or YYYY-MM; null when the text is none of them. A quarter may be written
 * with T (trimestre, as Portuguese and Spanish write it: 2025-T1); its key is always 2025-Q1.
 */
export function parsePeriod(text: string): Period | null {
  const key = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const [start, end] = monthSpan(y, 1, 12);
    return { key, kind: 'year', start, end };
  }
  m = /^(\d{4})-[QT]([1-4])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const [start, end] = monthSpan(y, q * 3 - 2, q * 3);
    return { key: `${y}-Q${q}`, kind: 'quarter', start, end };
  }
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const [start, end] = monthSpan(y, mo, mo);
    return { key, kind: 'month', start, end };
  }
  return null;
}

/** The period of a kind that holds an ISO date. */
export function periodOf(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${pad(month)}`;
}

/** Whether `inner` lies wholly inside `outer` (a quarter inside its year, a month inside its quarter). */
export function within(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Every period of a kind from the one holding `from` to the one holding `to` (ISO dates). */
export function periodsBetween(from: string, to: string, kind: PeriodKind): string[] {
  const out: string[] = [];
  let key = periodOf(from, kind);
  const last = periodOf(to, kind);
  for (let guard = 0; guard < 1200 && key <= last; guard++) {
    out.push(key);
    const p = parsePeriod(key);
    if (!p) break;
    const next = new Date(`${p.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    key = periodOf(next.toISOString().slice(0, 10), kind);
  }
  return out;
}

/** Orders period keys by their first day, then the longer first (2025 before 2025-Q1 before 2025-01). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  return pa.end === pb.end ? 0 : pa.end > pb.end ? -1 : 1;
}
