import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../../shared/import/targets/number-set';
import { EmploymentStore } from '../../../shared/import/targets/employment-store';
import { IndicatorStore } from '../../../shared/import/targets/indicator-store';

describe('KeyIndex', () => {
  it('finds every key it was given, refuses duplicates, and lists positions in key order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 52 }), { maxLength: 3000 }), (keys) => {
        const index = new KeyIndex();
        keys.forEach((k, i) => expect(index.add(k, i)).toBe(-1));
        keys.forEach((k, i) => {
          expect(index.get(k)).toBe(i);
          expect(index.add(k, 99_999)).toBe(i);
        });
        expect(index.size).toBe(keys.length);
        const order = [...index.positionsInKeyOrder()].map((p) => keys[p]);
        expect(order).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });
});

describe('KeyIndex on keys in table order', () => {
  it('keeps increasing keys without hashing, and moves to a hash table when they stop being a few sorted runs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 52 }), { minLength: 1, maxLength: 3000 }),
        fc.nat({ max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 52 }), { maxLength: 200 }),
        fc.nat({ max: 10_000 }),
        (unique, sortedCount, later, expected) => {
          // A sorted run first (as a file sorted like the table gives), then anything.
          const sorted = [...unique].sort((a, b) => a - b).slice(0, sortedCount);
          const rest = unique.filter((k) => !sorted.includes(k));
          const keys = [...sorted, ...rest, ...later];
          const index = new KeyIndex();
          index.reserve(expected);
          const first = new Map<number, number>();
          keys.forEach((k, i) => {
            const expected = first.get(k) ?? -1;
            expect(index.add(k, i)).toBe(expected);
            if (expected === -1) first.set(k, i);
            // A repeat of the key just added, or of an earlier one, is caught in either mode.
            expect(index.add(k, 99_999)).toBe(first.get(k));
          });
          for (const [k, position] of first) expect(index.get(k)).toBe(position);
          expect(index.has(2 ** 53 - 1)).toBe(first.has(2 ** 53 - 1));
          expect(index.size).toBe(first.size);
          expect([...index.positionsInKeyOrder()]).toEqual([...first].sort((a, b) => a[0] - b[0]).map(([, p]) => p));
        },
      ),
    );
  });

  it('gives the same answers for interleaved increasing sequences, as many as fit the sorted runs and more', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 52 }), { maxLength: 400 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 3000 }),
        (sequences, picks) => {
          // Each sequence increasing (a year of a file sorted by territory), taken in turns as `picks` says, then whatever is left.
          const queues = sequences.map((s) => [...s].sort((a, b) => a - b));
          const keys: number[] = [];
          for (const pick of picks) {
            const queue = queues[pick % queues.length] ?? [];
            const key = queue.shift();
            if (key !== undefined) keys.push(key);
          }
          for (const queue of queues) keys.push(...queue);
          const index = new KeyIndex();
          const first = new Map<number, number>();
          keys.forEach((k, i) => {
            const expected = first.get(k) ?? -1;
            expect(index.add(k, i)).toBe(expected);
            if (expected === -1) first.set(k, i);
          });
          for (const [k, position] of first) expect(index.get(k)).toBe(position);
          expect(index.size).toBe(first.size);
          expect([...index.positionsInKeyOrder()]).toEqual([...first].sort((a, b) => a[0] - b[0]).map(([, p]) => p));
        },
      ),
    );
  });

  it('keeps two interleaved years of a national file in order', () => {
    // Territory by territory, sector by sector, each with 2021 then 2020: two runs, merged in key order.
    const index = new KeyIndex();
    const key = (year: number, territory: number, sector: number): number => ((year - 1900) * 16_777_216 + territory) * 4096 + sector;
    let position = 0;
    let allNew = true;
    for (let t = 1; t <= 5570; t++)
      for (let s = 0; s < 87; s++) for (const year of [2021, 2020]) allNew &&= index.add(key(year, t, s), position++) === -1;
    expect(allNew).toBe(true);
    expect(index.add(key(2020, 17, 3), 0)).toBe(((17 - 1) * 87 + 3) * 2 + 1);
    const order = index.positionsInKeyOrder();
    expect([order[0], order[1], order[5570 * 87 - 1], order[5570 * 87]]).toEqual([1, 3, 5570 * 87 * 2 - 1, 0]);
  });

  it('handles a million increasing keys and a late one out of order', () => {
    const index = new KeyIndex();
    let allNew = true;
    for (let i = 0; i < 1_000_000; i++) allNew &&= index.add(i * 3 + 1, i) === -1;
    expect(allNew).toBe(true);
    expect(index.add(2_999_998, 7)).toBe(999_999);
    expect(index.add(1, 7)).toBe(0);
    expect(index.add(0, 1_000_000)).toBe(-1);
    expect(index.get(4)).toBe(1);
    expect(index.get(2)).toBe(-1);
    const order = index.positionsInKeyOrder();
    expect([order[0], order[1], order[order.length - 1]]).toEqual([1_000_000, 0, 999_999]);
  });
});

