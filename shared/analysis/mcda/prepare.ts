import { applyEligibility, type EligibilityRule } from './eligibility';
import { resolveMissing, type Exclusion, type Imputation, type MissingPolicy } from './missing';
import type { DecisionMatrix, RawDecisionMatrix } from './types';

export interface PreparedMatrix {
  matrix: DecisionMatrix;
  /** Alternatives left out, with why: failed eligibility rules first, then missing values. */
  excluded: Exclusion[];
  imputed: Imputation[];
}

/**
 * From the user's matrix to one every method can rank: eligibility rules first (on the values as
 * given), then the missing-value policy on the eligible alternatives (so imputed means are those of
 * the eligible set).
 */
export function prepareMatrix(
  raw: RawDecisionMatrix,
  options: { rules?: readonly EligibilityRule[]; missing: MissingPolicy },
): PreparedMatrix {
  const eligible = applyEligibility(raw, options.rules ?? []);
  const resolved = resolveMissing(eligible.matrix, options.missing);
  return { matrix: resolved.matrix, excluded: [...eligible.excluded, ...resolved.excluded], imputed: resolved.imputed };
}
