import { buildMatrix } from '../../../shared/analysis/economy/activity-matrix';
import type { ReferenceTotals } from '../../../shared/analysis/economy/types';

/**
 * The worked example "Shift & Share Table with Excel Explanations" (G. Krumme, Geography 350,
 * University of Washington, faculty.washington.edu/krumme/350/ssexcel.html): the region
 * "Holukuluku" with four industries, 1985 → 1995. Published: regional jobs 500/100/200/200 → 1000/
 * 100/250/280; national shares in 1985 10/20/40/30 %; national growth by industry 10/20/30/40 %,
 * 29 % overall; LQs 5, 0.5, 0.5, 0.667; national growth effect 290; differential (regional shift)
 * 450/−20/−10/0 = 420; composition (industry mix) −95/−9/2/22 = −80; total change 630.
 * The nation's absolute jobs are not published; any total with those shares and growth rates gives
 * the same results, so the nation is taken as 10,000 jobs in 1985.
 */
const sectors = ['I', 'II', 'III', 'IV'];
const rows = (values: number[]) => values.map((value, i) => ({ territoryCode: 1, sectorCode: sectors[i] ?? '', value }));
export const region1985 = buildMatrix(rows([500, 100, 200, 200]), sectors);
export const region1995 = buildMatrix(rows([1000, 100, 250, 280]), sectors);
const reference = (values: number[]): ReferenceTotals => ({
  bySector: Float64Array.from(values),
  total: values.reduce((a, b) => a + b, 0),
});
export const nation1985 = reference([1000, 2000, 4000, 3000]);
export const nation1995 = reference([1100, 2400, 5200, 4200]);
