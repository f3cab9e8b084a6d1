import { mulberry32 } from './prng';
import { RadixOrderer } from './radix-order';
import { scoreInto, type WeightedScorer } from './scorer';
import { invalid } from './validate';

/**
 * How weights are drawn: uniformly on the simplex (Dirichlet(1, …, 1): "any weights at all", as in
 * SMAA, Lahdelma & Salminen 2001), or each base weight multiplied by a uniform factor in
 * [1 − spread, 1 + spread] and the result rescaled to sum 1 ("the weights, give or take x%").
 */
export type WeightSampling = { kind: 'dirichlet' } | { kind: 'perturbation'; spread: number };

export interface MonteCarloOptions {
  draws: number;
  topN: number;
  seed: number;
  sampling: WeightSampling;
}

export interface MonteCarloResult {
  draws: number;
  topN: number;
  /** Rank acceptability of the top N: the share of draws in which the alternative is among the N best. Σ = N. */
  topNShare: number[];
  /** The share of draws in which the alternative is first. Σ = 1. */
  firstShare: number[];
  /** Mean rank over the draws (average ranks for ties). */
  meanRank: number[];
  /** Best and worst rank seen. */
  bestRank: number[];
  worstRank: number[];
}

/**
 * Monte Carlo weight perturbation (stochastic multicriteria acceptability, Lahdelma, Hokkanen &
 * Salminen 1998): draw weights, re-score, record who is in the top N. Ties at the N-th place share
 * the remaining places fractionally, so the shares always sum to N.
 *
 * Cost per draw: one m × n scoring pass and one radix ordering of the m scores (exact; ties are
 * exact equality of the double scores). No allocation per draw.
 */
export function monteCarlo(scorer: WeightedScorer, baseWeights: readonly number[], options: MonteCarloOptions): MonteCarloResult {
  const { m, n } = scorer;
  const { draws, topN, seed, sampling } = options;
  if (!(Number.isInteger(draws) && draws >= 1 && draws <= 1_000_000))
    throw invalid(`The number of draws must be a whole number from 1 to 1,000,000, not ${draws}.`);
  if (!(Number.isInteger(topN) && topN >= 1 && topN <= m)) throw invalid(`The top N must be a whole number from 1 to ${m}, not ${topN}.`);
  if (baseWeights.length !== n) throw invalid(`${baseWeights.length} weights were given for ${n} criteria.`);
  if (sampling.kind === 'perturbation' && !(sampling.spread >= 0 && sampling.spread <= 1)) {
    throw invalid(`The perturbation must be between 0% and 100%, not ${sampling.spread * 100}%.`);
  }
  const random = mulberry32(seed);
  const base = Float64Array.from(baseWeights);
  const w = new Float64Array(n);
  const scores = new Float64Array(m);
  const orderer = new RadixOrderer(m);
  const inTop = new Float64Array(m);
  const first = new Float64Array(m);
  const rankSum = new Float64Array(m);
  const best = new Float64Array(m).fill(Infinity);
  const worst = new Float64Array(m);
  for (let d = 0; d < draws; d++) {
    drawWeights(sampling, base, w, random);
    scoreInto(scorer, w, scores);
    const idx = orderer.order(scores); // ascending
    // Walk from the best down, one group of tied scores at a time: ranks r0 … r1 (1 = best).
    let p = m - 1;
    while (p >= 0) {
      const s = scores[idx[p]!]!;
      let q = p - 1;
      while (q >= 0 && scores[idx[q]!]! === s) q--;
      const r0 = m - p;
      const r1 = m - q - 1;
      const size = r1 - r0 + 1;
      const avg = (r0 + r1) / 2;
      const top = r1 <= topN ? 1 : r0 > topN ? 0 : (topN - r0 + 1) / size;
      const firstShare = r0 === 1 ? 1 / size : 0;
      for (let k = q + 1; k <= p; k++) {
        const i = idx[k]!;
        inTop[i] = inTop[i]! + top;
        first[i] = first[i]! + firstShare;
        rankSum[i] = rankSum[i]! + avg;
        if (r0 < best[i]!) best[i] = r0;
        if (r1 > worst[i]!) worst[i] = r1;
      }
      p = q;
    }
  }
  return {
    draws,
    topN,
    topNShare: Array.from(inTop, (x) => x / draws),
    firstShare: Array.from(first, (x) => x / draws),
    meanRank: Array.from(rankSum, (x) => x / draws),
    bestRank: Array.from(best),
    worstRank: Array.from(worst),
  };
}

/** One weight vector summing to 1, into `w`. */
export function drawWeights(sampling: WeightSampling, base: Float64Array, w: Float64Array, random: () => number): void {
  const n = w.length;
  let sum = 0;
  if (sampling.kind === 'dirichlet') {
    for (let j = 0; j < n; j++) {
      const e = -Math.log(1 - random()); // 1 − u ∈ (0, 1]: no log(0)
      w[j] = e;
      sum += e;
    }
  } else {
    const spread = sampling.spread;
    for (let j = 0; j < n; j++) {
      const x = base[j]! * (1 + spread * (2 * random() - 1));
      w[j] = x;
      sum += x;
    }
  }
  if (sum > 0) for (let j = 0; j < n; j++) w[j] = w[j]! / sum;
  else for (let j = 0; j < n; j++) w[j] = 1 / n;
}
