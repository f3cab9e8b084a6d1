/**
 * Incentive cost-benefit for one prospect (issue 11): what the incentives cost the public side
 * against what the company brings over a horizon of N years. Deliberately simple and explainable
 * — undiscounted sums, as district agencies' points tables and council notes present them.
 *
 *   land discount  = discount % × price per m² × area needed            (once, at the sale)
 *   yearly forgone = Σ annual amount of the tax/fee incentives           (for min(years, N) years each)
 *   cost           = land discount + Σ annual amount × min(years, N)
 *   tax            = tax per job-year × jobs × N                          (the revenue the jobs bring)
 *   net            = tax − cost
 *   payback        = first year t (1…N) when cumulative tax ≥ cumulative cost; null when never
 *   cost per job   = cost / jobs;   investment per R$ of incentive = investment / cost
 */
export interface IncentiveTerm {
  kind: 'land-discount' | 'tax' | 'fee' | 'other';
  discountPct: number | null;
  annualAmount: number | null;
  years: number | null;
}

export interface CostBenefitInput {
  incentives: readonly IncentiveTerm[];
  jobs: number;
  investment: number;
  areaM2: number;
  pricePerM2: number;
  taxPerJobYear: number;
  horizonYears: number;
}

export interface CostBenefit {
  landDiscount: number;
  yearlyForgone: number;
  cost: number;
  tax: number;
  net: number;
  paybackYears: number | null;
  costPerJob: number | null;
  investmentPerReal: number | null;
  /** Cumulative cost and tax at the end of each year 1…N (for a chart and for checking by hand). */
  years: { year: number; cost: number; tax: number }[];
}

export function costBenefit(input: CostBenefitInput): CostBenefit {
  const n = Math.max(1, Math.floor(input.horizonYears));
  const landDiscount = input.incentives
    .filter((i) => i.kind === 'land-discount')
    .reduce((sum, i) => sum + ((i.discountPct ?? 0) / 100) * input.pricePerM2 * input.areaM2, 0);
  const annual = input.incentives.filter((i) => i.kind !== 'land-discount' && (i.annualAmount ?? 0) > 0);
  const yearlyForgone = annual.reduce((sum, i) => sum + (i.annualAmount ?? 0), 0);
  const taxPerYear = input.taxPerJobYear * input.jobs;
  const years: CostBenefit['years'] = [];
  let cost = landDiscount;
  let tax = 0;
  let paybackYears: number | null = null;
  for (let t = 1; t <= n; t++) {
    // An incentive without a duration lasts the whole horizon.
    cost += annual.reduce((sum, i) => sum + (t <= (i.years ?? n) ? (i.annualAmount ?? 0) : 0), 0);
    tax += taxPerYear;
    years.push({ year: t, cost, tax });
    if (paybackYears === null && tax >= cost && cost > 0) paybackYears = t;
  }
  if (cost === 0) paybackYears = 0;
  return {
    landDiscount,
    yearlyForgone,
    cost,
    tax,
    net: tax - cost,
    paybackYears,
    costPerJob: input.jobs > 0 ? cost / input.jobs : null,
    investmentPerReal: cost > 0 ? input.investment / cost : null,
    years,
  };
}
