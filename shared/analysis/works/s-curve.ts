import { dayNumber, monthEnd, monthsBetween, type MeasurementPoint, type PlannedWork } from './earned-value';

export interface SCurvePoint {
  month: string;
  /** The month's last day, or the status date in the status month. */
  date: string;
  /** Σ PV / Σ BAC, in %. */
  planned: number;
  /** Σ EV / Σ BAC (physical), in %; null after the status date. */
  physical: number | null;
  /** Σ AC / Σ BAC (financial), in %; null after the status date. */
  financial: number | null;
  pv: number;
  ev: number | null;
  ac: number | null;
  committed: number | null;
}

/** Months since year 0 of an ISO date or YYYY-MM, read from its digits (no Date, no regex). */
function monthNumber(iso: string): number {
  const c = (i: number): number => iso.charCodeAt(i) - 48;
  return (c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3)) * 12 + c(5) * 10 + c(6) - 1;
}

/** The first index whose day is above `x` (`strict`) or at least `x`, in ascending `days`; days.length when none. */
function firstIndex(days: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid] as number;
    if (strict ? d > x : d >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const clampPct = (x: number): number => Math.min(100, Math.max(0, x));

/**
 * Planned value by month as lines in the day: PV(k) = slope(k) × day(k) + level(k), where each work
 * adds its pieces over ranges of months through difference arrays (added at the range's first month,
 * taken back after its last). A work costs its schedule's length, not the portfolio's months.
 */
class PlannedAccumulator {
  private readonly slope: Float64Array;
  private readonly level: Float64Array;
  /** Values added month by month: the rare piece whose straight line must be clamped to 0–100 %. */
  private readonly direct: Float64Array;

  constructor(private readonly days: Float64Array) {
    this.slope = new Float64Array(days.length + 1);
    this.level = new Float64Array(days.length + 1);
    this.direct = new Float64Array(days.length);
  }

  /** Months with a day in (fromDay, toDay) follow the straight line from (fromDay, fromValue) to (toDay, toValue), in money. */
  private line(fromDay: number, fromValue: number, toDay: number, toValue: number): void {
    const k0 = firstIndex(this.days, fromDay, true);
    const k1 = firstIndex(this.days, toDay, false);
    if (k0 >= k1) return;
    const a = (toValue - fromValue) / (toDay - fromDay);
    const b = fromValue - a * fromDay;
    this.slope[k0] = (this.slope[k0] as number) + a;
    this.slope[k1] = (this.slope[k1] as number) - a;
    this.level[k0] = (this.level[k0] as number) + b;
    this.level[k1] = (this.level[k1] as number) - b;
  }

  /** The month whose day is `day`, if there is one, holds `value` (money) more. */
  private at(day: number, value: number): void {
    const k = firstIndex(this.days, day, false);
    if (this.days[k] === day) this.direct[k] = (this.direct[k] as number) + value;
  }

  /** Months from the first whose day is at least (`strict`: above) `day` hold `value` (money). */
  private from(day: number, value: number, strict: boolean): void {
    const k = firstIndex(this.days, day, strict);
    this.level[k] = (this.level[k] as number) + value;
  }

  /** Planned % straight in days from start to end (an end not after the start: 100 % from the end). */
  linear(budget: number, start: number, end: number): void {
    if (end > start) this.line(start, 0, end, budget);
    this.from(end, budget, false);
  }

  /**
   * A monthly schedule: cumulative % at each month's end, straight between month ends, 0 the day before
   * the first month, the last value after the last month (as `plannedCurve`).
   */
  schedule(budget: number, points: readonly { day: number; pct: number }[], start: number): void {
    let prevDay = start;
    let prevPct = 0;
    for (const { day, pct } of points) {
      if (day > prevDay) {
        // Inside the piece a line (clamped month by month when it leaves 0–100 %); at its month's end the value itself.
        if (prevPct >= 0 && prevPct <= 100 && pct >= 0 && pct <= 100)
          this.line(prevDay, (prevPct / 100) * budget, day, (pct / 100) * budget);
        else this.clamped(budget, prevDay, prevPct, day, pct);
        this.at(day, (clampPct(pct) / 100) * budget);
      }
      prevDay = day;
      prevPct = pct;
    }
    this.from(prevDay, (clampPct(prevPct) / 100) * budget, true);
  }

  /** `line` for a piece whose values leave 0–100 %: each month inside (fromDay, toDay) clamped. */
  private clamped(budget: number, fromDay: number, fromPct: number, toDay: number, toPct: number): void {
    const k1 = firstIndex(this.days, toDay, false);
    for (let k = firstIndex(this.days, fromDay, true); k < k1; k++) {
      const at = this.days[k] as number;
      const pct = clampPct(fromPct + ((toPct - fromPct) * (at - fromDay)) / (toDay - fromDay));
      this.direct[k] = (this.direct[k] as number) + (pct / 100) * budget;
    }
  }

  /** PV of every month. */
  values(): Float64Array {
    const out = new Float64Array(this.days.length);
    let a = 0;
    let b = 0;
    for (let k = 0; k < out.length; k++) {
      a += this.slope[k] as number;
      b += this.level[k] as number;
      out[k] = a * (this.days[k] as number) + b + (this.direct[k] as number);
    }
    return out;
  }
}

const byDate = (a: MeasurementPoint, b: MeasurementPoint): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
function inOrder(list: readonly MeasurementPoint[]): boolean {
  for (let k = 1; k < list.length; k++) if ((list[k - 1] as MeasurementPoint).date > (list[k] as MeasurementPoint).date) return false;
  return true;
}

/**
 * S-curves by month for one work or a portfolio: cumulative planned, physical and financial progress
 * as shares of the total budget at each month's end (the status date in its month). Actual curves
 * stop at the status date.
 *
 * Each work only says where its values change: its planned line's pieces (a start and an end, or its
 * schedule's months) and its measurements, each a step in the month it was taken (the last of a
 * month wins). Steps go into difference arrays over the months, one pass of running sums reads the
 * curve: O(works + measurements + months) instead of evaluating every work at every month. Same
 * figures as `earnedValue` summed over the works at each month's date (to rounding; test/unit/works).
 */
export function sCurve(
  works: readonly { plan: PlannedWork; measurements: readonly MeasurementPoint[] }[],
  statusDate: string,
): SCurvePoint[] {
  if (works.length === 0) return [];
  // The workspace hands measurements over by date already: copied and sorted only when they are not.
  const lists = works.map((w) => (inOrder(w.measurements) ? w.measurements : [...w.measurements].sort(byDate)));
  // From the earliest planned start or measurement to the latest planned end.
  let first = works[0]?.plan.plannedStart ?? statusDate;
  let last = works[0]?.plan.plannedEnd ?? statusDate;
  works.forEach(({ plan }, i) => {
    if (plan.plannedStart < first) first = plan.plannedStart;
    if (plan.plannedEnd > last) last = plan.plannedEnd;
    const earliest = lists[i]?.[0]?.date;
    if (earliest !== undefined && earliest < first) first = earliest;
  });
  const months = monthsBetween(first, last);
  const count = months.length;
  const firstMonth = monthNumber(months[0] ?? first);
  const statusMonth = monthNumber(statusDate) - firstMonth;
  // Days counted from the first month's start: small numbers keep the lines' arithmetic exact enough.
  const origin = dayNumber(`${months[0] ?? first.slice(0, 7)}-01`);
  const dates = months.map((month, k) => {
    const end = monthEnd(month);
    return k <= statusMonth && end > statusDate ? statusDate : end;
  });
  const days = Float64Array.from(dates, (date) => dayNumber(date) - origin);

  const planned = new PlannedAccumulator(days);
  // Measurement steps by month (index count: after the curve's last month, never read).
  const evStep = new Float64Array(count + 1);
  const acStep = new Float64Array(count + 1);
  const committedStep = new Float64Array(count + 1);
  let bac = 0;
  // Plain loops in one function (not a callback per work): the engine optimizes the whole pass while it runs.
  for (let i = 0; i < works.length; i++) {
    const plan = (works[i] as (typeof works)[number]).plan;
    const budget = plan.budgetPlanned;
    bac += budget;
    const schedule = plan.schedule ?? [];
    const firstScheduled = schedule[0];
    if (!firstScheduled) planned.linear(budget, dayNumber(plan.plannedStart) - origin, dayNumber(plan.plannedEnd) - origin);
    else
      planned.schedule(
        budget,
        schedule.map((p) => ({ day: dayNumber(monthEnd(p.month)) - origin, pct: p.plannedProgress })),
        dayNumber(`${firstScheduled.month}-01`) - origin - 1,
      );
    let ev = 0;
    let ac = 0;
    let committed = 0;
    const list = lists[i] as readonly MeasurementPoint[];
    for (let j = 0; j < list.length; j++) {
      const m = list[j] as MeasurementPoint;
      if (m.date > statusDate) break;
      const k = Math.min(count, monthNumber(m.date) - firstMonth);
      const nextEv = (m.physicalProgress / 100) * budget;
      evStep[k] = (evStep[k] as number) + (nextEv - ev);
      acStep[k] = (acStep[k] as number) + (m.disbursed - ac);
      committedStep[k] = (committedStep[k] as number) + (m.committed - committed);
      ev = nextEv;
      ac = m.disbursed;
      committed = m.committed;
    }
  }

  const pvs = planned.values();
  const share = (x: number): number => (bac === 0 ? 0 : (x / bac) * 100);
  const points: SCurvePoint[] = [];
  let ev = 0;
  let ac = 0;
  let committed = 0;
  for (let k = 0; k < count; k++) {
    const actual = k <= statusMonth;
    ev += evStep[k] as number;
    ac += acStep[k] as number;
    committed += committedStep[k] as number;
    const pv = pvs[k] as number;
    points.push({
      month: months[k] as string,
      date: dates[k] as string,
      planned: share(pv),
      physical: actual ? share(ev) : null,
      financial: actual ? share(ac) : null,
      pv,
      ev: actual ? ev : null,
      ac: actual ? ac : null,
      committed: actual ? committed : null,
    });
  }
  return points;
}
