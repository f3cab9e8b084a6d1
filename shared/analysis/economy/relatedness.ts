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

  const neighbourhood = neighbourhoods(proximity, P);
  const density = new Float64Array(T * P);
  for (let t = 0; t < T; t++) density.set(densityRow(proximity, neighbourhood, M.subarray(t * P, t * P + P)), t * P);
  return { sectors: m.sectors, territories: m.territories, specialized: M, proximity, density };
}

/** Σ_q φ_pq for every sector p: the denominator of the density. */
function neighbourhoods(proximity: Float64Array, P: number): Float64Array {
  const out = new Float64Array(P);
  for (let p = 0; p < P; p++) for (let q = 0; q < P; q++) out[p] = (out[p] ?? 0) + (proximity[p * P + q] ?? 0);
  return out;
}

function densityRow(proximity: Float64Array, neighbourhood: Float64Array, specialized: ArrayLike<number>): Float64Array {
  const P = neighbourhood.length;
  const out = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const denominator = neighbourhood[p] ?? 0;
    if (denominator <= 0) continue;
    let numerator = 0;
    for (let q = 0; q < P; q++) if (specialized[q]) numerator += proximity[p * P + q] ?? 0;
    out[p] = numerator / denominator;
  }
  return out;
}

/**
 * Places a territory on an existing space: its density in every sector, ω_p = Σ_q M_q φ_pq / Σ_q φ_pq,
 * from its own specialization row M (0/1 by sector, in `r.sectors` order). A custom territory — a set
 * of municipalities summed — is placed on the space the municipalities define, without changing φ.
 * For a territory of the space it gives the same numbers as `r.density`.
 */
export function placeOnSpace(r: Relatedness, specialized: ArrayLike<number>): Float64Array {
  const P = r.sectors.length;
  if (specialized.length !== P) throw new Error(`placeOnSpace needs one specialization flag per sector (${P}), got ${specialized.length}`);
  return densityRow(r.proximity, neighbourhoods(r.proximity, P), specialized);
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
  return rankPotential(r, r.specialized.subarray(t * P, t * P + P), r.density.subarray(t * P, t * P + P), limit, reasons);
}

/**
 * The same ranking for a territory given by its specialization row and densities (see
 * `placeOnSpace`): sectors with M = 0 and density > 0, densest first (ties by code), each with its
 * `reasons` closest specializations.
 */
export function rankPotential(
  r: Relatedness,
  specialized: ArrayLike<number>,
  density: ArrayLike<number>,
  limit = 10,
  reasons = 3,
): PotentialSector[] {
  const P = r.sectors.length;
  const candidates: PotentialSector[] = [];
  for (let p = 0; p < P; p++) {
    if (specialized[p]) continue;
    const d = density[p] ?? 0;
    if (d <= 0) continue;
    const related: { sectorCode: string; proximity: number }[] = [];
    for (let q = 0; q < P; q++) {
      const phi = r.proximity[p * P + q] ?? 0;
      if (specialized[q] && phi > 0) related.push({ sectorCode: r.sectors[q] ?? '', proximity: phi });
    }
    related.sort((a, b) => b.proximity - a.proximity);
    candidates.push({ sectorCode: r.sectors[p] ?? '', density: d, relatedSpecializations: related.slice(0, reasons) });
  }
  return candidates.sort((a, b) => b.density - a.density || a.sectorCode.localeCompare(b.sectorCode)).slice(0, limit);
}
