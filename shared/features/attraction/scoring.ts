import {
  rankAlternatives,
  resolveMissing,
  createScorer,
  keyedStabilityIntervals,
  type DecisionMatrix,
  type KeyedStability,
  type Method,
  type MethodOptions,
  type RawDecisionMatrix,
} from '../../analysis/mcda';
import type { CriterionSource } from './vocabulary';

/** A sales criterion as the scoring needs it. */
export interface ScoringCriterion {
  id: number;
  name: string;
  source: CriterionSource;
  direction: 'benefit' | 'cost';
  weight: number;
}

/** What a prospect brings to the scoring; `manual` holds values typed per criterion id. */
export interface ScoringApplicant {
  id: number;
  company: string;
  jobs: number | null;
  investment: number | null;
  areaNeededM2: number | null;
  /** 1 when its CNAE falls in an accepted target sector, 0 otherwise, null when it has no CNAE. */
  sectorFit: number | null;
  manual: ReadonlyMap<number, number>;
}

export interface ScoredApplicant {
  prospectId: number;
  company: string;
  values: (number | null)[];
  score: number;
  /** WSM only: the score × 100, the "points" a points table compares with its threshold. */
  points: number | null;
  rank: number;
  /** Land-price discount the points earn under the plan's rule (%), or 0. */
  discountPct: number;
}

export interface ApplicantScoring {
  method: Method;
  criteria: { id: number; name: string; weight: number; direction: 'benefit' | 'cost' }[];
  applicants: ScoredApplicant[];
  higherIsBetter: boolean;
  /** Missing values filled with the criterion's worst known value, so a gap never helps. */
  imputed: { company: string; criterion: string; value: number }[];
  /** The sensitivity of the first place to the weights (null with fewer than 2 applicants or criteria). */
  sensitivity: ScoringSensitivity | null;
  warnings: ScoringWarning[];
}

/** What the ranking could not use, said in the user's language from `code` and `params`. */
export interface ScoringWarning {
  code: 'no-weight' | 'too-few-applicants' | 'no-values' | 'constant' | 'all-equal';
  params: Record<string, string | number>;
  /** The same in English, for the CLI and logs. */
  message: string;
}

/**
 * What the shared sensitivity view (walking weights, stability intervals) needs — the same shape a
 * prioritization run gives it: the ranked matrix and its options, the criteria with their weights
 * (summing to 1), the applicants (keyed by prospect id) best first, and how far each weight may move
 * (the others keeping their proportions) before the first place changes.
 */
export interface ScoringSensitivity {
  topN: 1;
  criteria: { label: string; weight: number }[];
  ranked: { key: string; label: string; rank: number }[];
  model: { matrix: DecisionMatrix; options: MethodOptions };
  stability: KeyedStability[];
}

/** A prospect's value on one criterion, from its figures (ratios need a positive area). */
export function criterionValue(c: ScoringCriterion, a: ScoringApplicant): number | null {
  switch (c.source) {
    case 'jobs':
      return a.jobs;
    case 'investment':
      return a.investment;
    case 'jobs-per-m2':
      return a.jobs !== null && a.areaNeededM2 ? a.jobs / a.areaNeededM2 : null;
    case 'investment-per-m2':
      return a.investment !== null && a.areaNeededM2 ? a.investment / a.areaNeededM2 : null;
    case 'sector-fit':
      return a.sectorFit;
    case 'manual':
      return a.manual.get(c.id) ?? null;
  }
}

export interface DiscountRule {
  threshold: number | null;
  pct: number | null;
}

/**
 * Scores applicant companies with the project's one multi-criteria engine (shared/analysis/mcda):
 * the plan's method and weights, the method's classic normalization (WSM: min-max, so WSM points run
 * 0–100 relative to the applicants), missing values at the worst known value, and the sensitivity
 * of the first place to the weights (for the shared sensitivity view).
 */
