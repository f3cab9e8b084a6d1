import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmploymentStore } from '../../../shared/import/targets/employment-store';
import { IndicatorStore } from '../../../shared/import/targets/indicator-store';
import {
  ROWS_PER_STATEMENT,
  rowsPerStatement,
  shapeCounts,
  SQLITE_MAX_VARIABLES,
  statementChunks,
  valuesSql,
} from '../../../shared/repositories/import-bulk-insert';
import { numeric } from '../../../shared/repositories/import-write-repository';

describe('rows per multi-row statement', () => {
  it('takes the wanted number of rows while their variables fit', () => {
    expect(rowsPerStatement(6, 3)).toBe(ROWS_PER_STATEMENT);
    expect(rowsPerStatement(6, 3, 100)).toBe(100);
    expect(rowsPerStatement(1, 0, 50_000)).toBe(SQLITE_MAX_VARIABLES);
  });

  it('stays within SQLite’s 32,766 variables, constants included', () => {
    expect(rowsPerStatement(200, 5)).toBe(Math.floor((SQLITE_MAX_VARIABLES - 5) / 200));
    expect(rowsPerStatement(1000, 766, 1000)).toBe(32);
    expect(rowsPerStatement(10, 6, 5000, 100)).toBe(9);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 5000 }),
        (perRow, k, wanted) => {
          const rows = rowsPerStatement(perRow, k, wanted);
          expect(rows).toBeGreaterThanOrEqual(1);
          expect(rows).toBeLessThanOrEqual(wanted);
          expect(k + rows * perRow).toBeLessThanOrEqual(SQLITE_MAX_VARIABLES);
        },
      ),
    );
  });

  it('refuses a row that cannot fit at all, or one without variables', () => {
    expect(() => rowsPerStatement(40_000, 0)).toThrow(RangeError);
    expect(() => rowsPerStatement(100, 32_700)).toThrow(RangeError);
    expect(() => rowsPerStatement(0, 3)).toThrow(RangeError);
  });
});

describe('statement chunks of a group of rows', () => {
  it('cuts full statements, then the rest in powers of two, largest first', () => {
    expect(statementChunks(0, 256)).toEqual([]);
    expect(statementChunks(1, 256)).toEqual([{ offset: 0, size: 1 }]);
    expect(statementChunks(256, 256)).toEqual([{ offset: 0, size: 256 }]);
    expect(statementChunks(255, 256).map((c) => c.size)).toEqual([128, 64, 32, 16, 8, 4, 2, 1]);
    expect(statementChunks(3 * 200 + 137, 200)).toEqual([
      { offset: 0, size: 200 },
      { offset: 200, size: 200 },
      { offset: 400, size: 200 },
      { offset: 600, size: 128 },
      { offset: 728, size: 8 },
      { offset: 736, size: 1 },
    ]);
    expect(statementChunks(7, 3)).toEqual([
      { offset: 0, size: 3 },
      { offset: 3, size: 3 },
      { offset: 6, size: 1 },
    ]);
  });

  it('covers every row once, in order, with few distinct statement sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 1000 }), (count, max) => {
        const chunks = statementChunks(count, max);
        let next = 0;
        let inOrder = true;
        for (const c of chunks) {
          inOrder &&= c.offset === next && c.size >= 1 && c.size <= max;
          // Whatever the count, only `max` and powers of two below it: few statements to prepare.
          inOrder &&= c.size === max || Number.isInteger(Math.log2(c.size));
          next += c.size;
        }
        expect(inOrder).toBe(true);
        expect(next).toBe(count);
        const rest = chunks.filter((c, i) => i >= Math.floor(count / max)).map((c) => c.size);
        expect(rest).toEqual([...new Set(rest)].sort((a, b) => b - a));
      }),
    );
  });
});

