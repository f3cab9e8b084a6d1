import type { ColDef, GridApi } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { computeAggregates } from '../../../renderer/src/components/grid/grid-aggregates';
import { totalsNotes } from '../../../renderer/src/components/grid/grid-export';
import type { ColumnMeta } from '../../../renderer/src/components/grid/grid-meta';

interface Row {
  code: string;
  members: number[];
  municipalities: number;
}

/**
 * A column's own total (F4): the registry's municipalities column totals the DISTINCT municipalities
 * of the rows shown, where the sum over rows counted Montes Claros once per polo.
 */
const rows: Row[] = [
  { code: 'APICOLA', members: [3143302, 3100104], municipalities: 2 },
  { code: 'PESCADO', members: [3143302, 3101102], municipalities: 2 },
  { code: 'CACAU', members: [2902252], municipalities: 1 },
];
const distinct = (shown: readonly Row[]) => new Set(shown.flatMap((r) => r.members)).size;
const columns: ColDef<Row>[] = [
  { field: 'code', context: { kind: 'text' } satisfies ColumnMeta },
  {
    field: 'municipalities',
    context: { kind: 'integer', total: { of: distinct, note: 'municípios distintos' } } satisfies ColumnMeta<Row>,
  },
];

/** The grid as computeAggregates reads it: the rows left after a filter, and the column definitions. */
function gridShowing(shown: Row[]): GridApi<Row> {
  return {
    forEachNodeAfterFilter: (f: (node: { data: Row }) => void) => shown.forEach((data) => f({ data })),
    getColumnDef: (id: string) => columns.find((c) => c.field === id),
    getCellValue: () => undefined,
  } as unknown as GridApi<Row>;
}

describe("a grid column's own total, from the rows shown", () => {
  it('counts what the column says (distinct municipalities), not the sum of its cells, over the filtered rows', () => {
    expect(computeAggregates(gridShowing(rows), columns, { groupBy: null, heat: [], totals: true }).totals).toEqual({
      rows: 3,
      byField: { municipalities: 4 },
    });
    // Filtered to the two polos sharing Montes Claros: 3 municipalities, where the sum said 4.
    expect(computeAggregates(gridShowing(rows.slice(0, 2)), columns, { groupBy: null, heat: [], totals: true }).totals).toEqual({
      rows: 2,
      byField: { municipalities: 3 },
    });
  });

  it('goes to the xlsx notes as the grid shows it, with what it is', () => {
    const column = { getColDef: () => columns[1], getColId: () => 'municipalities' };
    const label = { getColDef: () => columns[0], getColId: () => 'code' };
    const api = {
      getPinnedBottomRowCount: () => 1,
      getPinnedBottomRow: () => ({ data: { code: 'Total (2 linhas)', municipalities: 1184 } }),
      getAllDisplayedColumns: () => [label, column],
      getCellValue: ({ rowNode, colKey }: { rowNode: { data: Record<string, unknown> }; colKey: string | { getColId: () => string } }) =>
        rowNode.data[typeof colKey === 'string' ? colKey : colKey.getColId()],
      getDisplayNameForColumn: () => 'Municípios',
    } as unknown as GridApi<Row>;
    expect(totalsNotes(api, 'code', (n) => new Intl.NumberFormat('pt-BR').format(n))).toEqual([
      ['Total (2 linhas) — Municípios', '1.184 (municípios distintos)'],
    ]);
  });
});
