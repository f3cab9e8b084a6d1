/**
 * Earned value of works (PMI, *Practice Standard for Earned Value Management*, 2nd ed., 2011):
 * EV = physical % × BAC, PV = planned % × BAC, AC = disbursed, SPI = EV/PV, CPI = EV/AC,
 * SV = EV − PV, CV = EV − AC. Pure functions on ISO dates (YYYY-MM-DD), counted in whole days (UTC),
 * so a result never depends on the machine's time zone.
 */

export interface PlannedWork {
  budgetPlanned: number;
  plannedStart: string;
  plannedEnd: string;
  /** Cumulative planned % at the end of each month (YYYY-MM), ascending; empty: linear in days. */
  schedule?: readonly { month: string; plannedProgress: number }[];
}

export interface MeasurementPoint {
  date: string;
  physicalProgress: number;
  committed: number;
  disbursed: number;
}

export interface EarnedValue {
  plannedProgress: number;
  physicalProgress: number;
  committed: number;
  disbursed: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  /** Empty (null) when PV is 0: nothing was planned yet. */
  spi: number | null;
  /** Empty (null) when AC is 0: nothing was spent yet. */
  cpi: number | null;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; NaN when it is not one. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return t / DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** The last day of a month given as YYYY-MM. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoOfDay(Date.UTC(y, m, 0) / DAY);
}

