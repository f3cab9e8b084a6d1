import { describe, expect, it } from 'vitest';
import { parsePeriod, periodOf, periodsBetween } from '../../../shared/features/programmes/periods';
import {
  achievement,
  actionsIn,
  builtinValue,
  monitorIndicator,
  ragOf,
  rollUpTargets,
  additive,
  type ActionFacts,
} from '../../../shared/features/programmes/rollup';
import type { Target } from '../../../shared/features/programmes/types';

// Worked by hand: four actions in three municipalities over three quarters of 2025.
const act = (
  code: string,
  startDate: string,
  municipalityCode: number,
  participants: number,
  women: number,
  youth: number,
): ActionFacts => ({
  code,
  startDate,
  municipalityCode,
  participants,
  women,
  youth,
  enterprisesFormed: code === 'A3' ? 2 : 0,
  enterprisesLegalized: code === 'A4' ? 1 : 0,
});
const ACTIONS = [
  act('A1', '2025-01-15', 3106705, 20, 12, 5),
  act('A2', '2025-02-10', 3118601, 10, 4, 6),
  act('A3', '2025-04-05', 3106705, 30, 15, 10),
  act('A4', '2025-07-20', 3136702, 15, 9, 3),
];
const T = { green: 0.9, amber: 0.6 };
const target = (period: string, value: number, baseline = 0, actual: number | null = null): Target => ({
  indicatorId: 1,
  period,
  baseline,
  target: value,
  actual,
});

