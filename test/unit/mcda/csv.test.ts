import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMatrixCsv, parsePairwiseCsv } from '../../../shared/analysis/mcda';
import { parseCellNumber } from '../../../shared/analysis/mcda/csv-number';
import { ArranjoError } from '../../../shared/errors';

describe('numbers in matrix files', () => {
  it.each([
    ['0.25', ',', 0.25],
    ['-3', ',', -3],
    ['1e3', ',', 1000],
    ['0,25', ',', 0.25],
    ['12,5', ',', 12.5],
    ['1.234,56', ',', 1234.56],
    ['1,234.56', ',', 1234.56],
    ['25%', ',', 25],
    ['0,25', ';', 0.25],
    ['1,234', ';', 1.234],
    ['0.5', ';', 0.5],
    ['', ',', null],
  ] as const)('reads %s (delimiter %s) as %s', (raw, delimiter, value) => {
    expect(parseCellNumber(raw, delimiter)).toEqual({ ok: true, value });
  });
  it.each([
    ['1,234', ',', /ambiguous/],
    ['12.500', ';', /ambiguous/],
    ['abc', ',', /"abc" is not a number/],
    ['1..2', ',', /not a number/],
  ] as const)('refuses %s (delimiter %s)', (raw, delimiter, reason) => {
    const r = parseCellNumber(raw, delimiter);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
  it('reads back any finite number written plainly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseCellNumber(String(x), ',')).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });
});

describe('parseMatrixCsv', () => {
  const csv =
    'alternative,água,lotes livres,distância\nweight,0.5,0.3,0.2\ndirection,benefit,benefit,cost\nBetim,90,12,30\nContagem,"80,5",20,10\n';
  it('reads header, weights, directions and alternatives', () => {
    expect(parseMatrixCsv(csv, 'm.csv')).toEqual({
      alternatives: ['Betim', 'Contagem'],
      criteria: [
        { name: 'água', direction: 'benefit', weight: 0.5 },
        { name: 'lotes livres', direction: 'benefit', weight: 0.3 },
        { name: 'distância', direction: 'cost', weight: 0.2 },
      ],
      values: [
        [90, 12, 30],
        [80.5, 20, 10],
      ],
    });
  });
  it('reads a semicolon file from a pt-BR Excel, with decimal commas and a BOM', () => {
    const pt = '\uFEFFalternativa;água;custo\npeso;60;40\ndireção;benefício;custo\nBetim;0,5;1.234,5\nUberaba;0,7;900\n';
    const m = parseMatrixCsv(pt, 'm.csv');
    expect(m.values).toEqual([
      [0.5, 1234.5],
      [0.7, 900],
    ]);
    expect(m.criteria.map((c) => c.direction)).toEqual(['benefit', 'cost']);
  });
  it('keeps empty cells as missing values', () => {
    expect(parseMatrixCsv('alternative,a,b\nweight,1,1\ndirection,benefit,cost\nX,,2\nY,1,\n', 'm.csv').values).toEqual([
      [null, 2],
      [1, null],
    ]);
  });
  it.each([
    [
      'alternative,a\nweight,1\ndirection,benefit\nX,abc\n',
      /m\.csv, row 4, column B: "abc" is not a number \(criterion "a"\)/,
      { row: 4, column: 'B' },
    ],
    ['name,a\nweight,1\ndirection,benefit\n', /m\.csv, row 1, column A: the header must start with "alternative"/, { row: 1, column: 'A' }],
    ['alternative,a\ndirection,benefit\nX,1\n', /row 2, column A: the second row must be the weights/, { row: 2 }],
    [
      'alternative,a\nweight,1\ndirection,up\nX,1\n',
      /row 3, column B: the direction of criterion "a" must be benefit or cost, not "up"/,
      { row: 3 },
    ],
    ['alternative,a,a\nweight,1,1\ndirection,benefit,benefit\n', /criterion "a" appears twice/, { row: 1 }],
    ['alternative,a\nweight,1\ndirection,benefit\nX,1\nX,2\n', /row 5, column A: alternative "X" appears twice/, { row: 5 }],
    ['alternative,a\nweight,1\ndirection,benefit\nX,1,7\n', /row 4, column C: the row has 2 values for 1 criteria/, { row: 4 }],
    ['alternative,a\nweight,\ndirection,benefit\nX,1\n', /the weight of criterion "a" is empty/, { row: 2 }],
    ['', /the file is empty/, {}],
  ])('refuses %j, naming row and column', (text, message, location) => {
    try {
      parseMatrixCsv(text, 'm.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArranjoError);
      expect((error as ArranjoError).message).toMatch(message);
      expect((error as ArranjoError).location).toMatchObject({ file: 'm.csv', ...location });
    }
  });
  it('lets objective weighting omit the weight row', () => {
    const m = parseMatrixCsv('alternative,a,b\ndirection,benefit,cost\nX,1,2\nY,2,1\n', 'm.csv', { weights: 'optional' });
    expect(m.criteria.map((c) => c.weight)).toEqual([0, 0]);
  });
});

describe('parsePairwiseCsv', () => {
  it('reads numbers and fractions', () => {
    expect(parsePairwiseCsv('1,3,5\n1/3,1,2\n1/5,1/2,1\n', 'p.csv')).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
  });
  it('refuses a cell that is not a number, naming row and column', () => {
    expect(() => parsePairwiseCsv('1,x\n1,1\n', 'p.csv')).toThrow(/p\.csv, row 1, column 2: "x" is not a number/);
    expect(() => parsePairwiseCsv('1,1/0\n1,1\n', 'p.csv')).toThrow(/divides by zero/);
    expect(() => parsePairwiseCsv('\n\n', 'p.csv')).toThrow(/the file is empty/);
  });
});
