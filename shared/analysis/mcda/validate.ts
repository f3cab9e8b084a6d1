import { ArranjoError } from '../../errors';
import type { DecisionMatrix } from './types';

/**
 * Refuses a decision matrix no method can rank honestly, with a message naming the alternative,
 * criterion or cell; returns warnings for what is legal but worth saying (a criterion that does not
 * vary). After this, no method produces NaN or Infinity.
 */
export function validateMatrix(matrix: DecisionMatrix): { warnings: string[] } {
  const { alternatives, criteria, values } = matrix;
  const m = alternatives.length;
  const n = criteria.length;
  if (m < 2) {
    throw invalid(
      m === 0
        ? 'There are no alternatives to rank; at least two are needed.'
        : `Only one alternative (${alternatives[0] ?? ''}) is left to rank; at least two are needed.`,
    );
  }
  if (n === 0) throw invalid('There are no criteria; at least one is needed to rank the alternatives.');
  checkNames(alternatives, 'alternative');
  checkNames(
    criteria.map((c) => c.name),
    'criterion',
  );
  for (const c of criteria) {
    if (c.direction !== 'benefit' && c.direction !== 'cost') {
      throw invalid(`Criterion "${c.name}" has direction "${String(c.direction)}"; it must be benefit or cost.`);
    }
  }
  checkWeights(
    criteria.map((c) => c.weight),
    criteria.map((c) => c.name),
  );
  if (values.length !== m) throw invalid(`The matrix has ${values.length} rows of values for ${m} alternatives.`);
  values.forEach((row, i) => {
    if (row.length !== n) {
      throw invalid(`Alternative "${alternatives[i] ?? ''}" has ${row.length} values for ${n} criteria.`);
    }
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw invalid(
          `The value of alternative "${alternatives[i] ?? ''}" on criterion "${criteria[j]?.name ?? ''}" is missing or not a number. ` +
            'Exclude the alternative or impute the value first.',
        );
      }
    });
  });
  const warnings: string[] = [];
  let varying = 0;
  criteria.forEach((c, j) => {
    const first = values[0]?.[j] ?? 0;
    if (values.every((row) => row[j] === first)) {
      warnings.push(
        `Criterion "${c.name}" has the same value (${first}) for every alternative; it cannot separate them and adds nothing to the ranking.`,
      );
    } else {
      varying++;
    }
  });
  if (varying === 0) throw invalid('Every criterion has the same value for all alternatives; there is nothing to rank them by.');
  return { warnings };
}

/** Weights must be finite, non-negative, and not all zero; they need not sum to 1 (methods normalize). */
export function checkWeights(weights: readonly number[], names: readonly string[]): void {
  weights.forEach((w, j) => {
    if (typeof w !== 'number' || !Number.isFinite(w)) throw invalid(`The weight of criterion "${names[j] ?? j + 1}" is not a number.`);
    if (w < 0) throw invalid(`The weight of criterion "${names[j] ?? j + 1}" is negative (${w}); weights must be 0 or more.`);
  });
  if (!weights.some((w) => w > 0)) throw invalid('All weights are zero; give at least one criterion a positive weight.');
}

function checkNames(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (typeof name !== 'string' || name.trim() === '') throw invalid(`The ${what} in position ${i + 1} has no name.`);
    if (seen.has(name)) throw invalid(`The ${what} "${name}" appears twice; names must be unique.`);
    seen.add(name);
  });
}

export function invalid(message: string, params: Record<string, string | number> = {}): ArranjoError {
  return new ArranjoError('INVALID_INPUT', message, {}, params);
}
