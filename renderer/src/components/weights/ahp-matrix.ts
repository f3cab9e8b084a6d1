import { ahp, type AhpResult } from '../../../../shared/analysis/mcda/ahp';
import { ahpRefusal, judgementNumber, type AhpRefusalParams } from '../../../../shared/analysis/mcda/ahp-refusals';
import { ArranjoError } from '../../../../shared/errors';

/** Saaty's 1–9 scale and its reciprocals, as offered in the pairwise editor (row vs column). */
export const SAATY_VALUES: readonly number[] = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * "3", "1/5", "1": how a judgement reads in the editor (the engine's `judgementNumber`, with two
 * decimals in the language's mark `decimal` for other values, and "–" for a value that is no positive number).
 */
export function judgementText(value: number, decimal = '.'): string {
  return judgementNumber(value, { decimals: 2, decimal, notPositive: '–' });
}

/** The nearest value of Saaty's scale (suggested values are rarely exactly on it). */
export function nearestSaaty(value: number): number {
  let best = 1;
  let distance = Infinity;
  for (const v of SAATY_VALUES) {
    const d = Math.abs(Math.log(v) - Math.log(value));
    if (d < distance) {
      distance = d;
      best = v;
    }
  }
  return best;
}

/** n × n with ones everywhere (every criterion equally important). */
export function identityPairwise(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(1));
}

/** Sets a_ij = value and its reciprocal a_ji = 1/value: the matrix stays reciprocal by construction. */
export function setJudgement(matrix: readonly (readonly number[])[], i: number, j: number, value: number): number[][] {
  return matrix.map((row, r) =>
    row.map((x, c) => {
      if (r === i && c === j) return value;
      if (r === j && c === i) return 1 / value;
      return x;
    }),
  );
}

/**
 * The matrix with 1 on its diagonal (a criterion compared with itself), its judgements kept: the way
 * out of a stored matrix whose diagonal is not 1, which the editor shows but does not let set.
 */
export function withUnitDiagonal(matrix: readonly (readonly number[])[]): number[][] {
  return matrix.map((row, r) => row.map((x, c) => (r === c ? 1 : x)));
}

/** The matrix for `n` criteria: kept when the size matches, else ones (criteria were added or removed). */
export function pairwiseFor(matrix: readonly (readonly number[])[] | null, n: number): number[][] {
  if (matrix && matrix.length === n && matrix.every((row) => row.length === n)) return matrix.map((row) => [...row]);
  return identityPairwise(n);
}

/** Removes criterion k from a pairwise matrix. */
export function withoutCriterion(matrix: readonly (readonly number[])[], k: number): number[][] {
  return matrix.filter((_, r) => r !== k).map((row) => row.filter((_, c) => c !== k));
}

/** Adds a criterion judged equal to every other (a row and a column of ones). */
export function withCriterion(matrix: readonly (readonly number[])[]): number[][] {
  return [...matrix.map((row) => [...row, 1]), new Array<number>(matrix.length + 1).fill(1)];
}

/**
 * AHP of the matrix, or why it gives no weights (a matrix under edit, or one stored by an older
 * version, can be invalid): the refusal to say in the UI language, and the engine's English words.
 */
export function tryAhp(matrix: readonly (readonly number[])[]): {
  result: AhpResult | null;
  refusal: AhpRefusalParams | null;
  error: string | null;
} {
  try {
    return { result: ahp(matrix), refusal: null, error: null };
  } catch (error) {
    const refusal = error instanceof ArranjoError ? ahpRefusal(error.params) : null;
    return { result: null, refusal, error: error instanceof Error ? error.message : String(error) };
  }
}
