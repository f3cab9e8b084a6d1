import type { ActivityMatrix, Computed } from './types';

/**
 * Relatedness after Hidalgo, Klinger, Barabási & Hausmann (2007), "The product space conditions the
 * development of nations", Science 317:482, applied to territories × sectors:
 *   M_jp = 1 when territory j is specialized in sector p (LQ_jp ≥ 1), else 0;
 *   φ_pq = min(P(M_p | M_q), P(M_q | M_p)) = Σ_j M_jp M_jq / max(k_p, k_q), k_p = Σ_j M_jp;
 *   density ω_jp = Σ_q M_jq φ_pq / Σ_q φ_pq (q ≠ p: a sector is not its own neighbour).
 */
export interface Relatedness {
  sectors: readonly string[];
  territories: readonly number[];
  /** M, row-major territories × sectors, 0/1. */
  specialized: Uint8Array;
  /** φ, sectors × sectors, symmetric, diagonal 0. */
  proximity: Float64Array;
  /** ω, row-major territories × sectors, in [0, 1]; 0 when the sector has no neighbours. */
  density: Float64Array;
}

export function specializationMatrix(lq: readonly Computed[]): Uint8Array {
  return Uint8Array.from(lq, (c) => (c.value !== null && c.value >= 1 ? 1 : 0));
}

export function relatedness(m: ActivityMatrix, lq: readonly Computed[]): Relatedness {
  const T = m.territories.length;
  const P = m.sectors.length;
  const M = specializationMatrix(lq);
  const ubiquity = new Float64Array(P);
  for (let t = 0; t < T; t++) for (let p = 0; p < P; p++) ubiquity[p] = (ubiquity[p] ?? 0) + (M[t * P + p] ?? 0);

  const proximity = new Float64Array(P * P);
  for (let t = 0; t < T; t++) {
    const row = t * P;
    for (let p = 0; p < P; p++) {
      if (!M[row + p]) continue;
      for (let q = p + 1; q < P; q++) if (M[row + q]) proximity[p * P + q] = (proximity[p * P + q] ?? 0) + 1;
    }
  }
  for (let p = 0; p < P; p++) {
    for (let q = p + 1; q < P; q++) {
      const k = Math.max(ubiquity[p] ?? 0, ubiquity[q] ?? 0);
      const phi = k > 0 ? (proximity[p * P + q] ?? 0) / k : 0;
      proximity[p * P + q] = phi;
      proximity[q * P + p] = phi;
    }
  }

  const neighbourhood = new Float64Array(P);
  for (let p = 0; p < P; p++) for (let q = 0; q < P; q++) neighbourhood[p] = (neighbourhood[p] ?? 0) + (proximity[p * P + q] ?? 0);
  const density = new Float64Array(T * P);
  for (let t = 0; t < T; t++) {
    for (let p = 0; p < P; p++) {
      const denominator = neighbourhood[p] ?? 0;
      if (denominator <= 0) continue;
      let numerator = 0;
      for (let q = 0; q < P; q++) if (M[t * P + q]) numerator += proximity[p * P + q] ?? 0;
      density[t * P + p] = numerator / denominator;
    }
  }
  return { sectors: m.sectors, territories: m.territories, specialized: M, proximity, density };
}

export interface PotentialSector {
  sectorCode: string;
  density: number;
  /** The territory's specialized sectors closest to this one: why it is a candidate. */
  relatedSpecializations: { sectorCode: string; proximity: number }[];
}

/**
 * Sectors a territory is not yet specialized in, ranked by density (how many of its existing
 * specializations are close to them), each with the specializations that make it a candidate.
 */
export function potentialSectors(r: Relatedness, territoryCode: number, limit = 10, reasons = 3): PotentialSector[] {
  const t = r.territories.indexOf(territoryCode);
  if (t < 0) return [];
  const P = r.sectors.length;
  const candidates: PotentialSector[] = [];
  for (let p = 0; p < P; p++) {
    if (r.specialized[t * P + p]) continue;
    const d = r.density[t * P + p] ?? 0;
    if (d <= 0) continue;
    const related: { sectorCode: string; proximity: number }[] = [];
    for (let q = 0; q < P; q++) {
      const phi = r.proximity[p * P + q] ?? 0;
      if (r.specialized[t * P + q] && phi > 0) related.push({ sectorCode: r.sectors[q] ?? '', proximity: phi });
    }
    related.sort((a, b) => b.proximity - a.proximity);
    candidates.push({ sectorCode: r.sectors[p] ?? '', density: d, relatedSpecializations: related.slice(0, reasons) });
  }
  return candidates.sort((a, b) => b.density - a.density || a.sectorCode.localeCompare(b.sectorCode)).slice(0, limit);
}
