import type { NormalizedMatrix } from './normalize';
import { orderByScore, sameScore } from './rank';

export interface VikorResult {
  /** Group utility S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j); lower is better. */
  s: number[];
  /** Individual regret R_i = max_j of the same terms; lower is better. */
  r: number[];
  /** Compromise index Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); lower is better. */
  q: number[];
  v: number;
  /** Per-criterion regret terms w_j (f*_j − f_ij)/(f*_j − f⁻_j), row-major m × n: they sum to S_i. */
  regret: Float64Array;
  /** C1 "acceptable advantage": Q(A⁽²⁾) − Q(A⁽¹⁾) ≥ DQ = 1/(m − 1). */
  acceptableAdvantage: boolean;
  /** C2 "acceptable stability": the best by Q is also best by S or by R. */
  acceptableStability: boolean;
  /** The compromise solution(s), alternative indices best first (step 5 of the method). */
  compromise: number[];
}

/**
 * VIKOR (Opricovic & Tzeng 2004, EJOR 156:445). Works on min-max normalized values r (1 = best
 * f*, 0 = worst f⁻ on each criterion, cost criteria already turned around), since
 * (f* − f)/(f* − f⁻) = 1 − r. A criterion that does not vary adds no regret; when S (or R) is the same
 * for everyone its term of Q is 0 rather than 0/0.
 *
 * Compromise (step 5): A⁽¹⁾ if C1 and C2 hold; {A⁽¹⁾, A⁽²⁾} if only C2 fails; if C1 fails,
 * A⁽¹⁾ … A⁽ᴹ⁾ with M the largest position such that Q(A⁽ᴹ⁾) − Q(A⁽¹⁾) < DQ.
 */
export function vikor(minmax: NormalizedMatrix, weights: readonly number[], v = 0.5): VikorResult {
  const { m, n, data } = minmax;
  const varying = varyingColumns(minmax);
  const regret = new Float64Array(m * n);
  const s: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < m; i++) {
    let si = 0;
    let ri = 0;
    for (let j = 0; j < n; j++) {
      const t = varying[j] ? (weights[j] ?? 0) * (1 - data[i * n + j]!) : 0;
      regret[i * n + j] = t;
      si += t;
      if (t > ri) ri = t;
    }
    s.push(si);
    r.push(ri);
  }
  const q = compromiseIndex(s, r, v);
  const byQ = orderByScore(q, false);
  const best = byQ[0] ?? 0;
  const second = byQ[1] ?? best;
  const dq = 1 / (m - 1);
  const acceptableAdvantage = (q[second] ?? 0) - (q[best] ?? 0) >= dq - 1e-12;
  const bestS = Math.min(...s);
  const bestR = Math.min(...r);
  const acceptableStability = sameScore(s[best] ?? 0, bestS) || sameScore(r[best] ?? 0, bestR);
  let compromise: number[];
  if (!acceptableAdvantage) {
    compromise = byQ.filter((i) => (q[i] ?? 0) - (q[best] ?? 0) < dq - 1e-12);
  } else if (!acceptableStability) {
    compromise = [best, second];
  } else {
    compromise = [best];
  }
  return { s, r, q, v, regret, acceptableAdvantage, acceptableStability, compromise };
}

/**
 * 1 for the criteria that vary. Min-max scales a varying column to [0, 1] with a 1 somewhere, and a
 * constant column to 0 everywhere: it has no best and worst, so (f* − f)/(f* − f⁻) is taken as 0.
 */
export function varyingColumns(minmax: NormalizedMatrix): Uint8Array {
  const { m, n, data } = minmax;
  const varying = new Uint8Array(n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (data[i * n + j]! > 0) varying[j] = 1;
  return varying;
}

/** Q from S and R; a term whose spread is zero contributes 0. */
export function compromiseIndex(s: readonly number[], r: readonly number[], v: number): number[] {
  const sMin = Math.min(...s);
  const sMax = Math.max(...s);
  const rMin = Math.min(...r);
  const rMax = Math.max(...r);
  return s.map((si, i) => {
    const a = sameScore(sMax, sMin) ? 0 : (si - sMin) / (sMax - sMin);
    const b = sameScore(rMax, rMin) ? 0 : ((r[i] ?? 0) - rMin) / (rMax - rMin);
    return v * a + (1 - v) * b;
  });
}
