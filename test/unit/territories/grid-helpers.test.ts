import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnTotals, groupKeyCompare, groupOrder } from '../../../renderer/src/components/grid/grid-meta';
import { heatColor, numericRange } from '../../../renderer/src/components/grid/heat';
import { parseLocaleNumber, parseTsv, toTsv } from '../../../renderer/src/components/grid/tsv';

describe('grid helpers', () => {
  it('reads tab-separated blocks as spreadsheets copy them (quotes, CRLF, trailing newline)', () => {
    expect(parseTsv('a\tb\r\n1\t2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseTsv('"x\ty"\t"say ""hi"""\n"two\nlines"\t')).toEqual([
      ['x\ty', 'say "hi"'],
      ['two\nlines', ''],
    ]);
    expect(parseTsv('')).toEqual([]);
  });

  it('writes what it reads back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string().map((x) => x.replace(/\r/g, '')),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const width = rows[0]!.length;
          const rect = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          // A last line of one empty cell is indistinguishable from the block's closing newline.
          if (width === 1 && rect[rect.length - 1]![0] === '') return;
          expect(parseTsv(toTsv(rect))).toEqual(rect);
        },
      ),
    );
  });

  it('parses numbers in the user locale; text is NaN, empty is null', () => {
    expect(parseLocaleNumber('1.234,5', 'pt-BR')).toBe(1234.5);
    expect(parseLocaleNumber('1.234', 'pt-BR')).toBe(1234);
    expect(parseLocaleNumber('12.5', 'pt-BR')).toBe(12.5);
    expect(parseLocaleNumber('-3', 'es')).toBe(-3);
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber(' ', 'en')).toBeNull();
    expect(parseLocaleNumber('doze', 'pt-BR')).toBeNaN();
    expect(parseLocaleNumber('12 ha', 'pt-BR')).toBeNaN();
  });

  it('colours heat-map cells by position in the range, greener when better', () => {
    expect(heatColor(10, 0, 10, 'higher-better')).toBe('rgba(47, 158, 68, 0.560)');
    expect(heatColor(10, 0, 10, 'lower-better')).toBe('rgba(47, 158, 68, 0.060)');
    expect(heatColor(5, 0, 10, 'neutral')).toBe('rgba(34, 139, 230, 0.310)');
    expect(heatColor(null, 0, 10, 'neutral')).toBeUndefined();
    expect(heatColor(3, 3, 3, 'neutral')).toBeUndefined();
    expect(numericRange([3, null, -1, 'x', 7])).toEqual({ min: -1, max: 7 });
  });

  it('totals sum or average the numbers shown', () => {
    const rows = [
      { a: 1, b: 10 },
      { a: null, b: 20 },
      { a: 3, b: 'x' },
    ].map((r) => (c: string) => (r as Record<string, unknown>)[c]);
    expect(
      columnTotals(
        [
          { colId: 'a', total: 'sum' },
          { colId: 'b', total: 'mean' },
        ],
        rows,
      ),
    ).toEqual({ a: 4, b: 15 });
    expect(columnTotals([{ colId: 'a', total: 'sum' }], [])).toEqual({ a: null });
  });

  it('a ratio total divides the sums of two fields: a portfolio’s progress weighted by budget, its SPI Σ EV / Σ PV', () => {
    // Betim's three demo-like works: 100 % of R$ 1 M, 50 % of R$ 2 M, 100 % of R$ 0.5 M. The mean of the
    // percentages reads 83,3 %; weighted by budget, 2.5 M of 3.5 M earned: 71,4 %.
    const works = [
      { physical: 100, ev: 1_000_000, pv: 1_000_000, bac: 1_000_000 },
      { physical: 50, ev: 1_000_000, pv: 1_600_000, bac: 2_000_000 },
      { physical: 100, ev: 500_000, pv: 400_000, bac: 500_000 },
    ].map((r) => (k: string) => (r as Record<string, unknown>)[k]);
    const totals = columnTotals(
      [
        { colId: 'physical', total: 'mean' },
        { colId: 'weighted', total: { ratio: ['ev', 'bac'], scale: 100 } },
        { colId: 'spi', total: { ratio: ['ev', 'pv'] } },
      ],
      works,
    );
    expect(totals.physical).toBeCloseTo(83.333333, 5);
    expect(totals.weighted).toBeCloseTo((2_500_000 / 3_500_000) * 100, 10);
    expect(totals.spi).toBeCloseTo(2_500_000 / 3_000_000, 12);
    expect(columnTotals([{ colId: 'spi', total: { ratio: ['ev', 'pv'] } }], [(k: string) => ({ ev: 5, pv: 0 })[k]])).toEqual({ spi: null });
  });

  it('keeps each group together in key order, the current order inside', () => {
    const nodes = [
      { k: 'b', i: 0 },
      { k: 'a', i: 1 },
      { k: null, i: 2 },
      { k: 'b', i: 3 },
      { k: 'a', i: 4 },
    ];
    const ordered = groupOrder(nodes, (n) => n.k, groupKeyCompare(new Intl.Collator('pt-BR')));
    expect(ordered.map((n) => n.i)).toEqual([1, 4, 0, 3, 2]);
  });
});
