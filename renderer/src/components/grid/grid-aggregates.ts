import type { ColDef, GridApi, IRowNode } from 'ag-grid-community';
import { columnTotals, isOwnTotal, metaOf, type BuiltInTotal } from './grid-meta';
import { numericRange } from './heat';
import { colIdOf } from './wrap-columns';

export interface Aggregates {
  groupCounts: Map<unknown, number> | null;
  heatRanges: Map<string, { min: number; max: number }>;
  totals: { rows: number; byField: Record<string, number | null> } | null;
}

/**
 * What the rows shown add up to: group sizes, heat-map ranges, totals. A plain field is read straight
 * from the row (100,000 rows × columns); computed columns ask the grid for their value.
 */
export function computeAggregates<T>(
  api: GridApi<T>,
  columnDefs: readonly ColDef<T>[],
  options: { groupBy: string | null; heat: readonly string[]; totals: boolean },
): Aggregates {
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilter((node) => {
    if (node.data) nodes.push(node);
  });
  const reader = (colId: string) => {
    const def = api.getColumnDef(colId);
    const field = def && !def.valueGetter && typeof def.field === 'string' ? def.field : null;
    return field
      ? (node: IRowNode<T>): unknown => (node.data as Record<string, unknown>)[field]
      : (node: IRowNode<T>): unknown => api.getCellValue({ rowNode: node, colKey: colId });
  };
  let groupCounts: Map<unknown, number> | null = null;
  if (options.groupBy) {
    const read = reader(options.groupBy);
    groupCounts = new Map();
    for (const node of nodes) {
      const k = read(node);
      groupCounts.set(k, (groupCounts.get(k) ?? 0) + 1);
    }
  }
  const heatRanges = new Map<string, { min: number; max: number }>();
  for (const colId of options.heat) {
    const range = numericRange(nodes.map(reader(colId)));
    if (range) heatRanges.set(colId, range);
  }
  let totals: Aggregates['totals'] = null;
  if (options.totals) {
    const totalColumns = columnDefs.flatMap((c) => {
      const total = metaOf(c).total;
      return total && typeof c.field === 'string' ? [{ colId: colIdOf(c), field: c.field, total }] : [];
    });
    const builtIn = totalColumns.filter((c): c is (typeof totalColumns)[number] & { total: BuiltInTotal } => !isOwnTotal(c.total));
    const readers = new Map(builtIn.map((c) => [c.colId, reader(c.colId)]));
    // By column id, or by field name for the two fields of a ratio (they need not be columns).
    const sums = columnTotals(
      builtIn,
      nodes.map((node) => (key: string) => {
        const read = readers.get(key);
        return read ? read(node) : (node.data as Record<string, unknown>)[key];
      }),
    );
    // A column's own total reads the rows shown, once.
    let shownRows: T[] | null = null;
    for (const c of totalColumns) {
      if (isOwnTotal(c.total)) sums[c.colId] = c.total.of((shownRows ??= nodes.map((node) => node.data as T)));
    }
    totals = { rows: nodes.length, byField: Object.fromEntries(totalColumns.map((c) => [c.field, sums[c.colId] ?? null])) };
  }
  return { groupCounts, heatRanges, totals };
}
