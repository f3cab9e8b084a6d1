/**
 * Ranks from scores. Rank 1 is the best. Ties (scores equal up to floating-point noise) share the
 * better rank ("1, 2, 2, 4": competition ranking) or, for statistics, the average rank.
 */

/** Scores closer than this (relative to their magnitude) are the same score computed two ways. */
const TIE_EPSILON = 1e-12;

/**
 * `unit`: the magnitude of the terms the scores were summed from (1 for every method's scores but a
 * weighted sum without normalization, which is in the values' own units: with a unit of 1, scores
 * near 1e-13 all tied at rank 1).
 */
export function sameScore(a: number, b: number, unit = 1): boolean {
  return Math.abs(a - b) <= TIE_EPSILON * Math.max(unit, Math.abs(a), Math.abs(b));
}

/** Alternative indices, best first; ties keep input order (a stable sort). */
export function orderByScore(scores: readonly number[], higherIsBetter: boolean, unit = 1): number[] {
  const idx = scores.map((_, i) => i);
  return idx.sort((a, b) => {
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    if (sameScore(sa, sb, unit)) return a - b;
    return higherIsBetter ? sb - sa : sa - sb;
  });
}

/** Competition ranks ("1, 2, 2, 4"); rank 1 = best. */
export function rankScores(scores: readonly number[], higherIsBetter: boolean, unit = 1): number[] {
  const order = orderByScore(scores, higherIsBetter, unit);
  const ranks = new Array<number>(scores.length).fill(0);
  let rank = 1;
  order.forEach((alt, pos) => {
    const prev = order[pos - 1];
    if (pos > 0 && prev !== undefined && !sameScore(scores[prev] ?? 0, scores[alt] ?? 0, unit)) rank = pos + 1;
    ranks[alt] = rank;
  });
  return ranks;
}

/**
 * Average ranks ("1, 2.5, 2.5, 4"), the convention of rank statistics (Spearman with ties).
 * Rank 1 goes to the largest value when `higherIsBetter`, else to the smallest.
 */
export function averageRanks(values: readonly number[], higherIsBetter = true): number[] {
  const order = orderByScore(values, higherIsBetter);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const first = values[order[start] ?? 0] ?? 0;
    while (end < order.length && sameScore(values[order[end] ?? 0] ?? 0, first)) end++;
    const avg = (start + 1 + end) / 2; // mean of positions start+1 … end
    for (let k = start; k < end; k++) ranks[order[k] ?? 0] = avg;
    start = end;
  }
  return ranks;
}