describe('record stores', () => {
  it('keep employment values compactly, catch duplicate keys, and give them back in table order', () => {
    const store = new EmploymentStore();
    const base = { classification: 'ibge-setor' as const, year: 2019, measure: 'jobs' as const, missingReason: null };
    expect(store.add({ ...base, territoryCode: 3106705, sectorCode: '2', value: 10, sourceRow: 3 })).toBe(true);
    expect(store.add({ ...base, territoryCode: 3106200, sectorCode: '2', value: 20.5, sourceRow: 4 })).toBe(true);
    expect(store.add({ ...base, territoryCode: 3106200, sectorCode: '1', value: null, missingReason: 'X', sourceRow: 5 })).toBe(true);
    expect(store.add({ ...base, territoryCode: 3106200, sectorCode: '2', value: 1, sourceRow: 9 })).toBe(false);
    expect(store.firstRowOf({ ...base, territoryCode: 3106200, sectorCode: '2', value: 1, sourceRow: 9 })).toBe(4);
    expect(store.heldAt(3106200, 'ibge-setor', '1', 2019, 'jobs')).toEqual({ value: null, missingReason: 'X' });
    expect(store.heldAt(3106200, 'ibge-setor', '2', 2019, 'jobs')).toEqual({ value: 20.5, missingReason: null });
    expect(store.heldAt(3106200, 'ibge-setor', '1', 2019, 'payroll')).toBeUndefined();
    expect(store.add({ ...base, territoryCode: 3106705, sectorCode: '10', year: 2018, value: 7, sourceRow: 10 })).toBe(true);
    // The table's key (schema 13): classification, measure, year, territory, then sector by code (as SQLite compares text).
    expect([...store.records()].map((r) => [r.year, r.territoryCode, r.sectorCode, r.value, r.missingReason])).toEqual([
      [2018, 3106705, '10', 7, null],
      [2019, 3106200, '1', null, 'X'],
      [2019, 3106200, '2', 20.5, null],
      [2019, 3106705, '2', 10, null],
    ]);
    expect(store.scope()).toEqual({ classifications: ['ibge-setor'], measures: ['jobs'], years: [2018, 2019] });
  });

  it('keep indicator values the same way', () => {
    const store = new IndicatorStore();
    const base = { subjectKind: 'municipality' as const, missingReason: null };
    expect(store.add({ ...base, indicatorCode: 'B', subjectCode: '3106200', period: '2010', value: 1, sourceRow: 2 })).toBe(true);
    expect(store.add({ ...base, indicatorCode: 'A', subjectCode: '3106200', period: '2010', value: 2, sourceRow: 2 })).toBe(true);
    expect(store.add({ ...base, indicatorCode: 'B', subjectCode: '3106200', period: '2010', value: 3, sourceRow: 7 })).toBe(false);
    expect(store.firstRowOf({ ...base, indicatorCode: 'B', subjectCode: '3106200', period: '2010', value: 3, sourceRow: 7 })).toBe(2);
    expect([...store.records()].map((r) => r.indicatorCode)).toEqual(['B', 'A']); // interned order: B first
    expect(store.indicatorCodes()).toEqual(['B', 'A']);
    expect(store.periods()).toEqual(['2010']);
  });
});

describe('EmploymentStore.combine (rows repeating a key, as the user chose)', () => {
  const row = (value: number | null, sourceRow: number) => ({
    territoryCode: 3106705,
    classification: 'cnae-subclass' as const,
    sectorCode: '2910701',
    year: 2021,
    measure: 'value_added' as const,
    value,
    missingReason: value === null ? 'sigilo' : null,
    sourceRow,
  });
  const fold = (how: 'sum' | 'mean' | 'last', values: (number | null)[]) => {
    const store = new EmploymentStore();
    values.forEach((v, i) => {
      if (!store.add(row(v, i + 2))) expect(store.combine(row(v, i + 2), how)).toBe(true);
    });
    expect(store.length).toBe(1);
    return { record: store.at(0), combined: store.combinedRows };
  };

  it('adds up, averages (over the rows with a number) or keeps the last row, and counts the rows combined', () => {
    expect(fold('sum', [10, 20, 30])).toMatchObject({ record: { value: 60, sourceRow: 2 }, combined: 2 });
    expect(fold('mean', [10, 20, 60]).record.value).toBe(30);
    expect(fold('mean', [null, 10, 20]).record).toMatchObject({ value: 15, missingReason: null });
    expect(fold('last', [10, 20, null]).record).toMatchObject({ value: null, missingReason: 'sigilo', sourceRow: 4 });
    expect(fold('sum', [null, null]).record).toMatchObject({ value: null, missingReason: 'sigilo' });
  });

  it('has nothing to combine with a key not given before', () => {
    expect(new EmploymentStore().combine(row(1, 2), 'sum')).toBe(false);
  });
});
