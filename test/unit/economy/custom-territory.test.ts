import { describe, expect, it } from 'vitest';
import { aggregateRows, buildMatrix, referenceFromRows } from '../../../shared/analysis/economy/activity-matrix';
import { diversity } from '../../../shared/analysis/economy/diversity';
import { locationQuotients } from '../../../shared/analysis/economy/location-quotient';
import {
  placeOnSpace,
  potentialSectors,
  rankPotential,
  relatedness,
  specializationMatrix,
} from '../../../shared/analysis/economy/relatedness';

/**
 * The hand-worked space of relatedness.test.ts (Hidalgo et al. 2007): four territories, three
 * sectors, specializations T1: a, b · T2: a, b · T3: b, c · T4: a; φ_ab = 2/3, φ_ac = 0, φ_bc = 1/3.
 * A custom territory made of T3 and T4 has jobs (1+10, 10+1, 10+1) = (11, 11, 11); the reference
 * (all four) has a = 31, b = 31, c = 13, E = 75. Its LQs: a, b = (11/33)/(31/75) = 0.806;
 * c = (11/33)/(13/75) = 1.923 — specialized in c only. Placed on the space: density of a =
 * φ_ac / (φ_ab + φ_ac) = 0; of b = φ_bc / (φ_ba + φ_bc) = (1/3) / 1 = 1/3.
 */
const jobs: Record<number, [number, number, number]> = {
  1: [10, 10, 1],
  2: [10, 10, 1],
  3: [1, 10, 10],
  4: [10, 1, 1],
};
const sectors = ['a', 'b', 'c'];
const m = buildMatrix(
  Object.entries(jobs).flatMap(([t, v]) => v.map((value, i) => ({ territoryCode: Number(t), sectorCode: sectors[i] ?? '', value }))),
  sectors,
);
const reference = referenceFromRows(m);
const space = relatedness(m, locationQuotients(m, reference));

describe('a custom territory: its members summed into one row', () => {
  it('sums the members sector by sector and lists those with data', () => {
    const { matrix, present } = aggregateRows(m, [4, 3, 99, 3], -1);
    expect(matrix.territories).toEqual([-1]);
    expect(matrix.sectors).toEqual(sectors);
    expect([...matrix.values]).toEqual([11, 11, 11]);
    expect(present).toEqual([3, 4]);
  });

  it('has the LQs computed by hand from the summed jobs, against the unchanged reference', () => {
    const { matrix } = aggregateRows(m, [3, 4], 34);
    const lq = locationQuotients(matrix, reference).map((c) => c.value);
    expect(lq[0]).toBeCloseTo(11 / 33 / (31 / 75), 12);
    expect(lq[1]).toBeCloseTo(11 / 33 / (31 / 75), 12);
    expect(lq[2]).toBeCloseTo(11 / 33 / (13 / 75), 12);
  });

  it('with one member is that member, number for number', () => {
    const { matrix } = aggregateRows(m, [3], 3);
    expect(locationQuotients(matrix, reference)).toEqual(locationQuotients(m, reference).slice(2 * 3, 3 * 3));
    expect(diversity(matrix, reference)).toEqual([diversity(m, reference)[2]]);
  });

  it('without members with data is an explicit empty value, never NaN', () => {
    const { matrix, present } = aggregateRows(m, [99], 99);
    expect(present).toEqual([]);
    expect(locationQuotients(matrix, reference).every((c) => c.value === null && c.reason === 'territory-has-no-jobs')).toBe(true);
    expect(diversity(matrix, reference)[0]?.hhi).toEqual({ value: null, reason: 'territory-has-no-jobs' });
  });
});

describe('a territory placed on the space of the municipalities', () => {
  it('gives a member of the space its own densities', () => {
    for (let t = 0; t < 4; t++) {
      expect([...placeOnSpace(space, space.specialized.subarray(t * 3, t * 3 + 3))]).toEqual([...space.density.subarray(t * 3, t * 3 + 3)]);
    }
    expect(rankPotential(space, space.specialized.subarray(9, 12), space.density.subarray(9, 12))).toEqual(potentialSectors(space, 4));
  });

  it('ranks the custom territory T3 + T4 by the densities worked by hand', () => {
    const { matrix } = aggregateRows(m, [3, 4], 34);
    const specialized = specializationMatrix(locationQuotients(matrix, reference));
    expect([...specialized]).toEqual([0, 0, 1]);
    const density = placeOnSpace(space, specialized);
    expect(density[0]).toBe(0);
    expect(density[1]).toBeCloseTo(1 / 3, 12);
    expect(rankPotential(space, specialized, density)).toEqual([
      { sectorCode: 'b', density: density[1], relatedSpecializations: [{ sectorCode: 'c', proximity: space.proximity[1 * 3 + 2] }] },
    ]);
    // The space itself is unchanged: placing a territory does not re-estimate φ.
    expect(space.proximity[0 * 3 + 1]).toBeCloseTo(2 / 3, 12);
  });

  it('refuses a row of the wrong length', () => {
    expect(() => placeOnSpace(space, [1, 0])).toThrow(/one specialization flag per sector/);
  });
});
