import { describe, expect, it } from 'vitest';
import { availableDimensions, disaggregate } from '../../../shared/features/programmes/disaggregate';

// The first quarter of the hand example (rollup.test.ts): A1 in Betim, A2 in Contagem.
const Q1 = [
  {
    code: 'A1',
    municipalityCode: 3106705,
    municipalityName: 'Betim',
    startDate: '2025-01-15',
    participants: 20,
    women: 12,
    youth: 5,
    enterprisesFormed: 0,
    enterprisesLegalized: 0,
  },
  {
    code: 'A2',
    municipalityCode: 3118601,
    municipalityName: 'Contagem',
    startDate: '2025-02-10',
    participants: 10,
    women: 4,
    youth: 6,
    enterprisesFormed: 1,
    enterprisesLegalized: 0,
  },
];

describe('an indicator broken down by its disaggregations', () => {
  it('gives participants by sex, age group and territory, each adding up to the 30 participants', () => {
    const tables = disaggregate({ code: 'participants', disaggregation: ['sex', 'age', 'territory'] }, Q1);
    expect(tables.map((t) => [t.dimension, t.parts.map((p) => [p.name ?? p.key, p.value])])).toEqual([
      [
        'sex',
        [
          ['women', 16],
          ['men', 14],
        ],
      ],
      [
        'age',
        [
          ['youth', 11],
          ['other', 19],
        ],
      ],
      [
        'territory',
        [
          ['Betim', 20],
          ['Contagem', 10],
        ],
      ],
    ]);
  });

  it('breaks the other built-ins down by territory only, and a custom indicator not at all', () => {
    expect(availableDimensions('enterprises_formed')).toEqual(['territory']);
    expect(disaggregate({ code: 'enterprises_formed', disaggregation: ['sex', 'territory'] }, Q1)).toEqual([
      {
        dimension: 'territory',
        parts: [
          { key: '3118601', name: 'Contagem', value: 1 },
          { key: '3106705', name: 'Betim', value: 0 },
        ],
      },
    ]);
    expect(disaggregate({ code: 'renda_media', disaggregation: ['sex'] }, Q1)).toEqual([]);
  });
});
