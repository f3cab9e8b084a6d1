import { earnedValue, forecastEnd } from '../../analysis/works/earned-value';
import { sCurve, type SCurvePoint } from '../../analysis/works/s-curve';
import type { Measurement, PortfolioRow, ScheduleMonth, Work, WorkHealth } from './types';

/** Below this SPI a work in progress counts as late (5 % behind its plan). */
export const LATE_SPI = 0.95;

/**
 * The colour of a work: its status when that says it all (paralysed, completed, cancelled, not
 * started), otherwise late when its SPI is under LATE_SPI or its planned end has passed unfinished.
 */
export function healthOf(
  work: Pick<Work, 'status' | 'plannedEnd'>,
  spi: number | null,
  physicalProgress: number,
  statusDate: string,
): WorkHealth {
  if (work.status === 'paralysed') return 'paralysed';
  if (work.status === 'completed' || physicalProgress >= 100) return 'completed';
  if (work.status === 'cancelled') return 'cancelled';
  if (statusDate > work.plannedEnd) return 'late';
  if (spi !== null && spi < LATE_SPI) return 'late';
  if ((work.status === 'planned' || work.status === 'tendering') && physicalProgress === 0 && spi === null) return 'not-started';
  return 'on-schedule';
}

export interface PortfolioInput {
  works: readonly Work[];
  measurements: ReadonlyMap<number, readonly Measurement[]>;
  schedules: ReadonlyMap<number, readonly ScheduleMonth[]>;
}

export function groupMeasurements(list: readonly Measurement[]): Map<number, Measurement[]> {
  const map = new Map<number, Measurement[]>();
  for (const m of list) {
    const l = map.get(m.workId);
    if (l) l.push(m);
    else map.set(m.workId, [m]);
  }
  return map;
}

/** The portfolio at a status date: one row per work with its earned value (same figures as the CLI). */
export function portfolioRows(input: PortfolioInput, statusDate: string): PortfolioRow[] {
  return input.works.map((w) => {
    const plan = {
      budgetPlanned: w.budgetPlanned,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      schedule: input.schedules.get(w.id) ?? [],
    };
    const measurements = input.measurements.get(w.id) ?? [];
    const ev = earnedValue(plan, measurements, statusDate);
    const last = measurements
      .filter((m) => m.date <= statusDate)
      .reduce<string | null>((a, m) => (a === null || m.date > a ? m.date : a), null);
    return {
      id: w.id,
      siteId: w.siteId,
      siteCode: w.siteCode,
      siteName: w.siteName,
      workCode: w.code,
      title: w.title,
      category: w.category,
      fundingSource: w.fundingSource,
      status: w.status,
      health: healthOf(w, ev.spi, ev.physicalProgress, statusDate),
      budgetPlanned: w.budgetPlanned,
      committed: ev.committed,
      disbursed: ev.disbursed,
      physicalProgress: ev.physicalProgress,
      plannedProgress: ev.plannedProgress,
      ev: ev.ev,
      pv: ev.pv,
      ac: ev.ac,
      spi: ev.spi,
      cpi: ev.cpi,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      actualStart: w.actualStart,
      actualEnd: w.actualEnd,
      forecastEnd: ev.physicalProgress >= 100 ? (w.actualEnd ?? last) : forecastEnd(plan, ev.spi, w.actualEnd),
      lastMeasurement: last,
      illustrative: w.illustrative,
    };
  });
}

/** The S-curve of some works (one, a district, the whole portfolio). */
export function portfolioSCurve(input: PortfolioInput, statusDate: string, workIds?: ReadonlySet<number>): SCurvePoint[] {
  const works = input.works.filter((w) => !workIds || workIds.has(w.id));
  return sCurve(
    works.map((w) => ({
      plan: {
        budgetPlanned: w.budgetPlanned,
        plannedStart: w.plannedStart,
        plannedEnd: w.plannedEnd,
        schedule: input.schedules.get(w.id) ?? [],
      },
      measurements: input.measurements.get(w.id) ?? [],
    })),
    statusDate,
  );
}

export interface DistrictSummary {
  siteId: number;
  siteCode: string;
  siteName: string;
  works: number;
  late: number;
  paralysed: number;
  completed: number;
  budgetPlanned: number;
  committed: number;
  disbursed: number;
  ev: number;
  pv: number;
  /** Σ EV / Σ BAC, in %. */
  physicalProgress: number;
  spi: number | null;
  cpi: number | null;
}

/** Per-district totals of portfolio rows (the workbook's summary, the district profile). */
export function districtSummaries(rows: readonly PortfolioRow[]): DistrictSummary[] {
  const map = new Map<number, DistrictSummary>();
  for (const r of rows) {
    let s = map.get(r.siteId);
    if (!s) {
      s = {
        siteId: r.siteId,
        siteCode: r.siteCode,
        siteName: r.siteName,
        works: 0,
        late: 0,
        paralysed: 0,
        completed: 0,
        budgetPlanned: 0,
        committed: 0,
        disbursed: 0,
        ev: 0,
        pv: 0,
        physicalProgress: 0,
        spi: null,
        cpi: null,
      };
      map.set(r.siteId, s);
    }
    s.works++;
    if (r.health === 'late') s.late++;
    if (r.health === 'paralysed') s.paralysed++;
    if (r.health === 'completed') s.completed++;
    s.budgetPlanned += r.budgetPlanned;
    s.committed += r.committed;
    s.disbursed += r.disbursed;
    s.ev += r.ev;
    s.pv += r.pv;
  }
  for (const s of map.values()) {
    s.physicalProgress = s.budgetPlanned === 0 ? 0 : (s.ev / s.budgetPlanned) * 100;
    s.spi = s.pv === 0 ? null : s.ev / s.pv;
    s.cpi = s.disbursed === 0 ? null : s.ev / s.disbursed;
  }
  return [...map.values()].sort((a, b) => a.siteName.localeCompare(b.siteName, 'pt-BR'));
}
