import { describe, expect, it } from 'vitest';
import { buildMatrix, referenceFromRows } from '../../../shared/analysis/economy/activity-matrix';
import { locationQuotients } from '../../../shared/analysis/economy/location-quotient';
import { potentialSectors, relatedness } from '../../../shared/analysis/economy/relatedness';

/**
 * Hand-worked example of the definitions in Hidalgo et al. (2007, Science 317:482). Four
 * territories, three sectors, jobs chosen so that the specializations (LQ ≥ 1) are:
 *   T1: a, b    T2: a, b    T3: b, c    T4: a
 * Ubiquities k_a = 3, k_b = 3, k_c = 1. Co-occurrences: ab = 2, ac = 0, bc = 1.
 *   φ_ab = 2 / max(3, 3) = 2/3;  φ_ac = 0;  φ_bc = 1 / max(3, 1) = 1/3.
 * Density of c in T4 (specialized in a only): (φ_ca) / (φ_ca + φ_cb) = 0 / (1/3) = 0.
 * Density of b in T4: φ_ba / (φ_ba + φ_bc) = (2/3) / (2/3 + 1/3) = 2/3.
 * Density of c in T1 (a, b): (φ_ca + φ_cb) / (φ_ca + φ_cb) = 1.
 */
const jobs: Record<number, [number, number, number]> = {
  1: [10, 10, 1],
  2: [10, 10, 1],
  3: [1, 10, 10],
  4: [10, 1, 1],
};
const m = buildMatrix(
  Object.entries(jobs).flatMap(([t, v]) =>
    v.map((value, i) => ({ territoryCode: Number(t), sectorCode: ['a', 'b', 'c'][i] ?? '', value })),
  ),
  ['a', 'b', 'c'],
);
const lq = locationQuotients(m, referenceFromRows(m));
const r = relatedness(m, lq);

describe('relatedness (Hidalgo et al. 2007)', () => {
  it('finds the intended specializations', () => {
    expect([...r.specialized]).toEqual([1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0]);
  });

  it('computes proximity as the minimum conditional probability', () => {
    expect(r.proximity[0 * 3 + 1]).toBeCloseTo(2 / 3, 12);
    expect(r.proximity[0 * 3 + 2]).toBe(0);
    expect(r.proximity[1 * 3 + 2]).toBeCloseTo(1 / 3, 12);
    expect(r.proximity[2 * 3 + 1]).toBeCloseTo(1 / 3, 12);
    expect(r.proximity[0]).toBe(0);
  });

  it('computes density', () => {
    expect(r.density[3 * 3 + 1]).toBeCloseTo(2 / 3, 12);
    expect(r.density[3 * 3 + 2]).toBe(0);
    expect(r.density[0 * 3 + 2]).toBeCloseTo(1, 12);
  });

  it('ranks potential sectors (not yet specialized, dense) with the reasons', () => {
    expect(potentialSectors(r, 4)).toEqual([
      { sectorCode: 'b', density: 2 / 3, relatedSpecializations: [{ sectorCode: 'a', proximity: 2 / 3 }] },
    ]);
    expect(potentialSectors(r, 1)[0]).toMatchObject({ sectorCode: 'c', density: 1 });
    expect(potentialSectors(r, 99)).toEqual([]);
  });
});
