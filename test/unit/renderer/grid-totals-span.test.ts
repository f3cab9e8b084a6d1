import type { ColSpanParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { totalsLabelSpan } from '../../../renderer/src/components/grid/wrap-columns';

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
