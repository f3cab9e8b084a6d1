import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../../shared/analysis/mcda/ranking';
import type { DecisionMatrix, MethodOptions } from '../../../shared/analysis/mcda/types';
import type { ScenarioRun } from '../../../shared/features/prioritization/types';
import { createWalker, topNChanges, walkRows } from '../../../renderer/src/components/sensitivity/walking';

// Tzeng & Huang (2011) TOPSIS example (test/unit/mcda/topsis.test.ts): A3, A2, A1, A4.
const matrix: DecisionMatrix = {
  alternatives: ['A1', 'A2', 'A3', 'A4'],
  criteria: [
    { name: 'c1', direction: 'benefit', weight: 0.3 },
    { name: 'c2', direction: 'benefit', weight: 0.4 },
    { name: 'c3', direction: 'benefit', weight: 0.3 },
  ],
  values: [
    [5, 8, 4],
    [7, 6, 8],
    [8, 8, 6],
    [7, 4, 6],
  ],
};

function runFor(options: MethodOptions, topN = 2): ScenarioRun {
  const r = rankAlternatives(matrix, options);
  return {
    ranked: r.order.map((i) => ({ key: r.alternatives[i] ?? '', label: `Alt ${r.alternatives[i] ?? ''}`, rank: r.ranks[i] ?? 0 })),
    criteria: r.weights.map((weight, j) => ({ label: `c${j + 1}`, source: '', direction: 'benefit', weight, unit: '', period: '' })),
    topN,
    model: { matrix, options },
  } as unknown as ScenarioRun;
}

describe('walking weights (pure re-scoring in the UI)', () => {
  it.each<MethodOptions>([{ method: 'topsis' }, { method: 'wsm' }, { method: 'promethee2' }, { method: 'vikor' }])(
    'gives the engine’s ranking at the scenario’s weights (%o)',
    (options) => {
      const run = runFor(options);
      const walker = createWalker(run.model);
      const ranks = walker.ranks(run.criteria.map((c) => c.weight));
      const rows = walkRows(run, ranks);
      expect(rows.map((r) => r.change)).toEqual([0, 0, 0, 0]);
      expect(rows.map((r) => r.key)).toEqual(run.ranked.map((r) => r.key));
    },
  );

  it('moves one weight, keeps the others in proportion, and reports who moved and who entered the top N', () => {
    const run = runFor({ method: 'wsm' });
    const walker = createWalker(run.model);
    const w = walker.walk([0.3, 0.4, 0.3], 2, 1);
    expect(w).toEqual([0, 0, 1]);
    expect(walker.walk([0.3, 0.4, 0.3], 1, 0.7).map((x) => Number(x.toFixed(6)))).toEqual([0.15, 0.7, 0.15]);
    const rows = walkRows(run, walker.ranks(w));
    // All weight on c3: A2 (8) first, then A3 and A4 (6, tied), A1 last.
    expect(rows[0]).toMatchObject({ key: 'A2', rank: 1 });
    expect(rows.find((r) => r.key === 'A1')?.rank).toBe(4);
    expect(rows.some((r) => r.change !== 0)).toBe(true);
    const changes = topNChanges(rows, 2);
    expect([...changes.entered, ...changes.left].every((x) => x.startsWith('Alt '))).toBe(true);
  });
});
