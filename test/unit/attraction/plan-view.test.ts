import { describe, expect, it } from 'vitest';
import { buildPlanView, type PlanParts } from '../../../shared/features/attraction/plan-view';
import type { Lot, Prospect } from '../../../shared/features/attraction/types';
import type { LotStatus } from '../../../shared/features/attraction/vocabulary';

const lot = (id: number, code: string, pricePerM2: number | null, status: LotStatus): Lot => ({
  id,
  siteId: 1,
  code,
  areaM2: 1_000,
  pricePerM2,
  status,
  zoning: null,
  pollutionClass: null,
  infrastructure: null,
  notes: null,
  illustrative: false,
});

const prospect = (id: number, company: string, lotId: number | null): Prospect => ({
  id,
  siteId: 1,
  company,
  cnpj: null,
  cnae: null,
  investment: 1_000_000,
  jobs: 10,
  areaNeededM2: 1_000,
  stage: 'negotiation',
  nextAction: null,
  nextActionDate: null,
  contact: null,
  notes: null,
  lotId,
  illustrative: false,
});

const parts = (lots: Lot[], prospects: Prospect[]): PlanParts => ({
  plan: {
    id: 1,
    siteId: 1,
    period: '2025',
    title: null,
    goalJobs: null,
    goalInvestment: null,
    salesMethod: 'wsm',
    weightOrigin: 'direct',
    ahpMatrix: null,
    discountThreshold: null,
    discountPct: null,
    horizonYears: 5,
    taxPerJobYear: 0,
    illustrative: false,
    source: 'test',
    notes: null,
  },
  site: { id: 1, code: 'DI-X', name: 'Distrito X' } as PlanParts['site'],
  targets: [],
  lots,
  incentives: [
    { id: 1, planId: 1, kind: 'land-discount', name: 'Desconto', discountPct: 50, annualAmount: null, years: null, notes: null },
  ],
  criteria: [],
  prospects,
  history: [],
  criterionValues: [],
  actions: [],
  sectorOfCnae: () => null,
  today: '2025-06-30',
});

describe('the attraction plan view', () => {
  it('prices the land of a company without a lot at the mean of the lots for sale, not of the sold and occupied ones', () => {
    // Available R$ 100 and R$ 140 → mean R$ 120/m²; the sold lot at R$ 400 and the occupied one at R$ 20 do not count.
    // Land discount = 50 % × R$ 120 × 1,000 m² = R$ 60,000 (with all four: 50 % × R$ 165 × 1,000 = R$ 82,500).
    const lots = [
      lot(1, 'L-01', 100, 'available'),
      lot(2, 'L-02', 140, 'available'),
      lot(3, 'L-03', 400, 'sold'),
      lot(4, 'L-04', 20, 'occupied'),
    ];
    const view = buildPlanView(parts(lots, [prospect(1, 'Sem lote', null), prospect(2, 'No L-03', 3)]));
    expect(view.prospects[0]?.costBenefit?.landDiscount).toBe(60_000);
    // A company on a lot pays that lot's price, whatever its status.
    expect(view.prospects[1]?.costBenefit?.landDiscount).toBe(200_000);
  });

  it('names the lots two companies hold (a workspace from before schema 18), keeping both', () => {
    const lots = [lot(1, 'L-01', 100, 'sold'), lot(2, 'L-02', 100, 'reserved'), lot(3, 'L-03', 100, 'available')];
    const prospects = [prospect(1, 'Alfa', 1), prospect(2, 'Beta', 1), prospect(3, 'Gama', 2), prospect(4, 'Delta', null)];
    const view = buildPlanView(parts(lots, prospects));
    expect(view.sharedLots).toEqual([{ lotCode: 'L-01', companies: ['Alfa', 'Beta'] }]);
    expect(view.prospects.map((p) => p.company)).toEqual(['Alfa', 'Beta', 'Gama', 'Delta']);
  });
});
