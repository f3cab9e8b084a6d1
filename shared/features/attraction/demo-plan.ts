import type { Connection } from '../../db/connection';
import { economyArea } from '../economy';
import { History } from '../../engine/history';
import { AttractionService } from './attraction-service';
import { InventoryService } from './inventory-service';
import { SiteRepository } from '../../repositories/site-repository';
import { DEMO_PLAN_SOURCE, DEMO_PLAN_TEXTS as T, demoPlanTitle } from './demo-text';
import type { DemoNote } from '../../domain/demo-note';
import { addDays } from '../../analysis/works/earned-value';

/** One of the demo's own words as stored: in Portuguese (see `planTextIn`). */
const pt = (note: DemoNote): string => note.text['pt-BR'];

/** The district of the demo plan: one of Codemig's 2016 priority districts. */
export const DEMO_PLAN_SITE = 'DI-DIVINOPOLIS';

// 13 lots summing 11,340 m², as in the Viçosa tender; prices around its R$160/m².
const LOTS: [string, number, number, 'available' | 'reserved' | 'sold' | 'occupied'][] = [
  ['Q1-L01', 600, 165, 'occupied'],
  ['Q1-L02', 650, 165, 'available'],
  ['Q1-L03', 700, 160, 'available'],
  ['Q1-L04', 720, 160, 'sold'],
  ['Q2-L01', 750, 160, 'available'],
  ['Q2-L02', 800, 160, 'reserved'],
  ['Q2-L03', 850, 158, 'available'],
  ['Q2-L04', 880, 158, 'available'],
  ['Q3-L01', 900, 155, 'available'],
  ['Q3-L02', 950, 155, 'reserved'],
  ['Q3-L03', 1000, 155, 'available'],
  ['Q3-L04', 1140, 152, 'available'],
  ['Q3-L05', 1400, 150, 'available'],
];

// No CNPJs: inventing numbers could name real companies.
const PROSPECTS: {
  company: string;
  cnae: string;
  investment: number;
  jobs: number;
  areaNeededM2: number;
  stage: 'lead' | 'contact' | 'visit' | 'proposal' | 'negotiation' | 'installed' | 'lost';
  nextAction: string | null;
  /** Days from the demo's day (2026-01-01 in the shipped demo: 73 is 2026-03-15). */
  nextActionInDays: number | null;
  scores: [number, number, number];
}[] = [
  {
    company: 'Empresa ilustrativa A (fundição)',
    cnae: '2451-2/00',
    investment: 4_500_000,
    jobs: 60,
    areaNeededM2: 1300,
    stage: 'negotiation',
    nextAction: pt(T.sendContract),
    nextActionInDays: 73,
    scores: [60, 3, 4],
  },
  {
    company: 'Empresa ilustrativa B (confecção)',
    cnae: '1412-6/01',
    investment: 1_200_000,
    jobs: 45,
    areaNeededM2: 700,
    stage: 'proposal',
    nextAction: pt(T.incentivesMeeting),
    nextActionInDays: 50,
    scores: [70, 2, 1],
  },
  {
    company: 'Empresa ilustrativa C (autopeças)',
    cnae: '2949-2/99',
    investment: 3_000_000,
    jobs: 35,
    areaNeededM2: 950,
    stage: 'visit',
    nextAction: pt(T.lotVisit),
    nextActionInDays: 91,
    scores: [40, 4, 2],
  },
  {
    company: 'Empresa ilustrativa D (logística)',
    cnae: '5211-7/99',
    investment: 2_000_000,
    jobs: 20,
    areaNeededM2: 1400,
    stage: 'contact',
    nextAction: pt(T.presentDistrict),
    nextActionInDays: 29,
    scores: [20, 2, 2],
  },
  {
    company: 'Empresa ilustrativa E (móveis)',
    cnae: '3101-2/00',
    investment: 800_000,
    jobs: 25,
    areaNeededM2: 650,
    stage: 'lead',
    nextAction: pt(T.firstContact),
    nextActionInDays: null,
    scores: [80, 2, 2],
  },
  {
    company: 'Empresa ilustrativa F (metalurgia)',
    cnae: '2539-0/01',
    investment: 1_500_000,
    jobs: 30,
    areaNeededM2: 600,
    stage: 'installed',
    nextAction: null,
    nextActionInDays: null,
    scores: [50, 3, 3],
  },
];

/**
 * An illustrative attraction plan for one priority district, built through the attraction service
 * (target sectors proposed from the demo's RAIS diagnosis), every row flagged illustrative and the
 * plan's source saying what is real (the lot tender's shape, the points-table rule) and what is not.
 */
export async function buildDemoAttractionPlan(conn: Connection, now: string, day: string): Promise<void> {
  const today = (): string => day;
  const ctx = { db: () => conn, changes: () => new History(), now: () => now, today };
  const service = new AttractionService(conn, new History(), today, () => economyArea(ctx));
  const inventory = new InventoryService(conn, new History(), () => now);
  const siteId = new SiteRepository(conn).idByCode(DEMO_PLAN_SITE);
  if (siteId === undefined) return;
  // Dated from the demo's day, as its works are: a demo built on another day (`arranjo init --demo`
  // builds it at today) had its 2026 deadlines all past, every company's next action and every plan
  // action late, where the shipped demo has none.
  const year = day.slice(0, 4);
  const view = service.openPlan({
    siteId,
    period: year,
    title: demoPlanTitle(year).text['pt-BR'],
    goalJobs: 300,
    goalInvestment: 20_000_000,
    salesMethod: 'wsm',
    discountThreshold: 80,
    discountPct: 50,
    horizonYears: 10,
    taxPerJobYear: 2_000,
    illustrative: true,
    source: DEMO_PLAN_SOURCE,
  });
  const planId = view.plan.id;
  const proposed = await service.proposeTargets(planId, { locale: 'pt-BR', limit: 5 });
  for (const t of proposed.targets.slice(0, 3)) service.setTargetState(t.id, 'accepted');
  for (const [code, areaM2, pricePerM2, status] of LOTS)
    inventory.createLot(siteId, { code, areaM2, pricePerM2, status, zoning: 'ZI', illustrative: true, notes: pt(T.illustrative) });
  service.addIncentive(planId, { kind: 'land-discount', name: pt(T.landDiscount), discountPct: 50 });
  service.addIncentive(planId, { kind: 'tax', name: pt(T.taxCut), annualAmount: 15_000, years: 5 });
  service.addIncentive(planId, { kind: 'fee', name: pt(T.feeWaiver), annualAmount: 3_000, years: 2 });
  const manual = service.view(planId).criteria.filter((c) => c.source === 'manual');
  for (const p of PROSPECTS) {
    const { scores, nextActionInDays, ...input } = p;
    const created = inventory.createProspect(siteId, {
      ...input,
      nextActionDate: nextActionInDays === null ? null : addDays(day, nextActionInDays),
      contact: 'contato@exemplo.org',
      illustrative: true,
      notes: pt(T.illustrative),
    });
    manual.forEach((c, i) => inventory.setCriterionValue(created.id, c.id, scores[i] ?? 0));
  }
  service.addAction(planId, {
    title: pt(T.seminar),
    owner: pt(T.agency),
    dueDate: addDays(day, 139),
  });
  service.addAction(planId, {
    title: pt(T.tender),
    owner: pt(T.agency),
    dueDate: addDays(day, 89),
  });
  service.addAction(planId, {
    title: pt(T.fairMission),
    owner: pt(T.partners),
    dueDate: addDays(day, 221),
  });
}
