import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatrix, columnsFromRecords, matrixFromColumns, type ActivityRecord } from '../../../shared/analysis/economy/activity-matrix';

const record = fc.record({
  territoryCode: fc.integer({ min: 1_100_015, max: 5_300_108 }),
  sectorCode: fc.constantFrom('01', '02', '10', '47', '99', 'A', '00'),
  value: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
});

describe('activity columns (the analyses read a national year without an object per value)', () => {
  it('hand-worked: two territories given out of order, a null value, a sector left out', () => {
    const records: ActivityRecord[] = [
      { territoryCode: 3106200, sectorCode: '47', value: 10 },
      { territoryCode: 3100104, sectorCode: '01', value: 2.5 },
      { territoryCode: 3106200, sectorCode: '01', value: null },
      { territoryCode: 3106200, sectorCode: '47', value: 1 },
      { territoryCode: 3100104, sectorCode: '99', value: 7 },
    ];
    const columns = columnsFromRecords(records);
    expect(columns.codes).toEqual(['47', '01', '99']);
    const m = matrixFromColumns(columns, ['01', '47']);
    expect(m.territories).toEqual([3100104, 3106200]);
    expect(m.sectors).toEqual(['01', '47']);
    expect([...m.values]).toEqual([2.5, 0, 0, 11]);
  });

  it('gives exactly the matrix buildMatrix gives of the same records (bit for bit, any order, nulls, sector subsets)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 300 }), fc.boolean(), (records, subset) => {
        const sectors = subset ? ['02', '10', '47'] : undefined;
        const expected = buildMatrix(records, sectors);
        const actual = matrixFromColumns(columnsFromRecords(records), sectors);
        expect(actual.territories).toEqual(expected.territories);
        expect(actual.sectors).toEqual(expected.sectors);
        expect(Buffer.from(actual.values.buffer).equals(Buffer.from(expected.values.buffer))).toBe(true);
      }),
    );
  });

  it('grows past its first arrays (1,024 rows) without losing a row', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({
      territoryCode: 3100000 + (i % 853),
      sectorCode: String(i % 87).padStart(2, '0'),
      value: i,
    }));
    const columns = columnsFromRecords(records);
    expect(columns.length).toBe(5000);
    expect(columns.value[4999]).toBe(4999);
    expect(Buffer.from(matrixFromColumns(columns).values.buffer).equals(Buffer.from(buildMatrix(records).values.buffer))).toBe(true);
  });
});
