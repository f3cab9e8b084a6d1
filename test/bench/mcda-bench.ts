import { performance } from 'node:perf_hooks';
import { createScorer } from '../../shared/analysis/mcda/scorer';
import { monteCarlo } from '../../shared/analysis/mcda/monte-carlo';
import { mulberry32 } from '../../shared/analysis/mcda/prng';
import { rankAlternatives } from '../../shared/analysis/mcda/ranking';
import { stabilityIntervals } from '../../shared/analysis/mcda/sensitivity';
import type { DecisionMatrix, PreferenceParams } from '../../shared/analysis/mcda/types';

/**
 * Multi-criteria figures, one JSON line each: Monte Carlo weight perturbation (10,000 draws × 853
 * alternatives × 12 criteria, the size of Minas Gerais's municipalities), PROMETHEE II on 853 × 12,
 * stability intervals. Synthetic but seeded data: skewed, lognormal-like columns as agency indicators are.
 */
const M = 853;
const N = 12;

function syntheticMatrix(): DecisionMatrix {
  const random = mulberry32(2024);
  const values = Array.from({ length: M }, () =>
    Array.from({ length: N }, (_, j) => {
      const u = random();
      return j % 3 === 0 ? Math.round(Math.exp(6 * u)) : Math.round(1000 * u) / 10; // counts and shares
    }),
  );
  return {
    alternatives: values.map((_, i) => `M${i + 1}`),
    criteria: Array.from({ length: N }, (_, j) => ({
      name: `c${j + 1}`,
      direction: j % 4 === 3 ? 'cost' : 'benefit',
      weight: 1 + (j % 5),
    })),
    values,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall-clock ms per run; CPU ms (user + system) go to `cpu`, less sensitive to a busy machine. */
function time(runs: number, f: () => void, cpu: number[] = []): number[] {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return ms;
}

const line = (o: object): void => console.log(JSON.stringify(o));
const round1 = (x: number): number => Math.round(x * 10) / 10;
const matrix = syntheticMatrix();
const weightSum = matrix.criteria.reduce((s, c) => s + c.weight, 0);
const weights = matrix.criteria.map((c) => c.weight / weightSum);
const runs = 5;

const wsm = createScorer(matrix, { method: 'wsm' });
time(1, () => monteCarlo(wsm, weights, { draws: 1000, topN: 10, seed: 1, sampling: { kind: 'dirichlet' } })); // warm-up
const mcCpu: number[] = [];
const mc = time(runs, () => monteCarlo(wsm, weights, { draws: 10_000, topN: 10, seed: 1, sampling: { kind: 'dirichlet' } }), mcCpu);
line({
  bench: 'mcda_monte_carlo_wsm',
  unit: 'ms',
  median: round1(median(mc)),
  cpu_median: round1(median(mcCpu)),
  runs,
  draws: 10_000,
  alternatives: M,
  criteria: N,
  target: 1000,
  note: 'Dirichlet(1) weights, top 10 share + mean rank per alternative; normalized matrix precomputed once',
});
const mcPerturbation = time(runs, () =>
  monteCarlo(wsm, weights, { draws: 10_000, topN: 10, seed: 1, sampling: { kind: 'perturbation', spread: 0.2 } }),
);
line({
  bench: 'mcda_monte_carlo_wsm_perturbation',
  unit: 'ms',
  median: round1(median(mcPerturbation)),
  runs,
  draws: 10_000,
  note: '±20% around the base weights',
});

const linear: PreferenceParams = { fn: 'linear', q: 1, p: 20 };
time(1, () => rankAlternatives(matrix, { method: 'promethee2', preferences: linear }));
const prometheeCpu: number[] = [];
const promethee = time(runs, () => rankAlternatives(matrix, { method: 'promethee2', preferences: linear }), prometheeCpu);
line({
  bench: 'mcda_promethee2',
  unit: 'ms',
  median: round1(median(promethee)),
  cpu_median: round1(median(prometheeCpu)),
  runs,
  alternatives: M,
  criteria: N,
  note: 'linear preference function (q = 1, p = 20) on every criterion: ~4.4 M pairwise preference evaluations, flows and contributions',
});
const usual = time(runs, () => rankAlternatives(matrix, { method: 'promethee2' }));
line({ bench: 'mcda_promethee2_usual', unit: 'ms', median: round1(median(usual)), runs, note: 'usual criterion' });

const prometheeScorer = createScorer(matrix, { method: 'promethee2', preferences: linear });
const mcPromethee = time(runs, () =>
  monteCarlo(prometheeScorer, weights, { draws: 10_000, topN: 10, seed: 1, sampling: { kind: 'dirichlet' } }),
);
line({
  bench: 'mcda_monte_carlo_promethee2',
  unit: 'ms',
  median: round1(median(mcPromethee)),
  runs,
  draws: 10_000,
  note: 'unicriterion flows computed once: net flow is linear in the weights',
});

const topsis = createScorer(matrix, { method: 'topsis' });
const mcTopsis = time(3, () => monteCarlo(topsis, weights, { draws: 10_000, topN: 10, seed: 1, sampling: { kind: 'dirichlet' } }));
line({ bench: 'mcda_monte_carlo_topsis', unit: 'ms', median: round1(median(mcTopsis)), runs: 3, draws: 10_000 });

const exact = time(runs, () => stabilityIntervals(wsm, weights, 10));
line({
  bench: 'mcda_stability_intervals_wsm',
  unit: 'ms',
  median: round1(median(exact)),
  runs,
  topN: 10,
  note: 'exact (piecewise linear), all 12 criteria',
});
const searched = time(3, () => stabilityIntervals(topsis, weights, 10));
line({
  bench: 'mcda_stability_intervals_topsis',
  unit: 'ms',
  median: round1(median(searched)),
  runs: 3,
  topN: 10,
  note: '0.01 steps then bisection to 1e-4',
});
