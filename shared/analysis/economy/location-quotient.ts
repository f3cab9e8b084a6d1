import { territoryTotals } from './activity-matrix';
import { computed, missing, type ActivityMatrix, type Computed, type MissingReason, type ReferenceTotals } from './types';

/**
 * Location quotient (Hoover-Balassa): LQ_ij = (E_ij / E_j) / (E_i / E), the sector's share of the
 * territory's jobs over its share of the reference region's jobs. Returned row-major like the matrix.
 */
export function locationQuotients(m: ActivityMatrix, reference: ReferenceTotals): Computed[] {
  const { lq, rowTotals } = locationQuotientValues(m, reference);
  const n = m.sectors.length;
  const out: Computed[] = new Array<Computed>(lq.length);
  for (let i = 0; i < lq.length; i++) {
    const reason = lqMissingReason(rowTotals[Math.floor(i / n)] ?? 0, reference.bySector[i % n] ?? 0, reference.total);
    out[i] = reason ? missing(reason) : computed(lq[i] ?? 0);
  }
  return out;
}

/** Why LQ cannot be computed for a territory total E_j, a reference sector total E_i and reference total E; null when it can. */
export function lqMissingReason(ej: number, ei: number, total: number): MissingReason | null {
  if (total <= 0) return 'reference-empty';
  if (ej <= 0) return 'territory-has-no-jobs';
  if (ei <= 0) return 'sector-absent-from-reference';
  return null;
}

/**
 * The same quotients as plain numbers, row-major, NaN where `lqMissingReason` gives a reason (no
 * object per cell: a national table has half a million), with the territory totals E_j.
 */
export function locationQuotientValues(m: ActivityMatrix, reference: ReferenceTotals): { lq: Float64Array; rowTotals: Float64Array } {
  const n = m.sectors.length;
  const rowTotals = territoryTotals(m);
  const lq = new Float64Array(m.territories.length * n);
  for (let t = 0; t < m.territories.length; t++) {
    const ej = rowTotals[t] ?? 0;
    for (let s = 0; s < n; s++) {
      const ei = reference.bySector[s] ?? 0;
      lq[t * n + s] = lqMissingReason(ej, ei, reference.total) ? Number.NaN : (m.values[t * n + s] ?? 0) / ej / (ei / reference.total);
    }
  }
  return { lq, rowTotals };
}
