import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/features/programmes/types';
import { actionMonths, monthWeeks } from '../../../renderer/src/features/programmes/calendar';
import { reachOf } from '../../../shared/features/programmes/reach';

function action(
  code: string,
  municipalityCode: number,
  startDate: string,
  endDate: string | null,
  participants: number,
  women = 0,
): Action {
  return {
    id: code.charCodeAt(0),
    programmeId: 1,
    code,
    type: 'field-training',
    municipalityCode,
    municipalityName: municipalityCode === 3106705 ? 'Betim' : 'Contagem',
    startDate,
    endDate,
    partner: '',
    participants,
    women,
    youth: 0,
    enterprisesFormed: 0,
    enterprisesLegalized: 0,
    notes: '',
    siteId: null,
    initiativeCode: null,
  };
}

const A = [
  action('A', 3106705, '2025-01-30', '2025-02-02', 20, 12),
  action('B', 3118601, '2025-02-10', null, 10, 4),
  action('C', 3106705, '2025-04-05', null, 30, 15),
];

describe('the actions calendar', () => {
  it('lays February 2025 out from Saturday the 1st (Sunday first), an action on every day it lasts', () => {
    const weeks = monthWeeks('2025-02', A);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((d) => d.date)).toEqual([null, null, null, null, null, null, '2025-02-01']);
    expect(weeks[0]?.[6]?.actions.map((a) => a.code)).toEqual(['A']);
    expect(weeks[1]?.[0]).toEqual({ date: '2025-02-02', actions: [A[0]] });
    expect(weeks[1]?.[1]?.actions).toEqual([]);
    expect(
      weeks
        .flat()
        .filter((d) => d.actions.some((a) => a.code === 'B'))
        .map((d) => d.date),
    ).toEqual(['2025-02-10']);
    expect(weeks.flat().filter((d) => d.date !== null)).toHaveLength(28);
  });

  it('offers every month from the first start to the last end, empty months included', () => {
    expect(actionMonths(A)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(actionMonths([])).toEqual([]);
  });
});

describe('the reach by municipality', () => {
  it('sums actions and participants by municipality, most participants first', () => {
    expect(reachOf(A).map((r) => [r.name, r.actions, r.participants, r.women])).toEqual([
      ['Betim', 2, 50, 27],
      ['Contagem', 1, 10, 4],
    ]);
  });

  it('keeps a municipality the workspace does not name as unnamed (null), ties by name', () => {
    const unnamed = { ...action('Z', 9999999, '2025-01-01', null, 10, 1), municipalityName: null };
    expect(reachOf([unnamed, ...A]).map((r) => [r.code, r.name, r.participants])).toEqual([
      [3106705, 'Betim', 50],
      [9999999, null, 10],
      [3118601, 'Contagem', 10],
    ]);
  });
});
