import { describe, expect, it } from 'vitest';
import { findExactDuplicates, findNearDuplicates, foldName, sameNamed } from '../../../shared/features/initiatives/names';
import {
  cosine,
  jaccard,
  rankExchangeSuggestions,
  territoryOverlap,
  type OverlapSubject,
} from '../../../shared/features/initiatives/overlap';

function subject(
  code: string,
  route: string | null,
  sectors: string[],
  members: number[],
  profile: [string, number][] = [],
): OverlapSubject {
  return { code, name: code, route, country: 'BR', states: [], sectors, members, profile: new Map(profile) };
}

describe('overlap ranking (figures worked by hand)', () => {
  it('Jaccard of the sector sets: {A,B,C} vs {B,C,D} = 2/4', () => {
    expect(jaccard(['A', 'B', 'C'], ['B', 'C', 'D'])).toBe(0.5);
    expect(jaccard([], ['A'])).toBeNull();
  });

  it('cosine of jobs-by-sector profiles: (3,4) vs (4,3) = 24/25', () => {
    expect(
      cosine(
        new Map([
          ['1', 3],
          ['2', 4],
        ]),
        new Map([
          ['1', 4],
          ['2', 3],
        ]),
      ),
    ).toBeCloseTo(0.96, 12);
    expect(cosine(new Map(), new Map([['1', 1]]))).toBeNull();
  });

  it('territorial overlap: share of the other\u2019s municipalities shared', () => {
    expect(territoryOverlap([1, 2, 3], [3, 4])).toBe(0.5);
  });

  it('ranks: 0.4·same chain + 0.3·Jaccard + 0.3·cosine, times (1 − overlap)', () => {
    const me = subject(
      'ME',
      'Rota do Mel',
      ['0159802', '1099699'],
      [1, 2],
      [
        ['8', 3],
        ['6', 4],
      ],
    );
    const sameChainElsewhere = subject(
      'MEL-BA',
      'Rota do  mel',
      ['0159802'],
      [10],
      [
        ['8', 4],
        ['6', 3],
      ],
    );
    const otherChain = subject(
      'LEITE',
      'Rota do Leite',
      ['1099699', '1052000', '0151201'],
      [11],
      [
        ['8', 3],
        ['6', 4],
      ],
    );
    const sameTerritory = subject(
      'TWIN',
      'Rota do Mel',
      ['0159802', '1099699'],
      [1, 2],
      [
        ['8', 3],
        ['6', 4],
      ],
    );
    const unrelated = subject('TIC', 'Rota da TIC', ['6201501'], [12]);
    const ranked = rankExchangeSuggestions(me, [me, otherChain, sameChainElsewhere, sameTerritory, unrelated]);
    // MEL-BA: 0.4 + 0.3·(1/2) + 0.3·0.96 = 0.838
    expect(ranked[0]).toMatchObject({ code: 'MEL-BA', sameChain: true, sectorJaccard: 0.5, territoryOverlap: 0 });
    expect(ranked[0]?.score).toBeCloseTo(0.838, 12);
    // LEITE: 0.3·(1/4) + 0.3·1 = 0.375
    expect(ranked[1]?.code).toBe('LEITE');
    expect(ranked[1]?.score).toBeCloseTo(0.375, 12);
    // TWIN covers the same municipalities (overlap 1): 0; TIC shares nothing: 0. Both left out.
    expect(ranked.map((r) => r.code)).toEqual(['MEL-BA', 'LEITE']);
  });

  it('says which side lacks sectors or jobs when a similarity cannot be computed (it then counts 0)', () => {
    const me = subject('ME', 'Rota do Mel', ['0159802'], [1], [['8', 3]]);
    const noSectors = subject('MEL-PI', 'Rota do Mel', [], [20], [['8', 5]]);
    const noJobs = subject('MEL-CE', 'Rota do Mel', ['0159802'], [21]);
    const ranked = rankExchangeSuggestions(me, [noSectors, noJobs]);
    // MEL-CE: 0.4 + 0.3·1 + 0.3·0 (no jobs there) = 0.7; MEL-PI: 0.4 + 0.3·0 (no sectors there) + 0.3·1 = 0.7. Ties by name.
    expect(ranked.map((r) => [r.code, r.sectorJaccard, r.profileCosine, r.gaps])).toEqual([
      ['MEL-CE', 1, null, { sectors: null, jobs: 'candidate' }],
      ['MEL-PI', null, 1, { sectors: 'candidate', jobs: null }],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(0.7, 12);
    // A polo without sectors of its own: every Jaccard is missing on its side.
    const bare = subject('BARE', 'Rota do Mel', [], [2], [['8', 1]]);
    expect(rankExchangeSuggestions(bare, [me, noSectors]).map((r) => r.gaps.sectors)).toEqual(['subject', 'both']);
  });

  it('names: folded equal up to case, accents and spaces; near duplicates of one route found', () => {
    expect(foldName(' Polo da Moda Tucujú do Meio do Mundo')).toBe(foldName('Polo da Moda Tucuju do  Meio do Mundo'));
    const pairs = findNearDuplicates([
      { name: 'Polo do MEL do Meio do Mundo', route: 'Rota do Mel' },
      { name: 'Polo dp MEL do Meio do Mundo', route: 'Rota do Mel' },
      { name: 'Polo dp MEL do Meio do Mundo', route: 'Rota do Leite' },
    ]);
    expect(pairs).toHaveLength(1);
  });

  it('near duplicates: names told apart by their numbers are numbered siblings, not two spellings of one', () => {
    const route = 'Rota do Leite';
    const named = (...names: string[]) => names.map((name) => ({ name, route }));
    expect(findNearDuplicates(named('Núcleo do Leite 1', 'Núcleo do Leite 2', 'Núcleo do Leite 12'))).toEqual([]);
    expect(findNearDuplicates(named('Arranjo Ilustrativo 001', 'Arranjo Ilustrativo 007', 'Arranjo Ilustrativo 017'))).toEqual([]);
    // The same numbers, a letter apart: still two spellings of one.
    expect(findNearDuplicates(named('Núcleo do Leite 2', 'Nucleo do Leitte 2'))).toHaveLength(1);
  });

  it('exact duplicates: the same folded name in any route is a pair (near duplicates skip them); a new name is checked the same way', () => {
    const imported = { code: 'POLO-APICOLA-DO-NORTE-DE-MINAS', name: 'Polo Apícola do Norte de Minas', route: 'Rota do Mel' };
    const byHand = { code: 'POLO-APICOLA-DO-NORTE-DE-MINAS-2', name: 'polo apicola do norte de  Minas ', route: null };
    const other = { code: 'POLO-DO-PESCADO-DAS-GERAIS', name: 'Polo do Pescado das Gerais', route: 'Rota do Pescado' };
    expect(findNearDuplicates([imported, byHand, other])).toEqual([]);
    expect(findExactDuplicates([imported, byHand, other])).toEqual([[imported, byHand]]);
    // Three of one name: every pair, each once.
    const third = { ...byHand, code: 'X-3', route: 'Rota do Leite' };
    expect(findExactDuplicates([imported, other, byHand, third]).map(([a, b]) => `${a.code}|${b.code}`)).toEqual([
      'POLO-APICOLA-DO-NORTE-DE-MINAS|POLO-APICOLA-DO-NORTE-DE-MINAS-2',
      'POLO-APICOLA-DO-NORTE-DE-MINAS|X-3',
      'POLO-APICOLA-DO-NORTE-DE-MINAS-2|X-3',
    ]);
    expect(sameNamed(' POLO APÍCOLA do Norte de Minas', [imported, other])).toEqual([imported]);
    expect(sameNamed('Polo Apícola do Norte', [imported, other])).toEqual([]);
    expect(sameNamed('  ', [imported, { ...other, name: ' ' }])).toEqual([]);
  });
});
