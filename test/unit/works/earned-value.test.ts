import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  earnedValue,
  forecastEnd,
  isoOfDay,
  linearPlannedProgress,
  monthsBetween,
  plannedProgress,
  slip,
} from '../../../shared/analysis/works/earned-value';
import { sCurve } from '../../../shared/analysis/works/s-curve';
import { checkMeasurementSequence } from '../../../shared/features/works/measurement-rules';
import { healthOf } from '../../../shared/features/works/portfolio';

/**
 * Hand-computed example in the notation of PMI's *Practice Standard for Earned Value Management*
 * (2nd ed., 2011, §§ 4–6: PV, EV, AC; SV = EV − PV, CV = EV − AC; SPI = EV/PV, CPI = EV/AC).
 *
 * A paving work, BAC = R$ 1,000,000, planned 2025-01-01 → 2025-12-31 (364 days).
 * Status date 2025-07-02: 182 days elapsed → planned 182/364 = 50 %.
 * Latest measurement 2025-06-30: physical 40 %, committed R$ 600,000, disbursed R$ 450,000.
 *   PV = 0.50 × 1,000,000 = 500,000      EV = 0.40 × 1,000,000 = 400,000      AC = 450,000
 *   SV = −100,000    CV = −50,000    SPI = 400,000/500,000 = 0.8    CPI = 400,000/450,000 = 0.8889
 *   Forecast end (PD / SPI): 364 / 0.8 = 455 days after 2025-01-01 → 2026-04-01.
 */
const work = { budgetPlanned: 1_000_000, plannedStart: '2025-01-01', plannedEnd: '2025-12-31' };
const measurements = [
  { date: '2025-03-31', physicalProgress: 10, committed: 300_000, disbursed: 100_000 },
  { date: '2025-06-30', physicalProgress: 40, committed: 600_000, disbursed: 450_000 },
  { date: '2025-09-30', physicalProgress: 70, committed: 800_000, disbursed: 700_000 },
];

