import type { Exclusion } from './missing';
import type { RawDecisionMatrix } from './types';
import { invalid } from './validate';

export const OPERATORS = ['>=', '>', '<=', '<', '=', '!='] as const;
export type Operator = (typeof OPERATORS)[number];

/** A threshold an alternative must meet to be ranked at all ("available area ≥ 10 ha"). */
export interface EligibilityRule {
  criterion: string;
  operator: Operator;
  value: number;
}

/**
 * Keeps the alternatives that meet every rule; the others are excluded with each failed rule as a
 * reason. A missing value cannot be checked, so it excludes too (with that reason).
 */
export function applyEligibility(
  matrix: RawDecisionMatrix,
  rules: readonly EligibilityRule[],
): { matrix: RawDecisionMatrix; excluded: Exclusion[] } {
  const columns = rules.map((rule) => {
    const j = matrix.criteria.findIndex((c) => c.name === rule.criterion);
    if (j < 0) throw invalid(`An eligibility rule refers to criterion "${rule.criterion}", which the scenario does not have.`);
    if (!(OPERATORS as readonly string[]).includes(rule.operator))
      throw invalid(`Unknown comparison "${String(rule.operator)}" in the rule on "${rule.criterion}".`);
    if (!Number.isFinite(rule.value)) throw invalid(`The threshold of the rule on "${rule.criterion}" is not a number.`);
    return j;
  });
  const keep: number[] = [];
  const excluded: Exclusion[] = [];
  matrix.alternatives.forEach((alt, i) => {
    const reasons: string[] = [];
    rules.forEach((rule, k) => {
      const v = matrix.values[i]?.[columns[k] ?? 0];
      if (v === null || v === undefined || !Number.isFinite(v))
        reasons.push(`${rule.criterion}: no value to check ${rule.operator} ${rule.value}`);
      else if (!holds(v, rule.operator, rule.value)) reasons.push(`${rule.criterion} is ${v}, not ${rule.operator} ${rule.value}`);
    });
    if (reasons.length > 0) excluded.push({ alternative: alt, reasons });
    else keep.push(i);
  });
  return {
    matrix: {
      alternatives: keep.map((i) => matrix.alternatives[i] ?? ''),
      criteria: matrix.criteria,
      values: keep.map((i) => matrix.values[i] ?? []),
    },
    excluded,
  };
}

function holds(v: number, op: Operator, t: number): boolean {
  switch (op) {
    case '>=':
      return v >= t;
    case '>':
      return v > t;
    case '<=':
      return v <= t;
    case '<':
      return v < t;
    case '=':
      return v === t;
    case '!=':
      return v !== t;
  }
}
