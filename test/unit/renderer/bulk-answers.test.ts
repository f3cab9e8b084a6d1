import { describe, expect, it } from 'vitest';
import type { UnresolvedTerritory } from '../../../shared/import/api';
import { topSuggestionState, topSuggestionsIn } from '../../../renderer/src/features/importer/bulk-answers';
import { lookupAnswers, readLookup } from '../../../shared/import/territory/lookup-sheet';

const pending = (key: string, text: string, tops: [number, string][]): UnresolvedTerritory => ({
  key,
  text,
  state: null,
  problem: 'ambiguous',
  rows: 1,
  firstRow: 2,
  candidates: tops.map(([code, stateAbbr]) => ({ code, name: text, stateAbbr, score: 1 })),
});

const SANTA_LUZIA = pending('SANTA LUZIA|', 'SANTA LUZIA', [
  [3157807, 'MG'],
  [2513406, 'PB'],
]);
const SAO_FRANCISCO = pending('SAO FRANCISCO|', 'SÃO FRANCISCO', [
  [3161106, 'MG'],
  [2514008, 'PB'],
]);
const ONLY_PB = pending('X|', 'X', [[2500106, 'PB']]);

describe('answers in bulk for the territories left (issue 13)', () => {
  it('accepts every top suggestion in one state, the chosen state first', () => {
    const all = [SANTA_LUZIA, SAO_FRANCISCO, ONLY_PB];
    expect(topSuggestionState(all, undefined)).toEqual({ state: 'MG', count: 2 });
    expect(topSuggestionState(all, 'PB')).toEqual({ state: 'PB', count: 1 });
    expect([...topSuggestionsIn(all, 'MG')]).toEqual([
      ['SANTA LUZIA|', 3157807],
      ['SAO FRANCISCO|', 3161106],
    ]);
  });

  it("reads the workbook's name → code sheet (header passed over, 6-digit codes completed) and answers the names it gives", () => {
    const rows = [
      { cells: ['Município', 'Código IBGE'] },
      { cells: ['Santa Luzia', '3157807'] },
      { cells: ['São Francisco', '316110'] },
      { cells: ['Fonte: SEF/MG', ''] },
    ];
    const lookup = readLookup(rows, (d) => (d.length === 7 ? Number(d) : d === '316110' ? 3161106 : null));
    expect(lookup && [...lookup]).toEqual([
      ['SANTA LUZIA', 3157807],
      ['SAO FRANCISCO', 3161106],
    ]);
    expect([...lookupAnswers([SANTA_LUZIA, SAO_FRANCISCO, ONLY_PB], lookup ?? new Map())]).toEqual([
      ['SANTA LUZIA|', 3157807],
      ['SAO FRANCISCO|', 3161106],
    ]);
    expect(readLookup([{ cells: ['a', 'b'] }], () => null)).toBeNull();
  });
});
