import { territoryTotals } from './activity-matrix';
import { computed, missing, type ActivityMatrix, type Computed, type ReferenceTotals } from './types';

/**
 * Location quotient (Hoover-Balassa): LQ_ij = (E_ij / E_j) / (E_i / E), the sector's share of the
 * territory's jobs over its share of the reference region's jobs. Returned row-major like the matrix.
 */
export function locationQuotients(m: ActivityMatrix, reference: ReferenceTotals): Computed[] {
  const n = m.sectors.length;
  const rowTotals = territoryTotals(m);
  const out: Computed[] = new Array<Computed>(m.territories.length * n);
  for (let t = 0; t < m.territories.length; t++) {
    const ej = rowTotals[t] ?? 0;
    for (let s = 0; s < n; s++) {
      const ei = reference.bySector[s] ?? 0;
      if (reference.total <= 0) out[t * n + s] = missing('reference-empty');
      else if (ej <= 0) out[t * n + s] = missing('territory-has-no-jobs');
      else if (ei <= 0) out[t * n + s] = missing('sector-absent-from-reference');
      else out[t * n + s] = computed((m.values[t * n + s] ?? 0) / ej / (ei / reference.total));
    }
  }
  return out;
}
