import { describe, expect, it } from 'vitest';
import type { LqRow, ShiftShareRow } from '../../../shared/features/economy/types';
import { pivotLq } from '../../../renderer/src/features/economy/lq-grid';
import {
  buildVocations,
  referenceGrowth,
  referenceSectorGrowth,
  referenceShares,
  sumShiftShare,
} from '../../../renderer/src/features/economy/vocations';

function lqRow(
  territoryCode: number,
  territoryName: string,
  sectorCode: string,
  value: number,
  lq: number | null,
  reasonCode: string | null = null,
): LqRow {
  return {
    territoryCode,
    territoryName,
    sectorCode,
    sectorName: `Setor ${sectorCode}`,
    year: 2020,
    value,
    lq,
    reason: reasonCode,
    reasonCode,
  };
}

/** Two territories, three sectors; reference shares 0.5 / 0.3 / 0.2 (total 100). */
const LQ: LqRow[] = [
  lqRow(1, 'Betim', '1', 10, 0.4),
  lqRow(1, 'Betim', '2', 30, 2),
  lqRow(1, 'Betim', '3', 10, 1),
  lqRow(2, 'Águas', '1', 40, 1.6),
  lqRow(2, 'Águas', '2', 0, 0),
  lqRow(2, 'Águas', '3', 10, 1),
];

/** G = 10 %; sector 2 grew 20 % in the reference, 50 % in Betim. */
function ssRow(sectorCode: string, jobsFrom: number, jobsTo: number, gi: number | null): ShiftShareRow {
  const G = 0.1;
  const g = jobsFrom > 0 ? jobsTo / jobsFrom - 1 : null;
  const ok = jobsFrom > 0 && gi !== null && g !== null;
  return {
    territoryCode: 1,
    territoryName: 'Betim',
    sectorCode,
    sectorName: `Setor ${sectorCode}`,
    jobsFrom,
    jobsTo,
    referenceShare: ok ? jobsFrom * G : null,
    industryMix: ok ? jobsFrom * ((gi ?? 0) - G) : null,
    regionalShift: ok ? jobsFrom * ((g ?? 0) - (gi ?? 0)) : null,
    totalChange: jobsTo - jobsFrom,
    growth: g,
    competitive: null,
    allocation: null,
    reason: ok ? null : 'the territory had no jobs in this sector at the start year',
  };
}

const SS = [ssRow('1', 10, 10, 0), ssRow('2', 20, 30, 0.2), ssRow('3', 0, 10, 0.1)];

