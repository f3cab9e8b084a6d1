import type { ColSpanParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { headerWordWidth, LiveGridState, totalsLabelSpan, wrapColumns } from '../../../renderer/src/components/grid/wrap-columns';

type Params = Pick<ColSpanParams<unknown>, 'api' | 'column'>;

/** Displayed columns as the grid gives them: pinned part and the column meta's total. */
function params(columns: { pinned: 'left' | null; total?: 'sum' | 'mean' }[], at = 0): Params {
  const cols = columns.map((c) => ({
    getPinned: () => c.pinned,
    getColDef: () => ({ context: c.total ? { kind: 'decimal', total: c.total } : { kind: 'text' } }),
  }));
  return { api: { getAllDisplayedColumns: () => cols }, column: cols[at] } as unknown as Params;
}

describe('the totals row label spans the empty cells beside it', () => {
  it('covers the text columns up to the first summed one (programme actions: code, type, municipality… then participants)', () => {
    expect(
      totalsLabelSpan(params([{ pinned: null }, { pinned: null }, { pinned: null }, { pinned: null, total: 'sum' }, { pinned: null }])),
    ).toBe(3);
  });

  it('stays in its pinned part, and alone when the next column has a total', () => {
    expect(totalsLabelSpan(params([{ pinned: 'left' }, { pinned: 'left' }, { pinned: null }, { pinned: null }]))).toBe(2);
    expect(totalsLabelSpan(params([{ pinned: null }, { pinned: null, total: 'mean' }]))).toBe(1);
    expect(totalsLabelSpan(params([{ pinned: null }]))).toBe(1);
  });
});

describe('a column is never narrower than its header’s longest word', () => {
  it('widens a numeric column whose header word is long ("Actualizados" split as "Actualiz / ados")', () => {
    const live = new LiveGridState();
    const state = {
      heat: [],
      groupBy: null,
      totals: false,
      labelColId: 'batch',
      totalsFlag: '__t',
      totalsShortKey: '__s',
      locale: 'pt-BR',
    };
    const [updated, batch] = wrapColumns(
      [
        { field: 'updated', headerName: 'Actualizados', width: 90 },
        { field: 'batch', headerName: 'N', width: 80 },
      ],
      state,
      live,
    );
    expect(updated?.minWidth).toBe(headerWordWidth('Actualizados'));
    expect(updated?.minWidth).toBeGreaterThan(90);
    // A short header keeps the grid's default minimum.
    expect(batch?.minWidth).toBeUndefined();
    expect(headerWordWidth('Empleos – Extrativa mineral (empleos, 2020)')).toBe(headerWordWidth('Extrativa'));
  });
});

describe('a column fitted to its values', () => {
  const state = { heat: [], groupBy: null, totals: false, labelColId: 'code', totalsFlag: '__t', totalsShortKey: '__s', locale: 'pt-BR' };
  it('has its value whole in a tooltip (past the fitted limit it is cut), unless its owner gave one', () => {
    const [fitted, own, plain] = wrapColumns(
      [
        { field: 'label', context: { kind: 'text', fitContent: true } },
        { field: 'code', tooltipField: 'code', context: { kind: 'text', fitContent: true } },
        { field: 'name', context: { kind: 'text' } },
      ],
      state,
      new LiveGridState(),
    );
    const tip = fitted?.tooltipValueGetter as (p: unknown) => string | undefined;
    expect(tip({ value: 'Distrito Industrial Juventino Dias (Cidade Industrial)' })).toBe(
      'Distrito Industrial Juventino Dias (Cidade Industrial)',
    );
    expect(tip({ value: 'x', valueFormatted: 'X formatted' })).toBe('X formatted');
    expect(tip({ value: null })).toBeUndefined();
    expect([own?.tooltipField, own?.tooltipValueGetter]).toEqual(['code', undefined]);
    expect(plain?.tooltipValueGetter).toBeUndefined();
  });
});

describe('the totals row’s label in its cell', () => {
  const state = { heat: [], groupBy: null, totals: true, labelColId: 'code', totalsFlag: '__t', totalsShortKey: '__s', locale: 'pt-BR' };
  const row = { __t: true, __s: 'Total', code: 'Total (13 linhas)' };
  /** The label column's formatter on the totals row, the column `width` wide, the next one totalled or not. */
  function label(width: number, nextTotalled: boolean): string {
    const [code] = wrapColumns([{ field: 'code', width: 110 }], state, new LiveGridState());
    const column = { getPinned: () => null, getActualWidth: () => width, getColDef: () => ({ context: { kind: 'text' } }) };
    const next = {
      getPinned: () => null,
      getColDef: () => ({ context: nextTotalled ? { kind: 'decimal', total: 'sum' } : { kind: 'text' } }),
    };
    const format = code?.valueFormatter as (p: unknown) => string;
    return format({ data: row, value: row.code, column, api: { getAllDisplayedColumns: () => [column, next] } });
  }

  it('says "Total" alone where the long label would be cut (lots: the area, totalled, right after the 110 px code)', () => {
    expect(label(110, true)).toBe('Total');
  });

  it('keeps the row count where it fits, or where the label spans the empty cells beside it', () => {
    expect(label(260, true)).toBe('Total (13 linhas)');
    expect(label(110, false)).toBe('Total (13 linhas)');
  });
});

describe('number cells are edited in the UI’s notation', () => {
  const state = { heat: [], groupBy: null, totals: false, labelColId: 'code', totalsFlag: '__t', totalsShortKey: '__s', locale: 'pt-BR' };
  const [code, budget, fixed] = wrapColumns(
    [
      { field: 'code', editable: true, context: { kind: 'text' } },
      { field: 'budget', editable: true, context: { kind: 'decimal', total: 'sum' } },
      { field: 'entry', editable: true, cellEditor: 'agLargeTextCellEditor', context: { kind: 'decimal' } },
    ],
    state,
    new LiveGridState(),
  );
  const parse = (text: string): unknown => (budget?.valueParser as (p: { newValue: unknown }) => unknown)({ newValue: text });
  const opens = (value: unknown): string =>
    (budget?.cellEditorParams as { formatValue: (v: unknown) => string; useFormatter: boolean }).formatValue(value);

  it('reads "1.500.000,00" as one and a half million (AG Grid’s number editor kept 1,5) and "2.500" as 2500', () => {
    expect(budget?.cellEditor).toBe('agTextCellEditor');
    expect(parse('1.500.000,00')).toBe(1_500_000);
    expect(parse('2.500')).toBe(2500);
    expect(parse('12,75')).toBe(12.75);
    expect(parse('')).toBeNull();
    // Text that is no number goes on as typed: the engine refuses it with its message.
    expect(parse('muito')).toBe('muito');
  });

  it('opens on the number as the locale writes it, ungrouped, so an unchanged cell reads back the same', () => {
    // A raw "2.125" opened in pt-BR read back as 2125.
    expect(opens(2.125)).toBe('2,125');
    expect(parse(opens(2.125))).toBe(2.125);
    expect(opens(1_500_000)).toBe('1500000');
    expect(parse(opens(1_500_000))).toBe(1_500_000);
    expect(opens(null)).toBe('');
  });

  it('leaves text columns and an owner’s own editor alone', () => {
    expect(code?.cellEditor).toBeUndefined();
    expect(code?.valueParser).toBeUndefined();
    expect(fixed?.cellEditor).toBe('agLargeTextCellEditor');
  });
});
