import { computed, missing, type ActivityMatrix, type Computed, type ReferenceTotals } from './types';

export interface DiversityRow {
  territoryCode: number;
  /** Hirschman-Herfindahl Σ s², between 1/n (even) and 1 (one sector). */
  hhi: Computed;
  /** Shannon entropy −Σ s ln s (natural log), between 0 and ln n. */
  shannon: Computed;
  /** Krugman specialization Σ |s_ij − s_i| against the reference shares, between 0 and 2. */
  krugman: Computed;
}

/** Diversification and specialization of each territory's sector shares s_ij = E_ij / E_j. */
export function diversity(m: ActivityMatrix, reference: ReferenceTotals): DiversityRow[] {
  const n = m.sectors.length;
  return m.territories.map((territoryCode, t) => {
    let total = 0;
    for (let s = 0; s < n; s++) total += m.values[t * n + s] ?? 0;
    if (total <= 0) {
      const none = missing('territory-has-no-jobs');
      return { territoryCode, hhi: none, shannon: none, krugman: none };
    }
    let hhi = 0;
    let shannon = 0;
    let krugman = 0;
    for (let s = 0; s < n; s++) {
      const share = (m.values[t * n + s] ?? 0) / total;
      hhi += share * share;
      if (share > 0) shannon -= share * Math.log(share);
      if (reference.total > 0) krugman += Math.abs(share - (reference.bySector[s] ?? 0) / reference.total);
    }
    return {
      territoryCode,
      hhi: computed(hhi),
      shannon: computed(shannon),
      krugman: reference.total > 0 ? computed(krugman) : missing('reference-empty'),
    };
  });
}