describe('multi-row VALUES', () => {
  it('numbers each row’s own values after the shared constants', () => {
    expect(shapeCounts(['value', 1, 'text', 2])).toEqual({ constants: 2, perRow: 2 });
    expect(valuesSql(['value', 1, 'text', 2], 2)).toBe('(?3, ?1, CAST(?4 AS TEXT), ?2), (?5, ?1, CAST(?6 AS TEXT), ?2)');
    expect(valuesSql(['value'], 1)).toBe('(?1)');
  });

  it('uses exactly the variables a full statement binds', () => {
    const shape = ['value', 1, 'text', 'value', 2, 'value', 'value', 3, 'value'] as const;
    const { constants, perRow } = shapeCounts(shape);
    const rows = rowsPerStatement(perRow, constants);
    const numbers = [...valuesSql(shape, rows).matchAll(/\?(\d+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...numbers)).toBe(constants + rows * perRow);
    expect(new Set(numbers).size).toBe(constants + rows * perRow);
  });

  it('binds a code as a number only when SQLite gives the same text back', () => {
    expect(numeric('3106200')).toBe(3106200);
    expect(numeric('0')).toBe(0);
    expect(numeric('2019')).toBe(2019);
    expect(numeric('01113')).toBe('01113');
    expect(numeric('2019-1')).toBe('2019-1');
    expect(numeric('1234567890')).toBe('1234567890');
    expect(numeric('')).toBe('');
  });
});

describe('record stores read as columns', () => {
  it('give the employment records in key order, as records() does', () => {
    const store = new EmploymentStore();
    const base = { year: 2019, measure: 'jobs' as const, missingReason: null };
    store.add({ ...base, classification: 'ibge-setor', territoryCode: 3106705, sectorCode: '2', value: 10, sourceRow: 3 });
    store.add({ ...base, classification: 'cnae-class', territoryCode: 3106200, sectorCode: '01113', value: 1.5, sourceRow: 4 });
    store.add({
      ...base,
      classification: 'ibge-setor',
      territoryCode: 3106200,
      sectorCode: '1',
      value: null,
      missingReason: 'X',
      sourceRow: 5,
    });
    store.add({
      ...base,
      measure: 'payroll',
      classification: 'ibge-setor',
      territoryCode: 3106200,
      sectorCode: '1',
      value: 7,
      sourceRow: 5,
    });
    const columns = store.columns();
    const read = Array.from({ length: columns.length }, (_, i) => ({
      territoryCode: columns.territoryCode(i),
      classification: columns.classification(i),
      sectorCode: columns.sectorCode(i),
      year: columns.year(i),
      measure: columns.measure(i),
      value: columns.value(i),
      missingReason: columns.missingReason(i),
      sourceRow: columns.sourceRow(i),
    }));
    expect(read).toEqual([...store.records()]);
    const refs = store.references();
    expect([...refs.territories].sort((a, b) => a - b)).toEqual([3106200, 3106705]);
    expect(refs.sectors).toHaveLength(3);
    expect(refs.sectors).toEqual(
      expect.arrayContaining([
        { classification: 'ibge-setor', code: '2' },
        { classification: 'ibge-setor', code: '1' },
        { classification: 'cnae-class', code: '01113' },
      ]),
    );
  });

  it('give the indicator values in key order, subjects as numbers', () => {
    const store = new IndicatorStore();
    const base = { subjectKind: 'municipality' as const, missingReason: null };
    store.add({ ...base, indicatorCode: 'IDH', subjectCode: '3106200', period: '2010', value: 0.81, sourceRow: 2 });
    store.add({ ...base, indicatorCode: 'GINI', subjectCode: '3106200', period: '2010', value: null, missingReason: '..', sourceRow: 2 });
    store.add({ ...base, indicatorCode: 'IDH', subjectCode: '3100104', period: '2000', value: 0.6, sourceRow: 3 });
    const columns = store.columns();
    const read = Array.from({ length: columns.length }, (_, i) => ({
      indicatorCode: columns.indicatorCode(i),
      subjectKind: columns.subjectKind(i),
      subjectCode: String(columns.subjectCode(i)),
      period: columns.period(i),
      value: columns.value(i),
      missingReason: columns.missingReason(i),
      sourceRow: columns.sourceRow(i),
    }));
    expect(read).toEqual([...store.records()]);
    expect(store.referencedIndicators().sort()).toEqual(['GINI', 'IDH']);
  });
});
