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

const ZERO = 48;
const digitAt = (iso: string, i: number): number => {
  const d = iso.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};

/**
 * Days since 1970-01-01 of an ISO date (YYYY-MM-DD, years 100–9999); NaN when it is not one. Read
 * from the digits with the civil-calendar arithmetic of H. Hinnant's `days_from_civil` (no regex, no
 * Date object): the S-curve and the portfolio rows read two dates of every work.
 */
export function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const y = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const m = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const d = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  // NaN fails every comparison: a non-digit anywhere ends here too. Years below 100 were never dates here (Date.UTC reads them as 19xx).
  if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return Number.NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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

/** `plannedProgress` of one work as a function of the day number, with the work's dates read once. */
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

/** The last day a date can be (an ISO date has four digits of year). */
const LAST_DAY = dayNumber('9999-12-31');

/**
 * Forecast end, PMI's simple time estimate: planned duration / SPI from the planned start
 * (SPI ≤ 0 or unknown: no forecast; finished works end when they ended). A forecast past year 9999
 * (a tiny SPI: 0.00001 % measured) or from dates that are no dates is no forecast either: it was
 * a "+051234-05" date, and past year 275760 an error that took the whole portfolio down.
 */
export function forecastEnd(work: PlannedWork, spi: number | null, actualEnd: string | null = null): string | null {
  if (actualEnd) return actualEnd;
  if (spi === null || spi <= 0) return null;
  const day = dayNumber(work.plannedStart) + Math.round(daysBetween(work.plannedStart, work.plannedEnd) / spi);
  return Number.isFinite(day) && day <= LAST_DAY ? isoOfDay(day) : null;
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