describe('earned value (PMI Practice Standard for EVM, hand example)', () => {
  it('planned % is linear in days, clamped to 0–100', () => {
    expect(linearPlannedProgress(work.plannedStart, work.plannedEnd, '2025-07-02')).toBe(50);
    expect(linearPlannedProgress(work.plannedStart, work.plannedEnd, '2024-12-01')).toBe(0);
    expect(linearPlannedProgress(work.plannedStart, work.plannedEnd, '2026-02-01')).toBe(100);
    expect(linearPlannedProgress('2025-05-01', '2025-05-01', '2025-05-01')).toBe(100);
  });

  it('EV, PV, AC, SV, CV, SPI and CPI at the status date', () => {
    const ev = earnedValue(work, measurements, '2025-07-02');
    expect(ev.plannedProgress).toBe(50);
    expect(ev.physicalProgress).toBe(40);
    expect(ev.pv).toBe(500_000);
    expect(ev.ev).toBe(400_000);
    expect(ev.ac).toBe(450_000);
    expect(ev.committed).toBe(600_000);
    expect(ev.sv).toBe(-100_000);
    expect(ev.cv).toBe(-50_000);
    expect(ev.spi).toBeCloseTo(0.8, 12);
    expect(ev.cpi).toBeCloseTo(0.888_888_888_9, 9);
    expect(forecastEnd(work, ev.spi)).toBe('2026-04-01');
  });

  it('a forecast past year 9999 (a tiny SPI) is no forecast, neither a "+0…" date nor an error', () => {
    // 0.001 % measured halfway: SPI ≈ 0.00002, 364 days / SPI ≈ 50,000 years.
    const spiTiny = earnedValue(work, [{ date: '2025-06-30', physicalProgress: 0.001, committed: 10, disbursed: 5 }], '2025-07-02').spi;
    expect(forecastEnd(work, spiTiny)).toBeNull();
    // 0.00000001 %: past the largest date JavaScript has (year 275760), where the portfolio threw "Invalid time value".
    expect(forecastEnd(work, 2e-10)).toBeNull();
    // The last representable day still forecasts.
    expect(forecastEnd({ ...work, plannedStart: '9999-01-01', plannedEnd: '9999-12-31' }, 1)).toBe('9999-12-31');
  });

  it('no measurement yet: nothing earned, nothing spent, CPI empty; before the start SPI is empty', () => {
    const early = earnedValue(work, measurements, '2025-02-01');
    expect(early.ev).toBe(0);
    expect(early.cpi).toBeNull();
    expect(early.spi).toBe(0);
    expect(earnedValue(work, measurements, '2024-12-31').spi).toBeNull();
  });

  it('a monthly schedule replaces the straight line (cumulative at month ends, interpolated in days)', () => {
    const scheduled = {
      ...work,
      schedule: [
        { month: '2025-01', plannedProgress: 5 },
        { month: '2025-02', plannedProgress: 15 },
        { month: '2025-03', plannedProgress: 30 },
      ],
    };
    expect(plannedProgress(scheduled, '2025-01-31')).toBe(5);
    expect(plannedProgress(scheduled, '2025-03-31')).toBe(30);
    // 2025-02-14 is 14 of February's 28 days: 5 + (15 − 5) × 14/28 = 10.
    expect(plannedProgress(scheduled, '2025-02-14')).toBe(10);
    expect(plannedProgress(scheduled, '2024-12-15')).toBe(0);
    expect(plannedProgress(scheduled, '2025-08-01')).toBe(30);
  });

  it('S-curve by month: planned, physical and financial as shares of the budget', () => {
    const points = sCurve([{ plan: work, measurements }], '2025-07-02');
    expect(points.map((p) => p.month)).toEqual(monthsBetween('2025-01-01', '2025-12-31'));
    const june = points.find((p) => p.month === '2025-06');
    // 2025-06-30 is day 180 of 364.
    expect(june?.planned).toBeCloseTo((180 / 364) * 100, 10);
    expect(june?.physical).toBe(40);
    expect(june?.financial).toBe(45);
    const july = points.find((p) => p.month === '2025-07');
    expect(july?.date).toBe('2025-07-02');
    expect(july?.planned).toBe(50);
    expect(points.find((p) => p.month === '2025-08')?.physical).toBeNull();
    expect(points.at(-1)?.planned).toBe(100);
  });

  it('slip against a baseline, in days and money', () => {
    expect(slip(work, { ...work, plannedEnd: '2026-01-30', budgetPlanned: 1_100_000 })).toEqual({
      startDays: 0,
      endDays: 30,
      budgetChange: 100_000,
    });
  });

  it('dates that are not dates are NaN', () => {
    expect(dayNumber('2025-02-30')).toBeNaN();
    expect(dayNumber('30/01/2025')).toBeNaN();
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-01-00',
      '2025-1-01',
      ' 2025-01-01',
      '2025-01-1a',
      '0099-12-31',
      '',
    ])
      expect(dayNumber(bad), bad).toBeNaN();
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
    expect(dayNumber('2000-02-29')).toBe(11_016);
  });

  it('day numbers read from the digits agree with the calendar of Date (years 100–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0100-01-01'), max: dayNumber('9999-12-31') }), (day) => {
        expect(dayNumber(isoOfDay(day))).toBe(day);
      }),
      { numRuns: 2_000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('health: late below SPI 0.95 or past the planned end; status wins', () => {
    expect(healthOf({ status: 'in-progress', plannedEnd: '2025-12-31' }, 0.8, 40, '2025-07-02')).toBe('late');
    expect(healthOf({ status: 'in-progress', plannedEnd: '2025-12-31' }, 1, 50, '2025-07-02')).toBe('on-schedule');
    expect(healthOf({ status: 'paralysed', plannedEnd: '2025-12-31' }, 0.5, 20, '2025-07-02')).toBe('paralysed');
    expect(healthOf({ status: 'in-progress', plannedEnd: '2025-06-30' }, 1, 99, '2025-07-02')).toBe('late');
  });

  it('physical progress may not drop without a correction flag', () => {
    const rows = [
      { date: '2025-01-31', physicalProgress: 20, correction: false },
      { date: '2025-02-28', physicalProgress: 15, correction: false },
      { date: '2025-03-31', physicalProgress: 10, correction: true },
    ];
    const problems = checkMeasurementSequence(rows);
    expect(problems.map((p) => p.date)).toEqual(['2025-02-28']);
  });
});
