import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  earnedValue,
  isoOfDay,
  monthEnd,
  monthsBetween,
  plannedProgress,
  type MeasurementPoint,
  type PlannedWork,
} from '../../../shared/analysis/works/earned-value';
import { sCurve, type SCurvePoint } from '../../../shared/analysis/works/s-curve';

type Portfolio = { plan: PlannedWork; measurements: MeasurementPoint[] }[];

/** Sums of one month of the S-curve; actual: on or before the status month. */
type Sums = { month: string; date: string; actual: boolean; pv: number; ev: number; ac: number; committed: number };

/**
 * The S-curve by its definition: at every month's date (its end, the status date in the status
 * month), each work's planned % and latest measurement (`plannedProgress`, `earnedValue`: the grid's
 * figures), summed. months × works evaluations: the computation `sCurve` replaced.
 */
function naiveSCurve(works: Portfolio, statusDate: string): Sums[] {
  if (works.length === 0) return [];
  let first = works[0]?.plan.plannedStart ?? statusDate;
  let last = works[0]?.plan.plannedEnd ?? statusDate;
  for (const { plan, measurements } of works) {
    if (plan.plannedStart < first) first = plan.plannedStart;
    if (plan.plannedEnd > last) last = plan.plannedEnd;
    for (const m of measurements) if (m.date < first) first = m.date;
  }
  return monthsBetween(first, last).map((month) => {
    const end = monthEnd(month);
    const actual = month <= statusDate.slice(0, 7);
    const sums = { month, date: actual && end > statusDate ? statusDate : end, actual, pv: 0, ev: 0, ac: 0, committed: 0 };
    for (const w of works) {
      sums.pv += (plannedProgress(w.plan, sums.date) / 100) * w.plan.budgetPlanned;
      const e = earnedValue(w.plan, w.measurements, sums.date);
      sums.ev += e.ev;
      sums.ac += e.ac;
      sums.committed += e.committed;
    }
    return sums;
  });
}

const DAY0 = dayNumber('2023-01-01');
const day = (max: number) => fc.integer({ min: 0, max }).map((d) => isoOfDay(DAY0 + d));
// Money is 0 or at least R$ 1 (no subnormal budgets, whose shares of 100 % overflow).
const money = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 5e7, noNaN: true, noDefaultInfinity: true }));

/** A work: planned dates (an end on or after the start), maybe a monthly schedule (gaps, values past 0–100), measurements in any order. */
const work = fc
  .record({
    start: fc.integer({ min: 0, max: 1400 }),
    duration: fc.integer({ min: 0, max: 900 }),
    budget: money,
    schedule: fc.option(
      fc.array(fc.record({ step: fc.integer({ min: 1, max: 4 }), pct: fc.double({ min: -20, max: 120, noNaN: true }) }), {
        minLength: 1,
        maxLength: 14,
      }),
    ),
    scheduleFirst: fc.integer({ min: 0, max: 40 }),
    measurements: fc.uniqueArray(
      fc.record({ date: day(2000), physicalProgress: fc.double({ min: 0, max: 100, noNaN: true }), committed: money, disbursed: money }),
      { selector: (m) => m.date, maxLength: 20 },
    ),
  })
  .map(({ start, duration, budget, schedule, scheduleFirst, measurements }) => {
    let month = monthsBetween('2023-01-01', '2030-12-31')[scheduleFirst] ?? '2023-01';
    const months = (schedule ?? []).map(({ step, pct }, i) => {
      if (i > 0) month = monthsBetween(`${month}-01`, '2035-12-31')[step] ?? month;
      return { month, plannedProgress: pct };
    });
    return {
      plan: {
        budgetPlanned: budget,
        plannedStart: isoOfDay(DAY0 + start),
        plannedEnd: isoOfDay(DAY0 + start + duration),
        ...(schedule ? { schedule: months } : {}),
      },
      measurements,
    };
  });

