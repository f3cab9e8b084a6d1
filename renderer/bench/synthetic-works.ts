import { monthEnd } from '../../shared/analysis/works/earned-value';
import type { PortfolioInput } from '../../shared/features/works/portfolio';
import { WORK_CATEGORIES, type Measurement, type Work } from '../../shared/features/works/types';

export const WORKS_BENCH = { works: 5_000, months: 24, districts: 50, statusDate: '2025-12-31' } as const;

const month = (offset: number): string => `${2024 + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`;

/** 5,000 works in 50 districts, each 24 months long and measured every month (deterministic, no randomness). */
export function syntheticPortfolio(): PortfolioInput {
  const works: Work[] = [];
  const measurements = new Map<number, Measurement[]>();
  for (let i = 1; i <= WORKS_BENCH.works; i++) {
    const start = i % 12;
    const budget = 100_000 + (i % 97) * 25_000;
    const pace = 0.8 + (i % 5) * 0.06;
    const district = String(i % WORKS_BENCH.districts).padStart(2, '0');
    works.push({
      id: i,
      siteId: (i % WORKS_BENCH.districts) + 1,
      siteCode: `DI-${district}`,
      siteName: `Distrito ${district}`,
      code: `OB-${i}`,
      title: `Obra ${i}`,
      category: WORK_CATEGORIES[i % WORK_CATEGORIES.length] ?? 'other',
      fundingSource: 'own-budget',
      agency: null,
      contractor: null,
      contractNumber: null,
      contractValue: null,
      budgetPlanned: budget,
      plannedStart: `${month(start)}-01`,
      plannedEnd: monthEnd(month(start + WORKS_BENCH.months - 1)),
      actualStart: `${month(start)}-05`,
      actualEnd: null,
      status: 'in-progress',
      paralysisReason: null,
      paralysisDate: null,
      restartDate: null,
      notes: null,
      source: 'bench',
      illustrative: true,
      needs: [],
    });
    measurements.set(
      i,
      Array.from({ length: WORKS_BENCH.months }, (_, k) => {
        const progress = Math.min(100, ((k + 1) / WORKS_BENCH.months) * 100 * pace);
        return {
          workId: i,
          date: monthEnd(month(start + k)),
          physicalProgress: progress,
          committed: budget,
          disbursed: (budget * progress) / 100,
          correction: false,
        };
      }),
    );
  }
  return { works, measurements, schedules: new Map() };
}
