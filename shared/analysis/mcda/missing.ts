import type { DecisionMatrix, RawDecisionMatrix } from './types';
import { invalid } from './validate';

export const MISSING_POLICIES = ['exclude', 'mean', 'median', 'worst'] as const;
/**
 * What to do with a missing value (the user chooses, and the choice is shown):
 * - `exclude`: leave the alternative out of the ranking;
 * - `mean` / `median`: the mean / median of the known values of that criterion;
 * - `worst`: the worst known value of that criterion (lowest for benefit, highest for cost), so a
 *   missing figure never helps an alternative.
 */
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

export interface Exclusion {
  alternative: string;
  reasons: string[];
}

export interface Imputation {
  alternative: string;
  criterion: string;
  value: number;
  /** The rule, in words: "mean of the 52 known values". */
  rule: string;
}

export interface MissingResolution {
  matrix: DecisionMatrix;
  excluded: Exclusion[];
  imputed: Imputation[];
}

function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || !Number.isFinite(v);
}

/** Fills or drops missing cells according to the policy; reports every exclusion and imputation. */
export function resolveMissing(raw: RawDecisionMatrix, policy: MissingPolicy): MissingResolution {
  const { alternatives, criteria, values } = raw;
  const excluded: Exclusion[] = [];
  const imputed: Imputation[] = [];
  if (policy === 'exclude') {
    const keep: number[] = [];
    alternatives.forEach((alt, i) => {
      const missing = criteria.filter((_, j) => isMissing(values[i]?.[j])).map((c) => c.name);
      if (missing.length > 0) excluded.push({ alternative: alt, reasons: missing.map((c) => `no value for ${c}`) });
      else keep.push(i);
    });
    return {
      matrix: {
        alternatives: keep.map((i) => alternatives[i] ?? ''),
        criteria,
        values: keep.map((i) => (values[i] ?? []).map((v) => v ?? 0)),
      },
      excluded,
      imputed,
    };
  }
  const fill = criteria.map((c, j) => {
    const known = values.map((row) => row[j]).filter((v): v is number => !isMissing(v));
    if (known.length === values.length) return null;
    if (known.length === 0) throw invalid(`Criterion "${c.name}" has no value for any alternative; nothing to impute from.`);
    return imputeValue(known, policy, c.direction === 'cost');
  });
  const filled = values.map((row, i) =>
    criteria.map((c, j) => {
      const v = row[j];
      if (!isMissing(v)) return v;
      const f = fill[j];
      if (!f) return 0; // unreachable: a criterion with a missing cell has a fill
      imputed.push({ alternative: alternatives[i] ?? '', criterion: c.name, value: f.value, rule: f.rule });
      return f.value;
    }),
  );
  return { matrix: { alternatives: [...alternatives], criteria, values: filled }, excluded, imputed };
}

function imputeValue(known: number[], policy: Exclude<MissingPolicy, 'exclude'>, cost: boolean): { value: number; rule: string } {
  const k = known.length;
  switch (policy) {
    case 'mean':
      return { value: known.reduce((s, v) => s + v, 0) / k, rule: `mean of the ${k} known values` };
    case 'median': {
      const sorted = [...known].sort((a, b) => a - b);
      const mid = Math.floor(k / 2);
      const value = k % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
      return { value, rule: `median of the ${k} known values` };
    }
    case 'worst':
      return cost
        ? { value: Math.max(...known), rule: `worst known value (highest of ${k}, a cost criterion)` }
        : { value: Math.min(...known), rule: `worst known value (lowest of ${k})` };
  }
}