function expectSame(fast: SCurvePoint[], naive: Sums[], works: Portfolio): void {
  expect(fast.map((p) => [p.month, p.date])).toEqual(naive.map((p) => [p.month, p.date]));
  // Sums in a different order: equal to rounding, measured against the portfolio's money and 100 %.
  const scale =
    1 + works.reduce((s, w) => s + w.plan.budgetPlanned + Math.max(0, ...w.measurements.map((m) => m.committed + m.disbursed)), 0);
  const bac = works.reduce((s, w) => s + w.plan.budgetPlanned, 0);
  const share = (x: number): number => (bac === 0 ? 0 : (x / bac) * 100);
  const close = (a: number | null, b: number, of: number) => expect(Math.abs((a ?? Number.NaN) - b)).toBeLessThanOrEqual(1e-9 * of);
  fast.forEach((p, k) => {
    const q = naive[k] as Sums;
    close(p.pv, q.pv, scale);
    close(p.planned, share(q.pv), (100 * scale) / Math.max(1, bac));
    if (!q.actual) {
      expect([p.ev, p.ac, p.committed, p.physical, p.financial]).toEqual([null, null, null, null, null]);
      return;
    }
    close(p.ev, q.ev, scale);
    close(p.ac, q.ac, scale);
    close(p.committed, q.committed, scale);
    close(p.physical, share(q.ev), (100 * scale) / Math.max(1, bac));
    close(p.financial, share(q.ac), (100 * scale) / Math.max(1, bac));
  });
}

describe('S-curve: steps in difference arrays = every work at every month', () => {
  it('random portfolios (schedules, clamped schedule values, zero budgets, measurements out of order and after the status date)', () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 12 }), day(2200), (works, statusDate) => {
        expectSame(sCurve(works, statusDate), naiveSCurve(works, statusDate), works);
      }),
      { numRuns: 200 },
    );
  });

  it('a work planned on one day: 0 % before it, 100 % from that day', () => {
    const works = [{ plan: { budgetPlanned: 500, plannedStart: '2025-03-31', plannedEnd: '2025-03-31' }, measurements: [] }];
    expect(sCurve(works, '2025-12-31').map((p) => p.planned)).toEqual([100]);
    const two = [...works, { plan: { budgetPlanned: 500, plannedStart: '2025-02-01', plannedEnd: '2025-02-28' }, measurements: [] }];
    expect(sCurve(two, '2025-12-31').map((p) => [p.month, p.planned])).toEqual([
      ['2025-02', 50],
      ['2025-03', 100],
    ]);
  });

  it('a schedule with a gap is straight between its month ends; the status month is read at the status date', () => {
    // Jan 10 %, Apr 40 %: Feb and Mar on the line from Jan 31 (10 %) to Apr 30 (40 %), 89 days.
    const plan = {
      budgetPlanned: 1_000,
      plannedStart: '2025-01-01',
      plannedEnd: '2025-04-30',
      schedule: [
        { month: '2025-01', plannedProgress: 10 },
        { month: '2025-04', plannedProgress: 40 },
      ],
    };
    const measurements = [
      { date: '2025-03-20', physicalProgress: 30, committed: 600, disbursed: 200 },
      { date: '2025-02-10', physicalProgress: 12, committed: 300, disbursed: 100 },
    ];
    const points = sCurve([{ plan, measurements }], '2025-03-15');
    expect(points.map((p) => p.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-15', '2025-04-30']);
    expect(points[0]?.planned).toBeCloseTo(10, 10);
    expect(points[1]?.planned).toBeCloseTo(10 + (30 * 28) / 89, 10);
    expect(points[2]?.planned).toBeCloseTo(10 + (30 * 43) / 89, 10);
    expect(points[3]?.planned).toBeCloseTo(40, 10);
    // The March measurement is after the status date: March still shows February's.
    expect(points.map((p) => p.physical)).toEqual([0, 12, 12, null]);
    expect(points.map((p) => p.committed)).toEqual([0, 300, 300, null]);
  });
});
