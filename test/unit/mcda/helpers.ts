import type { DecisionMatrix, Direction } from '../../../shared/analysis/mcda';

/** A decision matrix from rows of values, with criteria named c1…cn. */
export function matrixOf(values: number[][], weights: number[], directions?: Direction[], alternatives?: string[]): DecisionMatrix {
  return {
    alternatives: alternatives ?? values.map((_, i) => `A${i + 1}`),
    criteria: weights.map((weight, j) => ({ name: `c${j + 1}`, direction: directions?.[j] ?? 'benefit', weight })),
    values,
  };
}