function clampPct(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** % of planned_start→planned_end elapsed at the status date, in days, clamped to 0–100. */
export function linearPlannedProgress(plannedStart: string, plannedEnd: string, statusDate: string): number {
  const start = dayNumber(plannedStart);
  const end = dayNumber(plannedEnd);
  const at = dayNumber(statusDate);
  if (end <= start) return at >= end ? 100 : 0;
  return clampPct(((at - start) / (end - start)) * 100);
}

/**
 * Planned % at the status date: the monthly schedule when there is one (cumulative at each month's
 * end, straight lines between month ends, 0 at the day before the first month), else linear in days.
 */
export function plannedProgress(work: PlannedWork, statusDate: string): number {
  return plannedCurve(work)(dayNumber(statusDate));
}

/**
 * `plannedProgress` of one work as a function of the day number, with the work's dates read once:
 * the S-curve asks it for every month of every work of a portfolio.
 */
export function plannedCurve(work: PlannedWork): (at: number) => number {
  const schedule = work.schedule ?? [];
  if (schedule.length === 0) {
    const start = dayNumber(work.plannedStart);
    const end = dayNumber(work.plannedEnd);
    if (end <= start) return (at) => (at >= end ? 100 : 0);
    return (at) => clampPct(((at - start) / (end - start)) * 100);
  }
  const first = schedule[0];
  if (!first) return () => 0;
  const start = dayNumber(`${first.month}-01`) - 1;
  const points = schedule.map((p) => ({ day: dayNumber(monthEnd(p.month)), pct: p.plannedProgress }));
  return (at) => {
    let prevDay = start;
    let prevPct = 0;
    for (const point of points) {
      if (at <= point.day) {
        if (at <= prevDay) return clampPct(prevPct);
        return clampPct(prevPct + ((point.pct - prevPct) * (at - prevDay)) / (point.day - prevDay));
      }
      prevDay = point.day;
      prevPct = point.pct;
    }
    return clampPct(prevPct);
  };
}

/** The latest measurement on or before the status date (measurements in any order), or null. */
export function latestMeasurement<M extends MeasurementPoint>(measurements: readonly M[], statusDate: string): M | null {
  let best: M | null = null;
  for (const m of measurements) if (m.date <= statusDate && (!best || m.date > best.date)) best = m;
  return best;
}

/** EV, PV, AC, SPI and CPI of one work at the status date (no measurement yet: 0 done, 0 spent). */
export function earnedValue(work: PlannedWork, measurements: readonly MeasurementPoint[], statusDate: string): EarnedValue {
  const latest = latestMeasurement(measurements, statusDate);
  const planned = plannedProgress(work, statusDate);
  const physical = latest?.physicalProgress ?? 0;
  const bac = work.budgetPlanned;
  const ev = (physical / 100) * bac;
  const pv = (planned / 100) * bac;
  const ac = latest?.disbursed ?? 0;
  return {
    plannedProgress: planned,
    physicalProgress: physical,
    committed: latest?.committed ?? 0,
    disbursed: ac,
    pv,
    ev,
    ac,
    sv: ev - pv,
    cv: ev - ac,
    spi: pv === 0 ? null : ev / pv,
    cpi: ac === 0 ? null : ev / ac,
  };
}

/**
 * Forecast end, PMI's simple time estimate: planned duration / SPI from the planned start
 * (SPI ≤ 0 or unknown: no forecast; finished works end when they ended).
 */
export function forecastEnd(work: PlannedWork, spi: number | null, actualEnd: string | null = null): string | null {
  if (actualEnd) return actualEnd;
  if (spi === null || spi <= 0) return null;
  const duration = daysBetween(work.plannedStart, work.plannedEnd);
  return addDays(work.plannedStart, Math.round(duration / spi));
}

/** Every month (YYYY-MM) from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

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

/**
 * S-curves by month for one work or a portfolio: cumulative planned, physical and financial progress
 * as shares of the total budget at each month's end. Actual curves stop at the status date.
 */
export function sCurve(
  works: readonly { plan: PlannedWork; measurements: readonly MeasurementPoint[] }[],
  statusDate: string,
): SCurvePoint[] {
  if (works.length === 0) return [];
  let first = works[0]?.plan.plannedStart ?? statusDate;
  let last = works[0]?.plan.plannedEnd ?? statusDate;
  for (const w of works) {
    if (w.plan.plannedStart < first) first = w.plan.plannedStart;
    if (w.plan.plannedEnd > last) last = w.plan.plannedEnd;
    for (const m of w.measurements) if (m.date < first) first = m.date;
  }
  const bac = works.reduce((s, w) => s + w.plan.budgetPlanned, 0);
  const share = (x: number): number => (bac === 0 ? 0 : (x / bac) * 100);
  // Measurements sorted once per work, walked with a cursor as months advance: O(works × months).
  const byDate = (a: MeasurementPoint, b: MeasurementPoint): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const inOrder = (list: readonly MeasurementPoint[]): boolean => list.every((m, k) => k === 0 || (list[k - 1]?.date ?? '') <= m.date);
  // The workspace hands them over by date already: copied and sorted only when they are not.
  const sorted = works.map((w) => (inOrder(w.measurements) ? w.measurements : [...w.measurements].sort(byDate)));
  const planned = works.map((w) => plannedCurve(w.plan));
  const budgets = works.map((w) => w.plan.budgetPlanned);
  const n = works.length;
  const cursor = new Array<number>(n).fill(-1);
  const points: SCurvePoint[] = [];
  for (const month of monthsBetween(first, last)) {
    const end = monthEnd(month);
    const actual = month <= statusDate.slice(0, 7);
    const date = actual && end > statusDate ? statusDate : end;
    const day = dayNumber(date);
    let pv = 0;
    let ev = 0;
    let ac = 0;
    let committed = 0;
    // A plain loop over typed-once arrays: this runs months × works times (180,000 for 5,000 works over 3 years).
    for (let i = 0; i < n; i++) {
      const budget = budgets[i] as number;
      pv += ((planned[i] as (at: number) => number)(day) / 100) * budget;
      if (!actual) continue;
      const list = sorted[i] as readonly MeasurementPoint[];
      let c = cursor[i] as number;
      while (c + 1 < list.length && (list[c + 1] as MeasurementPoint).date <= date) c++;
      cursor[i] = c;
      if (c >= 0) {
        const m = list[c] as MeasurementPoint;
        ev += (m.physicalProgress / 100) * budget;
        ac += m.disbursed;
        committed += m.committed;
      }
    }
    points.push({
      month,
      date,
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

/** How far a plan moved from a baseline: + days = later, budget change in money. */
export function slip(
  baseline: { plannedStart: string; plannedEnd: string; budgetPlanned: number },
  current: { plannedStart: string; plannedEnd: string; budgetPlanned: number },
): { startDays: number; endDays: number; budgetChange: number } {
  return {
    startDays: daysBetween(baseline.plannedStart, current.plannedStart),
    endDays: daysBetween(baseline.plannedEnd, current.plannedEnd),
    budgetChange: current.budgetPlanned - baseline.budgetPlanned,
  };
}