export function scoreApplicants(
  criteria: readonly ScoringCriterion[],
  applicants: readonly ScoringApplicant[],
  method: Method,
  discount: DiscountRule,
): ApplicantScoring {
  const used = criteria.filter((c) => c.weight > 0);
  const base: ApplicantScoring = {
    method,
    criteria: used.map((c) => ({ id: c.id, name: c.name, weight: c.weight, direction: c.direction })),
    applicants: [],
    higherIsBetter: method !== 'vikor',
    imputed: [],
    sensitivity: null,
    warnings: [],
  };
  if (used.length === 0 || applicants.length < 2) {
    // A ranking needs two applicants: a single one is listed first, unscored.
    const alone = applicants.map((a) => ({
      prospectId: a.id,
      company: a.company,
      values: used.map((c) => criterionValue(c, a)),
      score: 0,
      points: null,
      rank: 1,
      discountPct: 0,
    }));
    const warning: ScoringWarning =
      used.length === 0
        ? { code: 'no-weight', params: {}, message: 'no sales criterion has a weight' }
        : { code: 'too-few-applicants', params: { applicants: applicants.length }, message: 'at least two applicants are needed to rank' };
    return { ...base, applicants: alone, warnings: [warning] };
  }
  const values = applicants.map((a) => used.map((c) => criterionValue(c, a)));
  const raw: RawDecisionMatrix = {
    alternatives: applicants.map((a) => String(a.id)),
    criteria: used.map((c) => ({ name: c.name, direction: c.direction, weight: c.weight })),
    values,
  };
  // A criterion nobody has a value for cannot be imputed: it is left out, and said so.
  const empty = used.map((_, j) => values.every((row) => row[j] === null));
  const keep = used.map((_, j) => !empty[j]);
  const warnings: ScoringWarning[] = used
    .filter((_, j) => empty[j])
    .map((c) => ({ code: 'no-values', params: { criterion: c.name }, message: `no applicant has a value for "${c.name}": left out` }));
  const kept: RawDecisionMatrix = {
    alternatives: raw.alternatives,
    criteria: raw.criteria.filter((_, j) => keep[j]),
    values: raw.values.map((row) => row.filter((_, j) => keep[j])),
  };
  if (kept.criteria.length === 0) return { ...base, warnings };
  const resolved = resolveMissing(kept, 'worst');
  // A criterion on which every applicant has the same value cannot separate them (said per criterion);
  // when none separates them, they are tied and listed unranked, rather than refused.
  const constant = resolved.matrix.criteria.filter((_, j) =>
    resolved.matrix.values.every((row) => row[j] === resolved.matrix.values[0]?.[j]),
  );
  for (const c of constant) {
    warnings.push({
      code: 'constant',
      params: { criterion: c.name },
      message: `every applicant has the same value for "${c.name}": it cannot separate them`,
    });
  }
  if (constant.length === resolved.matrix.criteria.length) {
    const tied = applicants.map((a, i) => ({
      prospectId: a.id,
      company: a.company,
      values: values[i] ?? [],
      score: 0,
      points: null,
      rank: 1,
      discountPct: 0,
    }));
    return {
      ...base,
      applicants: tied,
      warnings: [...warnings, { code: 'all-equal', params: {}, message: 'the applicants do not differ on any criterion: they are tied' }],
    };
  }
  const options: MethodOptions = { method };
  const company = new Map(applicants.map((a) => [String(a.id), a.company]));
  const ranking = rankAlternatives(resolved.matrix, options);
  const scored: ScoredApplicant[] = applicants.map((a, i) => {
    const score = ranking.scores[i] ?? 0;
    const points = method === 'wsm' ? Math.round(score * 10000) / 100 : null;
    const earns = points !== null && discount.threshold !== null && discount.pct !== null && points > discount.threshold;
    return {
      prospectId: a.id,
      company: a.company,
      values: values[i] ?? [],
      score,
      points,
      rank: ranking.ranks[i] ?? i + 1,
      discountPct: earns ? (discount.pct ?? 0) : 0,
    };
  });
  scored.sort((x, y) => x.rank - y.rank || x.company.localeCompare(y.company));
  let sensitivity: ScoringSensitivity | null = null;
  if (resolved.matrix.criteria.length >= 2) {
    const scorer = createScorer(resolved.matrix, options);
    sensitivity = {
      topN: 1,
      criteria: resolved.matrix.criteria.map((c, j) => ({ label: c.name, weight: ranking.weights[j] ?? 0 })),
      ranked: scored.map((a) => ({ key: String(a.prospectId), label: a.company, rank: a.rank })),
      model: { matrix: resolved.matrix, options },
      stability: keyedStabilityIntervals(scorer, ranking.weights, 1, resolved.matrix.alternatives),
    };
  }
  return {
    ...base,
    applicants: scored,
    higherIsBetter: ranking.higherIsBetter,
    imputed: resolved.imputed.map((m) => ({
      company: company.get(m.alternative) ?? m.alternative,
      criterion: m.criterion,
      value: m.value,
    })),
    sensitivity,
    warnings,
  };
}
