import { sameScore } from './rank';
import { scoreInto, type WeightedScorer } from './scorer';
import { invalid } from './validate';

/** How far one criterion's weight can move before the top-N set changes. */
export interface StabilityInterval {
  criterion: number;
  /** The weight now (weights summing to 1). */
  weight: number;
  /** The top-N set stays the same for weights strictly between `lower` and `upper` (0 ≤ lower ≤ weight ≤ upper ≤ 1). */
  lower: number;
  upper: number;
  /** Exact (WSM, PROMETHEE II: scores are linear in the weights) or found by bisection (TOPSIS, VIKOR). */
  exact: boolean;
  /** What happens just past each bound: who enters and who leaves the top N; null when the bound is 0 or 1 and nothing changes. */
  belowLower: { enters: number; leaves: number } | null;
  aboveUpper: { enters: number; leaves: number } | null;
}

/**
 * Per-criterion weight stability intervals (the "weight stability intervals" of Mareschal 1988 and of
 * Opricovic & Tzeng 2007, for a top-N set instead of a single best). Criterion k's weight moves to
 * t while the other weights keep their proportions, w_j(t) = w_j (1 − t)/(1 − w_k); when w_k = 1 the
 * others share 1 − t equally.
 *
 * Linear scorers: score_i(t) = t·B_ik + (1 − t)·c_i is linear in t, so the first crossing between a
 * member of the top N and a non-member on each side of w_k is found exactly. Others: steps of 0.01
 * from w_k, then bisection to `tolerance` (a change undone within one step can be missed).
 * When the base ranking is tied at the N-th place the interval is [w_k, w_k].
 */
export function stabilityIntervals(
  scorer: WeightedScorer,
  weights: readonly number[],
  topN: number,
  tolerance = 1e-4,
): StabilityInterval[] {
  const { m, n } = scorer;
  if (weights.length !== n) throw invalid(`${weights.length} weights were given for ${n} criteria.`);
  if (!(Number.isInteger(topN) && topN >= 1 && topN < m))
    throw invalid(`The top N must be a whole number from 1 to ${m - 1}, not ${topN}.`);
  const w = Float64Array.from(weights);
  const scores = new Float64Array(m);
  scoreInto(scorer, w, scores);
  const top = topSet(scores, topN);
  const tied = boundaryTied(scores, topN);
  const result: StabilityInterval[] = [];
  for (let k = 0; k < n; k++) {
    const wk = w[k]!;
    if (tied || n === 1) {
      result.push({ criterion: k, weight: wk, lower: wk, upper: wk, exact: scorer.kind === 'linear', belowLower: null, aboveUpper: null });
      continue;
    }
    result.push(
      scorer.kind === 'linear' ? linearInterval(scorer.basis, m, n, w, k, top) : searchedInterval(scorer, w, k, top, topN, tolerance),
    );
  }
  return result;
}

/** A stability interval with the alternatives that enter and leave named by their keys (what a view shows). */
export interface KeyedStability extends Omit<StabilityInterval, 'belowLower' | 'aboveUpper'> {
  belowLower: { enters: string; leaves: string } | null;
  aboveUpper: { enters: string; leaves: string } | null;
}

/** `stabilityIntervals` with the alternatives named by `keys` (the matrix's alternatives, in order). */
export function keyedStabilityIntervals(
  scorer: WeightedScorer,
  weights: readonly number[],
  topN: number,
  keys: readonly string[],
): KeyedStability[] {
  const name = (c: { enters: number; leaves: number } | null) =>
    c ? { enters: keys[c.enters] ?? '', leaves: keys[c.leaves] ?? '' } : null;
  return stabilityIntervals(scorer, weights, topN).map((s) => ({ ...s, belowLower: name(s.belowLower), aboveUpper: name(s.aboveUpper) }));
}

/** Weights with criterion k at t and the others rescaled proportionally. */
export function weightsWith(w: Float64Array, k: number, t: number, out: Float64Array = new Float64Array(w.length)): Float64Array {
  const n = w.length;
  const rest = 1 - w[k]!;
  for (let j = 0; j < n; j++) out[j] = j === k ? t : rest > 1e-12 ? (w[j]! * (1 - t)) / rest : (1 - t) / (n - 1);
  return out;
}

