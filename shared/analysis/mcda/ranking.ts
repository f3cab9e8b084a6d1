import { additiveContributions, topsisContributions, weightedTerms, type Contributions } from './contributions';
import { DEFAULT_NORMALIZATION, normalizeColumns, type NormalizedMatrix } from './normalize';
import { resolvePreferences } from './preference';
import { promethee } from './promethee';
import { orderByScore, rankScores } from './rank';
import { topsis, type TopsisResult } from './topsis';
import type { DecisionMatrix, Method, MethodOptions, Normalization, Ranking } from './types';
import { invalid, validateMatrix } from './validate';
import { vikor, type VikorResult } from './vikor';
import { weightedSum } from './weighted-sum';
import { normalizeWeights } from './weights';

export interface RankingResult extends Ranking {
  method: Method;
  normalization: Normalization;
  /** The weights used, divided by their sum. */
  weights: number[];
  warnings: string[];
  contributions: Contributions;
  topsis?: TopsisResult;
  promethee?: { positiveFlow: number[]; negativeFlow: number[] };
  vikor?: Omit<VikorResult, 'regret'>;
}

/** Validates, normalizes and ranks with one method. Throws ArranjoError (INVALID_INPUT) on bad input. */
export function rankAlternatives(matrix: DecisionMatrix, options: MethodOptions): RankingResult {
  const { warnings } = validateMatrix(matrix);
  const weights = normalizeWeights(
    matrix.criteria.map((c) => c.weight),
    matrix.criteria.map((c) => c.name),
  );
  const { m, n } = { m: matrix.alternatives.length, n: matrix.criteria.length };
  const normalization = options.method === 'vikor' ? 'minmax' : (options.normalization ?? DEFAULT_NORMALIZATION[options.method]);
  const r = normalizeColumns(matrix, normalization);
  const base = (scores: number[], higherIsBetter: boolean, contributions: Contributions, unit = 1): RankingResult => ({
    method: options.method,
    normalization,
    weights,
    warnings,
    alternatives: [...matrix.alternatives],
    scores: scores.map(clean),
    higherIsBetter,
    ranks: rankScores(scores, higherIsBetter, unit),
    order: orderByScore(scores, higherIsBetter, unit),
    contributions,
  });
  switch (options.method) {
    case 'wsm': {
      const { scores } = weightedSum(r, weights);
      const terms = weightedTerms(r.data, m, n, weights);
      // Without normalization the scores are in the values' units: ties are judged against the terms' size.
      const unit = normalization === 'none' ? terms.reduce((u, x) => Math.max(u, Math.abs(x)), 0) : 1;
      const explanation = 'Each bar is weight × normalized value; the bars add up to the score.';
      return base(scores, true, additiveContributions(terms, m, n, explanation), unit);
    }
    case 'topsis': {
      const t = topsis(r, weights);
      return { ...base(t.closeness, true, topsisContributions(r, weights, t)), topsis: t };
    }
    case 'promethee2': {
      const prefs = resolvePreferences(options.preferences, matrix);
      const p = promethee(r, weights, prefs);
      const terms = weightedTerms(p.unicriterion, m, n, weights);
      const contributions = additiveContributions(
        terms,
        m,
        n,
        'Each bar is weight × the net flow on that criterion alone; the bars add up to the net flow φ.',
      );
      return { ...base(p.netFlow, true, contributions), promethee: { positiveFlow: p.positiveFlow, negativeFlow: p.negativeFlow } };
    }
    case 'vikor': {
      const v = options.v ?? 0.5;
      if (!(v >= 0 && v <= 1)) throw invalid(`VIKOR's weight of the group-utility strategy v must be between 0 and 1, not ${v}.`);
      const result = vikor(r, weights, v);
      const { regret, ...rest } = result;
      const contributions = additiveContributions(
        regret,
        m,
        n,
        'Each bar is the regret on that criterion (how far from the best value, weighted); they add up to S, lower is better.',
      );
      return { ...base(result.q, false, contributions), vikor: rest };
    }
  }
}

/** The normalized matrix a method works on (for displays of "why this value"). */
export function methodMatrix(matrix: DecisionMatrix, options: MethodOptions): NormalizedMatrix {
  const normalization = options.method === 'vikor' ? 'minmax' : (options.normalization ?? DEFAULT_NORMALIZATION[options.method]);
  return normalizeColumns(matrix, normalization);
}

/** No −0 in results. */
function clean(x: number): number {
  return x === 0 ? 0 : x;
}