describe('vocations summary', () => {
  it('lists the sectors by LQ, marks the specializations and sums the jobs', () => {
    const s = buildVocations({ territoryCode: 1, lq: LQ, shiftShare: SS, diversity: null, potential: [] });
    expect(s?.totalJobs).toBe(50);
    expect(s?.sectors.map((x) => x.sectorCode)).toEqual(['2', '3', '1']);
    expect(s?.sectors.map((x) => x.specialized)).toEqual([true, true, false]);
    expect(s?.specializedCount).toBe(2);
    expect(s?.sectors[0]?.share).toBeCloseTo(0.6, 12);
  });

  it('gives the reason of a sector whose growth cannot be computed', () => {
    const s = buildVocations({ territoryCode: 1, lq: LQ, shiftShare: SS, diversity: null, potential: [] });
    const newSector = s?.sectors.find((x) => x.sectorCode === '3');
    expect(newSector?.shift?.growth).toBeNull();
    expect(newSector?.growthReason).toBe('no-jobs-at-start');
  });

  it('sums the shift-share effects, leaving out (and counting) sectors without effects', () => {
    const totals = sumShiftShare(SS);
    expect(totals.totalChange).toBe(20);
    expect(totals.referenceShare).toBeCloseTo(3, 12);
    expect(totals.industryMix).toBeCloseTo(-1 + 2, 12);
    expect(totals.regionalShift).toBeCloseTo(0 + 6, 12);
    expect(totals.missing).toBe(1);
    // The sectors with effects add up exactly to their change.
    expect(totals.referenceShare + totals.industryMix + totals.regionalShift).toBeCloseTo(10, 12);
  });

  it('reads the reference growth rates back from the rows', () => {
    expect(referenceGrowth(SS)).toBeCloseTo(0.1, 12);
    expect(referenceSectorGrowth(SS[1] as ShiftShareRow, 0.1)).toBeCloseTo(0.2, 12);
    expect(referenceSectorGrowth(SS[2] as ShiftShareRow, 0.1)).toBeNull();
    expect(referenceGrowth([])).toBeNull();
  });

  it('reads the reference shares s_i back from the LQs', () => {
    const shares = referenceShares(LQ);
    expect(shares.get('1')).toBeCloseTo(0.5, 12);
    expect(shares.get('2')).toBeCloseTo(0.3, 12);
    expect(shares.get('3')).toBeCloseTo(0.2, 12);
  });

  it('says why there are no potential sectors', () => {
    const none = buildVocations({ territoryCode: 1, lq: LQ, shiftShare: null, diversity: null, potential: [] });
    expect(none?.potentialEmptyReason).toBe('no-related');
    const all = buildVocations({
      territoryCode: 1,
      lq: LQ.map((r) => ({ ...r, lq: 1.5 })),
      shiftShare: null,
      diversity: null,
      potential: [],
    });
    expect(all?.potentialEmptyReason).toBe('all-specialized');
    const zero = buildVocations({
      territoryCode: 1,
      lq: LQ.filter((r) => r.territoryCode === 1).map((r) => ({ ...r, value: 0, lq: null, reasonCode: 'territory-has-no-jobs' })),
      shiftShare: null,
      diversity: null,
      potential: [],
    });
    expect(zero?.potentialEmptyReason).toBe('no-specialization');
    expect(zero?.sectors.every((x) => x.share === null && x.lqReason === 'territory-has-no-jobs')).toBe(true);
  });

  it('attaches the current LQ to each potential sector and the bounds to the diversity', () => {
    const s = buildVocations({
      territoryCode: 1,
      lq: LQ,
      shiftShare: null,
      diversity: { territoryCode: 1, territoryName: 'Betim', year: 2020, hhi: 0.44, shannon: 0.95, krugman: 0.6, reason: null },
      potential: [
        {
          sectorCode: '1',
          sectorName: 'Setor 1',
          density: 0.5,
          lq: null,
          related: [{ sectorCode: '2', sectorName: 'Setor 2', proximity: 0.5 }],
        },
      ],
    });
    expect(s?.potential[0]?.lq).toBe(0.4);
    expect(s?.diversity?.bounds.hhiMin).toBeCloseTo(1 / 3, 12);
    expect(s?.diversity?.bounds.shannonMax).toBeCloseTo(Math.log(3), 12);
  });

  it('is null for a territory without rows', () => {
    expect(buildVocations({ territoryCode: 99, lq: LQ, shiftShare: null, diversity: null, potential: null })).toBeNull();
  });
});

describe('LQ heat-map rows', () => {
  it('puts the territory under study first, the others by name, sectors in code order', () => {
    const rows = [...LQ, lqRow(3, 'Abaeté', '10', 5, 1.2), lqRow(3, 'Abaeté', '2', 5, null, 'sector-absent-from-reference')];
    const grid = pivotLq(rows, 1, 'pt-BR');
    expect(grid.rows.map((r) => r.territoryName)).toEqual(['Betim', 'Abaeté', 'Águas']);
    expect(grid.sectors.map((s) => s.code)).toEqual(['1', '2', '3', '10']);
    const abaete = grid.rows[1];
    expect(abaete?.lq['2']).toBeNull();
    expect(abaete?.reason['2']).toBe('sector-absent-from-reference');
    expect(abaete?.specialized).toBe(1);
    expect(grid.rows[0]?.total).toBe(50);
  });

  it('never counts "não classificado" (NC) as a specialization, nor as a sector the count is out of', () => {
    const rows = [...LQ, lqRow(1, 'Betim', 'NC', 5, 10.1)];
    const summary = buildVocations({ territoryCode: 1, lq: rows, shiftShare: null, diversity: null, potential: null });
    expect(summary?.sectors.find((s) => s.sectorCode === 'NC')).toMatchObject({ lq: 10.1, specialized: false });
    // Sectors 2 (LQ 2) and 3 (LQ 1) of the three classified ones.
    expect([summary?.specializedCount, summary?.sectorCount]).toEqual([2, 3]);
    expect(pivotLq(rows, 1, 'pt-BR').rows.find((r) => r.territoryCode === 1)?.specialized).toBe(2);
  });
});