function linearInterval(basis: Float64Array, m: number, n: number, w: Float64Array, k: number, top: Uint8Array): StabilityInterval {
  const wk = w[k]!;
  const others = weightsWith(w, k, 0); // the others' shares when criterion k has weight 0
  const c = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) if (j !== k) s += others[j]! * basis[i * n + j]!;
    c[i] = s;
  }
  let lower = 0;
  let upper = 1;
  let crossedBelow = false;
  let crossedAbove = false;
  for (let i = 0; i < m; i++) {
    if (!top[i]) continue;
    for (let l = 0; l < m; l++) {
      if (top[l]) continue;
      // f(t) = score_i(t) − score_l(t) = α + β t, positive at t = wk.
      const alpha = c[i]! - c[l]!;
      const beta = basis[i * n + k]! - basis[l * n + k]! - alpha;
      if (beta === 0) continue;
      const root = -alpha / beta;
      if (beta < 0 && root < upper && root >= wk) {
        upper = root;
        crossedAbove = true;
      } else if (beta > 0 && root > lower && root <= wk) {
        lower = root;
        crossedBelow = true;
      }
    }
  }
  // Several pairs can cross at the same bound; who actually enters is read off the order just past it.
  const belowLower = crossedBelow ? changeJustPast(basis, c, m, n, k, lower, -1, top) : null;
  const aboveUpper = crossedAbove ? changeJustPast(basis, c, m, n, k, upper, 1, top) : null;
  return { criterion: k, weight: wk, lower, upper, exact: true, belowLower, aboveUpper };
}

/**
 * The top-N set just past t (direction +1: just above, −1: just below) for linear scores
 * score_i(t) = c_i (1 − t) + B_ik t: order by the score at t, scores equal at t by their slope in the
 * direction of travel. Exact, even when several crossings meet at t.
 */
function changeJustPast(
  basis: Float64Array,
  c: Float64Array,
  m: number,
  n: number,
  k: number,
  t: number,
  direction: 1 | -1,
  top: Uint8Array,
): { enters: number; leaves: number } | null {
  const at = (i: number): number => c[i]! * (1 - t) + basis[i * n + k]! * t;
  const slope = (i: number): number => direction * (basis[i * n + k]! - c[i]!);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => {
    const sa = at(a);
    const sb = at(b);
    if (!sameScore(sa, sb)) return sb - sa;
    return slope(b) - slope(a) || a - b;
  });
  const size = top.reduce((s, x) => s + x, 0);
  const next = new Uint8Array(m);
  for (let r = 0; r < size; r++) next[order[r]!] = 1;
  let enters = -1;
  let leaves = -1;
  for (let i = 0; i < m; i++) {
    if (next[i] && !top[i] && enters < 0) enters = i;
    if (!next[i] && top[i] && leaves < 0) leaves = i;
  }
  return enters >= 0 && leaves >= 0 ? { enters, leaves } : null;
}

function searchedInterval(
  scorer: WeightedScorer,
  w: Float64Array,
  k: number,
  top: Uint8Array,
  topN: number,
  tolerance: number,
): StabilityInterval {
  const wk = w[k]!;
  const buf = new Float64Array(w.length);
  const scores = new Float64Array(scorer.m);
  const differsAt = (t: number): { enters: number; leaves: number } | null => {
    scoreInto(scorer, weightsWith(w, k, t, buf), scores);
    const set = topSet(scores, topN);
    let enters = -1;
    let leaves = -1;
    for (let i = 0; i < set.length; i++) {
      if (set[i] && !top[i]) enters = i;
      if (!set[i] && top[i]) leaves = i;
    }
    return enters >= 0 ? { enters, leaves } : null;
  };
  const search = (direction: 1 | -1): { bound: number; change: { enters: number; leaves: number } | null } => {
    const end = direction > 0 ? 1 : 0;
    let same = wk;
    for (let step = 1; ; step++) {
      const t = direction > 0 ? Math.min(1, wk + step * 0.01) : Math.max(0, wk - step * 0.01);
      const change = differsAt(t);
      if (change) {
        let diff = t;
        let last = change;
        while (Math.abs(diff - same) > tolerance) {
          const mid = (same + diff) / 2;
          const c = differsAt(mid);
          if (c) {
            diff = mid;
            last = c;
          } else same = mid;
        }
        return { bound: (same + diff) / 2, change: last };
      }
      same = t;
      if (t === end) return { bound: end, change: null };
    }
  };
  const up = search(1);
  const down = search(-1);
  return { criterion: k, weight: wk, lower: down.bound, upper: up.bound, exact: false, belowLower: down.change, aboveUpper: up.change };
}

/** The N best (ties broken by input order), as a 0/1 mask. */
export function topSet(scores: Float64Array, topN: number): Uint8Array {
  const idx = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const mask = new Uint8Array(scores.length);
  for (let r = 0; r < topN; r++) mask[idx[r]!] = 1;
  return mask;
}

function boundaryTied(scores: Float64Array, topN: number): boolean {
  const sorted = Float64Array.from(scores).sort();
  const m = sorted.length;
  return sameScore(sorted[m - topN]!, sorted[m - topN - 1]!);
}
