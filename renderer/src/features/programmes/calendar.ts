import type { Action } from '../../../../shared/features/programmes/types';

export interface CalendarDay {
  /** ISO date; null for the blanks before the first day and after the last. */
  date: string | null;
  actions: Action[];
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The weeks of a month (Sunday first, as Brazilian calendars), each day with the actions held on it:
 * an action shows on every day from its start to its end (its start alone when it has no end).
 */
export function monthWeeks(month: string, actions: readonly Action[]): CalendarDay[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const cells: CalendarDay[] = Array.from({ length: first.getUTCDay() }, () => ({ date: null, actions: [] }));
  for (let d = 1; d <= days; d++) {
    const date = iso(new Date(Date.UTC(year, m - 1, d)));
    cells.push({ date, actions: actions.filter((a) => a.startDate <= date && (a.endDate ?? a.startDate) >= date) });
  }
  while (cells.length % 7 !== 0) cells.push({ date: null, actions: [] });
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Every month key (YYYY-MM) from `first` to `last`, both included, in order. */
export function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The months (YYYY-MM) from the first action's start to the last action's end, in order. */
export function actionMonths(actions: readonly Action[]): string[] {
  if (actions.length === 0) return [];
  const first = actions.reduce((min, a) => (a.startDate < min ? a.startDate : min), actions[0]?.startDate ?? '');
  const last = actions.reduce((max, a) => ((a.endDate ?? a.startDate) > max ? (a.endDate ?? a.startDate) : max), '');
  return monthsFrom(first.slice(0, 7), last.slice(0, 7));
}