describe('periods', () => {
  it('reads years, quarters and months with their days', () => {
    expect(parsePeriod('2025')).toEqual({ key: '2025', kind: 'year', start: '2025-01-01', end: '2025-12-31' });
    expect(parsePeriod('2025-q2')).toEqual({ key: '2025-Q2', kind: 'quarter', start: '2025-04-01', end: '2025-06-30' });
    expect(parsePeriod('2024-02')).toEqual({ key: '2024-02', kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod('2025-Q5')).toBeNull();
    // A quarter written as Portuguese and Spanish do (trimestre) has the same key.
    expect(parsePeriod('2025-T3')).toEqual({ key: '2025-Q3', kind: 'quarter', start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod(' 2025-t1 ')).toMatchObject({ key: '2025-Q1' });
    expect(periodOf('2025-08-31', 'quarter')).toBe('2025-Q3');
    expect(periodsBetween('2024-11-10', '2025-02-01', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodsBetween('2024-11-10', '2025-08-01', 'quarter')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
  });
});

describe('built-in indicators over a period', () => {
  it('sums, counts and counts distinct municipalities of the actions starting in it', () => {
    const q1 = actionsIn(ACTIONS, '2025-01-01', '2025-03-31');
    expect(q1.map((a) => a.code)).toEqual(['A1', 'A2']);
    expect(builtinValue('participants', q1)).toBe(30);
    expect(builtinValue('women', q1)).toBe(16);
    expect(builtinValue('youth', q1)).toBe(11);
    expect(builtinValue('actions', q1)).toBe(2);
    expect(builtinValue('municipalities', q1)).toBe(2);
    const year = actionsIn(ACTIONS, '2025-01-01', '2025-12-31');
    expect(builtinValue('participants', year)).toBe(75);
    // A1 and A3 are both in Betim: three municipalities, not four.
    expect(builtinValue('municipalities', year)).toBe(3);
    expect(builtinValue('enterprises_formed', year)).toBe(2);
    expect(builtinValue('enterprises_legalized', year)).toBe(1);
  });
});

describe('achievement and colour', () => {
  it('is (actual − baseline)/(target − baseline), empty when target = baseline', () => {
    expect(achievement(30, 0, 40)).toBe(0.75);
    // (16 − 5)/(20 − 5) = 11/15
    expect(achievement(16, 5, 20)).toBeCloseTo(0.733333333333333, 14);
    expect(achievement(12, 12, 12)).toBeNull();
    expect(achievement(null, 0, 10)).toBeNull();
    // Lower is better: from 50 down to 30 wanted, 40 reached = half way.
    expect(achievement(40, 50, 30)).toBe(0.5);
  });
  it('is green from 90 %, amber from 60 %, red below', () => {
    expect(ragOf(0.9, T)).toBe('green');
    expect(ragOf(0.75, T)).toBe('amber');
    expect(ragOf(0.6, T)).toBe('amber');
    expect(ragOf(0.375, T)).toBe('red');
    expect(ragOf(null, T)).toBeNull();
  });
});

describe('monitoring by quarter, cumulative and year', () => {
  const participants = { id: 1, code: 'participants', name: 'Participantes', cumulative: false };
  const quarters = [target('2025-Q1', 40), target('2025-Q2', 40), target('2025-Q3', 40)];

  it('per quarter: 30/40, 30/40, 15/40', () => {
    const rows = monitorIndicator(participants, quarters, ACTIONS, T);
    expect(rows.map((r) => [r.period, r.target, r.actual, r.achievement, r.rag])).toEqual([
      ['2025-Q1', 40, 30, 0.75, 'amber'],
      ['2025-Q2', 40, 30, 0.75, 'amber'],
      ['2025-Q3', 40, 15, 0.375, 'red'],
    ]);
  });

  it('cumulative: 30/40, 60/80, 75/120', () => {
    const rows = monitorIndicator(participants, quarters, ACTIONS, T, 'cumulative');
    expect(rows.map((r) => [r.period, r.target, r.actual, r.achievement])).toEqual([
      ['2025-Q1', 40, 30, 0.75],
      ['2025-Q2', 80, 60, 0.75],
      ['2025-Q3', 120, 75, 0.625],
    ]);
  });

  it('municipalities cumulative count each place once: 2, 2, 3', () => {
    const municipalities = { id: 2, code: 'municipalities', name: 'Municípios', cumulative: true };
    const rows = monitorIndicator(municipalities, [target('2025-Q1', 2), target('2025-Q2', 3), target('2025-Q3', 4)], ACTIONS, T);
    expect(rows.map((r) => [r.target, r.actual, r.achievement])).toEqual([
      [2, 2, 1],
      [3, 2, 0.666666666666667],
      [4, 3, 0.75],
    ]);
    // The same targets per period: increases of 2, 1, 1 against 2, 1, 1 municipalities reached.
    const per = monitorIndicator(
      municipalities,
      [target('2025-Q1', 2), target('2025-Q2', 3), target('2025-Q3', 4)],
      ACTIONS,
      T,
      'per-period',
    );
    expect(per.map((r) => [r.target, r.actual])).toEqual([
      [2, 2],
      [1, 1],
      [1, 1],
    ]);
  });

  it('a year rolls up from its quarters: 120 per period, 40 cumulative (the last)', () => {
    const year = parsePeriod('2025');
    if (!year) throw new Error('no period');
    // ACTIONS start in Q1, Q2 and Q3: all inside a quarter with a target.
    const counted = ACTIONS.map((a) => a.startDate);
    expect(rollUpTargets(quarters, year, { cumulative: false, sums: true, counted })).toEqual({ baseline: 0, target: 120 });
    expect(rollUpTargets(quarters, year, { cumulative: true, sums: true, counted })).toEqual({ baseline: 0, target: 40 });
    expect(rollUpTargets([target('2025', 100, 10)], year, { cumulative: false, sums: true, counted })).toEqual({
      baseline: 10,
      target: 100,
    });
    const other = parsePeriod('2026');
    if (!other) throw new Error('no period');
    expect(rollUpTargets(quarters, other, { cumulative: false, sums: true, counted })).toBeNull();
  });

  it('gives a year no target its quarters do not speak for', () => {
    const year = parsePeriod('2025');
    if (!year) throw new Error('no period');
    const counted = ACTIONS.map((a) => a.startDate);
    // Only Q1 has a target, but the year's actual counts A3 (Q2) and A4 (Q3): 20 against the
    // year's 40 women read as 200 % achieved.
    expect(rollUpTargets([target('2025-Q1', 20)], year, { cumulative: false, sums: true, counted })).toBeNull();
    expect(rollUpTargets([target('2025-Q1', 20)], year, { cumulative: true, sums: true, counted })).toBeNull();
    // A gap in the middle with an action in it (A3, 2025-04-05): none; a cumulative target at Q3 covers it.
    const gap = [target('2025-Q1', 20), target('2025-Q3', 20)];
    expect(rollUpTargets(gap, year, { cumulative: false, sums: true, counted })).toBeNull();
    expect(rollUpTargets(gap, year, { cumulative: true, sums: true, counted })).toEqual({ baseline: 0, target: 20 });
    // A distinct count does not add up over quarters (2 + 3 + 4 municipalities is not the year's).
    expect(rollUpTargets(quarters, year, { cumulative: false, sums: false, counted })).toBeNull();
    // A quarter and one of its months both with a target: which one speaks for January is unsaid.
    const overlapping = [target('2025-Q1', 40), target('2025-01', 10), target('2025-Q2', 40), target('2025-Q3', 40)];
    expect(rollUpTargets(overlapping, year, { cumulative: false, sums: true, counted })).toBeNull();
    expect(additive('municipalities')).toBe(false);
    expect(additive('participants')).toBe(true);
  });

  it('a baseline moves with its target: running totals add it, a cumulative increase starts from 0', () => {
    // Days to license a business, lower is better, 40 days at baseline every quarter. Q1 38 days
    // against 30 (20 %), Q2 30 against 25 (67 %). Summed: 68 days against 55 from 80: 12 of 25
    // days saved, 48 %. With Q1's baseline alone it read (68 − 40)/(55 − 40) = 187 %, green.
    const days = { id: 4, code: 'dias_licenca', name: 'Dias', cumulative: false };
    const quartersOfDays = [target('2025-Q1', 30, 40, 38), target('2025-Q2', 25, 40, 30)];
    expect(
      monitorIndicator(days, quartersOfDays, ACTIONS, T, 'cumulative').map((r) => [r.baseline, r.target, r.actual, r.achievement, r.rag]),
    ).toEqual([
      [40, 30, 38, 0.2, 'red'],
      [80, 55, 68, 0.48, 'red'],
    ]);
    const year = parsePeriod('2025');
    if (!year) throw new Error('no period');
    expect(rollUpTargets(quartersOfDays, year, { cumulative: false, sums: true, counted: [] })).toEqual({ baseline: 80, target: 55 });
    // Enterprises assisted since the start, 100 before it: 150 by 2025 (140 reached), 200 by 2026
    // (180). 2026 alone: 40 more against 50 more, 80 %; from the baseline of 100 it read 120 %, green.
    const assisted = { id: 5, code: 'assistidas', name: 'Empresas', cumulative: true };
    const years = [target('2025', 150, 100, 140), target('2026', 200, 100, 180)];
    expect(monitorIndicator(assisted, years, ACTIONS, T, 'per-period').map((r) => [r.baseline, r.target, r.actual, r.achievement])).toEqual(
      [
        [100, 150, 140, 0.8],
        [0, 50, 40, 0.8],
      ],
    );
    expect(monitorIndicator(assisted, years, ACTIONS, T).map((r) => [r.baseline, r.target, r.actual, r.achievement])).toEqual([
      [100, 150, 140, 0.8],
      [100, 200, 180, 0.8],
    ]);
  });

  it('a custom indicator takes the entered actuals', () => {
    const custom = { id: 3, code: 'renda_media', name: 'Renda', cumulative: false };
    const rows = monitorIndicator(custom, [target('2025', 1500, 1000, 1300), target('2026', 2000, 1000, null)], ACTIONS, T);
    expect(rows.map((r) => [r.actual, r.achievement, r.rag])).toEqual([
      [1300, 0.6, 'amber'],
      [null, null, null],
    ]);
  });
});
