import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatrix, referenceFromRows, rollUp } from '../../../shared/analysis/economy/activity-matrix';
import { diversity } from '../../../shared/analysis/economy/diversity';
import { locationQuotients } from '../../../shared/analysis/economy/location-quotient';
import { estebanMarquillas, growthRate, shiftShare } from '../../../shared/analysis/economy/shift-share';
import { nation1985, nation1995, region1985, region1995 } from './holukuluku';

const values = (cells: { value: number | null }[]) => cells.map((c) => c.value);

describe("location quotient — Krumme's Holukuluku example", () => {
  it('reproduces the published LQs 5, 0.5, 0.5, 0.667', () => {
    const lq = values(locationQuotients(region1985, nation1985));
    expect(lq[0]).toBeCloseTo(5, 10);
    expect(lq[1]).toBeCloseTo(0.5, 10);
    expect(lq[2]).toBeCloseTo(0.5, 10);
    expect(lq[3]).toBeCloseTo(0.667, 3);
  });

  it('says why a value is missing instead of NaN or Infinity', () => {
    const m = buildMatrix([
      { territoryCode: 1, sectorCode: 'a', value: 0 },
      { territoryCode: 2, sectorCode: 'a', value: 5 },
      { territoryCode: 2, sectorCode: 'b', value: 5 },
    ]);
    const lq = locationQuotients(m, { bySector: Float64Array.from([10, 0]), total: 10 });
    expect(lq[0]).toEqual({ value: null, reason: 'territory-has-no-jobs' });
    expect(lq[3]).toEqual({ value: null, reason: 'sector-absent-from-reference' });
    expect(locationQuotients(m, { bySector: new Float64Array(2), total: 0 })[2]).toEqual({ value: null, reason: 'reference-empty' });
  });

  it('is 1 everywhere for the reference against itself (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 12 }), (jobs) => {
        const m = buildMatrix(jobs.map((value, i) => ({ territoryCode: 1, sectorCode: String(i).padStart(2, '0'), value })));
        for (const c of locationQuotients(m, referenceFromRows(m))) expect(c.value).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe("shift-share (Dunn 1960) — Krumme's Holukuluku example", () => {
  const cells = shiftShare(region1985, region1995, nation1985, nation1995);
  const sum = (pick: (c: (typeof cells)[number]) => number | null) => cells.reduce((a, c) => a + (pick(c) ?? 0), 0);

  it('reproduces the published components by industry and in total', () => {
    expect(values(cells.map((c) => c.referenceShare)).map((v) => Math.round(v ?? NaN))).toEqual([145, 29, 58, 58]);
    expect(values(cells.map((c) => c.industryMix)).map((v) => Math.round(v ?? NaN))).toEqual([-95, -9, 2, 22]);
    expect(values(cells.map((c) => c.regionalShift)).map((v) => Math.round(v ?? NaN))).toEqual([450, -20, -10, 0]);
    expect(sum((c) => c.referenceShare.value)).toBeCloseTo(290, 9);
    expect(sum((c) => c.industryMix.value)).toBeCloseTo(-80, 9);
    expect(sum((c) => c.regionalShift.value)).toBeCloseTo(420, 9);
    expect(sum((c) => c.totalChange)).toBe(630);
  });

  it('components always sum to the change, also from zero jobs (property)', () => {
    const jobs = fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(jobs, jobs, jobs, jobs, (r0, r1, n0, n1) => {
        const m = (v: number[]) =>
          buildMatrix(
            v.map((value, i) => ({ territoryCode: 9, sectorCode: String(i), value })),
            ['0', '1', '2', '3'],
          );
        const ref = (v: number[], r: number[]) => {
          const bySector = Float64Array.from(v, (x, i) => x + (r[i] ?? 0) + 1);
          return { bySector, total: bySector.reduce((a, b) => a + b, 0) };
        };
        for (const c of shiftShare(m(r0), m(r1), ref(n0, r0), ref(n1, r1))) {
          const parts = (c.referenceShare.value ?? NaN) + (c.industryMix.value ?? NaN) + (c.regionalShift.value ?? NaN);
          expect(parts).toBeCloseTo(c.totalChange, 6);
        }
      }),
    );
  });

  it('Esteban-Marquillas splits the regional shift into competitive + allocation effects', () => {
    const em = estebanMarquillas(region1985, region1995, nation1985, nation1995);
    // E*_ij = E_j · E_i / E = 1000 · 0.10 = 100 for industry I; g − G_i = 1.0 − 0.10 = 0.90
    expect(em[0]?.homothetic.value).toBeCloseTo(100, 10);
    expect(em[0]?.competitive.value).toBeCloseTo(90, 10);
    expect(em[0]?.allocation.value).toBeCloseTo(360, 10);
    em.forEach((c, i) =>
      expect((c.competitive.value ?? 0) + (c.allocation.value ?? 0)).toBeCloseTo(cells[i]?.regionalShift.value ?? NaN, 9),
    );
  });

  it('growth rates, with zero starts explained', () => {
    expect(growthRate(500, 1000)).toEqual({ value: 1 });
    expect(growthRate(0, 10)).toEqual({ value: null, reason: 'no-jobs-at-start' });
  });
});

describe('diversification', () => {
  it('HHI, Shannon and Krugman from the Holukuluku 1985 shares (50/10/20/20 % against 10/20/40/30 %)', () => {
    const [row] = diversity(region1985, nation1985);
    expect(row?.hhi.value).toBeCloseTo(0.34, 12);
    expect(row?.shannon.value).toBeCloseTo(-(0.5 * Math.log(0.5) + 0.1 * Math.log(0.1) + 2 * 0.2 * Math.log(0.2)), 12);
    expect(row?.krugman.value).toBeCloseTo(0.8, 12);
  });

  it('HHI lies between 1/n and 1, Shannon between 0 and ln n (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((a) => a.some((x) => x > 0)),
        (jobs) => {
          const m = buildMatrix(jobs.map((value, i) => ({ territoryCode: 1, sectorCode: String(i).padStart(2, '0'), value })));
          const [row] = diversity(m, referenceFromRows(m));
          const n = jobs.length;
          expect(row?.hhi.value).toBeGreaterThanOrEqual(1 / n - 1e-12);
          expect(row?.hhi.value).toBeLessThanOrEqual(1 + 1e-12);
          expect(row?.shannon.value).toBeGreaterThanOrEqual(-1e-12);
          expect(row?.shannon.value).toBeLessThanOrEqual(Math.log(n) + 1e-12);
          expect(row?.krugman.value).toBeCloseTo(0, 12);
        },
      ),
    );
  });

  it('a territory without jobs gets explicit empty values', () => {
    const m = buildMatrix([{ territoryCode: 5, sectorCode: 'a', value: 0 }]);
    expect(diversity(m, { bySector: Float64Array.from([1]), total: 1 })[0]?.hhi).toEqual({ value: null, reason: 'territory-has-no-jobs' });
  });
});

describe('roll-up along a classification', () => {
  it('sums finer codes into their ancestors', () => {
    const parent: Record<string, string> = { '1011201': '10', '1012101': '10', '2511000': '25' };
    const rolled = rollUp(
      [
        { territoryCode: 1, sectorCode: '1011201', value: 3 },
        { territoryCode: 1, sectorCode: '1012101', value: 4 },
        { territoryCode: 1, sectorCode: '2511000', value: 5 },
        { territoryCode: 1, sectorCode: '9999999', value: 7 },
      ],
      (code) => parent[code],
    );
    expect(rolled).toEqual([
      { territoryCode: 1, sectorCode: '10', value: 7 },
      { territoryCode: 1, sectorCode: '25', value: 5 },
    ]);
  });
});
