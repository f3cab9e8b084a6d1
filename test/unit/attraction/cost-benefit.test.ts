import { describe, expect, it } from 'vitest';
import { costBenefit } from '../../../shared/features/attraction/cost-benefit';

describe('incentive cost-benefit (worked by hand)', () => {
  it('sums the land discount and yearly incentives, the taxes, and finds the payback year', () => {
    // Land: 50% × R$160/m² × 1,000 m² = R$80,000 once.
    // ISS reduction R$20,000/yr for 3 years; fee waiver R$5,000/yr for the whole horizon (no duration).
    // Taxes: R$1,500 per job-year × 40 jobs = R$60,000/yr.
    // Cumulative cost: y1 80,000+25,000=105,000; y2 130,000; y3 155,000; y4 160,000; y5 165,000.
    // Cumulative tax:  y1 60,000; y2 120,000; y3 180,000 ≥ 155,000 → payback in year 3.
    const r = costBenefit({
      incentives: [
        { kind: 'land-discount', discountPct: 50, annualAmount: null, years: null },
        { kind: 'tax', discountPct: null, annualAmount: 20_000, years: 3 },
        { kind: 'fee', discountPct: null, annualAmount: 5_000, years: null },
      ],
      jobs: 40,
      investment: 2_000_000,
      areaM2: 1_000,
      pricePerM2: 160,
      taxPerJobYear: 1_500,
      horizonYears: 5,
    });
    expect(r.landDiscount).toBe(80_000);
    expect(r.yearlyForgone).toBe(25_000);
    expect(r.years.map((y) => y.cost)).toEqual([105_000, 130_000, 155_000, 160_000, 165_000]);
    expect(r.years.map((y) => y.tax)).toEqual([60_000, 120_000, 180_000, 240_000, 300_000]);
    expect(r.cost).toBe(165_000);
    expect(r.tax).toBe(300_000);
    expect(r.net).toBe(135_000);
    expect(r.paybackYears).toBe(3);
    expect(r.costPerJob).toBe(4_125);
    expect(r.investmentPerReal).toBeCloseTo(2_000_000 / 165_000, 12);
  });

  it('has no payback when the taxes never cover the cost, and no cost per job without jobs', () => {
    const r = costBenefit({
      incentives: [{ kind: 'land-discount', discountPct: 100, annualAmount: null, years: null }],
      jobs: 0,
      investment: 0,
      areaM2: 500,
      pricePerM2: 100,
      taxPerJobYear: 1_000,
      horizonYears: 10,
    });
    expect(r.cost).toBe(50_000);
    expect(r.paybackYears).toBeNull();
    expect(r.costPerJob).toBeNull();
    expect(r.investmentPerReal).toBe(0);
  });
});
