import { Badge, Group, TextInput, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import {
  type CellEditRequestEvent,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type RowClassParams,
  type IRowNode,
  type PostSortRowsParams,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { STYLE_NONCE } from '../lib/style-nonce';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n';
import { canvasTextWidth, fitColumnsToContent, fitContentColumns, fitContentLimits } from './grid/fit-columns';
import { computeAggregates } from './grid/grid-aggregates';
import { groupKeyCompare, groupOrder, type GridViewState, type PastedCell } from './grid/grid-meta';
import { GridColumnsMenu } from './grid/GridColumnsMenu';
import { GridExportButtons } from './grid/GridExportButtons';
import { CELL_BOLD_WEIGHT, CELL_FONT_PX, GRID_THEMES } from './grid/grid-setup';
import { GridViewsMenu } from './grid/GridViewsMenu';
import { useGridClipboard } from './grid/use-grid-clipboard';
import { colIdOf, DEFAULT_MIN_WIDTH, LiveGridState, wrapColumns } from './grid/wrap-columns';
import { gridLocaleText } from './grid-locale';
import './grid/grid.css';

/** The key of the totals row's label; the row is pinned below the data and never edited. */
const TOTALS_FLAG = '__arranjoTotals';
/** The totals row's short label, where the long one would not fit (wrap-columns.ts). */
const TOTALS_SHORT = '__arranjoTotalsShort';

export interface DataGridProps<T> {
  rowData: T[] | undefined;
  columnDefs: ColDef<T>[];
  getRowId: (row: T) => string;
  testId: string;
  height: CSSProperties['height'];
  /** File name (without extension) of the CSV and xlsx exports. */
  exportName: string;
  /** Edits are requests: the grid does not change its data; the owner validates and reloads. */
  onCellEditRequest?: (event: CellEditRequestEvent<T>) => void;
  onSelectionChanged?: (rows: T[]) => void;
  /** Row selection by click: one row, or several (Ctrl/Shift+click). */
  selectable?: boolean | 'multiple';
  /** Buttons shown left of the search box. */
  toolbar?: ReactNode;
  /** Saved views (column state, filters, grouping, heat map) are kept in the workspace under this id. */
  gridId?: string;
  /** A totals row under the rows shown, for the columns whose `context.total` says sum or mean. */
  totals?: boolean;
  /** Cells pasted (Ctrl+V) from a spreadsheet onto editable columns; the owner validates them all. */
  onPaste?: (cells: PastedCell<T>[]) => void;
  /** Lines for the notes sheet of the xlsx export: sources, periods. */
  exportNotes?: [string, string][];
  onRowDoubleClicked?: (row: T) => void;
  /** The grid's API once it exists (benchmarks, panels that read the current view). */
  onApi?: (api: GridApi<T> | null) => void;
  /**
   * A fixed header height (px) the headers wrap within, for a grid whose headers are known to fit it
   * in every language at their widths (each reads whole in its tooltip if a planner narrows its
   * column). Without it each header's height is measured (autoHeaderHeight): forced layouts of the
   * page as the grid is created (Obras' first open at agency scale: 44 layouts, 30 without; issue 16).
   */
  headerHeight?: number;
}

/**
 * The one AG Grid wrapper: theme following the colour scheme, translated texts, quick search, row
 * count; a column chooser (show, pin, heat map), grouping by a column, a totals row, saved views,
 * copy and paste with spreadsheets, and export of the current view (visible columns in their order,
 * filtered and sorted rows) to CSV and to xlsx with typed cells.
 */
export function DataGrid<T>({
  rowData,
  columnDefs,
  getRowId,
  testId,
  height,
  exportName,
  onCellEditRequest,
  onSelectionChanged,
  selectable,
  toolbar,
  gridId,
  totals,
  onPaste,
  exportNotes,
  onRowDoubleClicked,
  onApi,
  headerHeight,
}: DataGridProps<T>) {
  const { t, locale } = useLocale();
  const { t: tc } = useTranslation('territories');
  const scheme = useComputedColorScheme('light');
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(0);
  const [groupBy, setGroupBy] = useState<string | null>(null);
  const [heat, setHeat] = useState<string[]>([]);
  const [totalsRow, setTotalsRow] = useState<Record<string, unknown> | null>(null);
  // Live state the cell callbacks read when the grid draws (heat ranges, group sizes and starts): set
  // after each model update, never during render, so new ranges need no new column definitions.
  const [live] = useState(() => new LiveGridState());
  const containerRef = useRef<HTMLDivElement>(null);
  const rowDataRef = useRef<T[] | undefined>(undefined);

  const localeText = useMemo(() => gridLocaleText(t), [t]);
  // Headers wrap rather than cut a word ("Término previ…", "Posición", a criterion's long name).
  const fixedHeader = headerHeight !== undefined;
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({
      sortable: true,
      filter: true,
      resizable: true,
      minWidth: DEFAULT_MIN_WIDTH,
      wrapHeaderText: true,
      autoHeaderHeight: !fixedHeader,
      headerTooltipValueGetter: fixedHeader ? (p) => p.colDef?.headerName : undefined,
    }),
    [fixedHeader],
  );
  const rowId = useCallback(
    (params: GetRowIdParams<T>) => {
      const data = params.data as Record<string, unknown>;
      return data[TOTALS_FLAG] ? TOTALS_FLAG : getRowId(params.data);
    },
    [getRowId],
  );
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);

  const labelColId = columnDefs[0] ? colIdOf(columnDefs[0]) : '';
  // Key columns widened to their longest value, measured in the cells' type (the app's font, which the grid's theme inherits).
  const { fontFamily } = useMantineTheme();
  const fitContent = (event: { api: GridApi<T> }) => {
    const font = `${CELL_FONT_PX}px ${fontFamily ?? 'sans-serif'}`;
    const limits = fitContentLimits(columnDefs);
    fitColumnsToContent(event.api, fitContentColumns(columnDefs), canvasTextWidth(font), limits);
    const bold = fitContentColumns(columnDefs, true);
    if (bold.length > 0) fitColumnsToContent(event.api, bold, canvasTextWidth(`${CELL_BOLD_WEIGHT} ${font}`), limits);
  };

  // The owner's column definitions, with the wrapper's features layered on.
  const columns = useMemo(
    () =>
      wrapColumns(
        columnDefs,
        { heat, groupBy, totals: !!totals, labelColId, totalsFlag: TOTALS_FLAG, totalsShortKey: TOTALS_SHORT, locale },
        live,
      ),
    [columnDefs, heat, groupBy, totals, labelColId, live, locale],
  );

  const postSortRows = useCallback(
    (params: PostSortRowsParams<T>) => {
      if (!groupBy || !params.api) return;
      const key = (node: IRowNode<T>): unknown => params.api.getCellValue({ rowNode: node, colKey: groupBy });
      const ordered = groupOrder(params.nodes, key, groupKeyCompare(collator));
      params.nodes.splice(0, params.nodes.length, ...ordered);
      const starts = new Set<string>();
      let previous: unknown = Symbol('none');
      for (const node of ordered) {
        const k = key(node);
        if (k !== previous) starts.add(node.id ?? '');
        previous = k;
      }
      live.setGroupStarts(starts);
    },
    [groupBy, collator, live],
  );

  const groupRowClass = useMemo(() => ({ 'arranjo-group-start': (p: RowClassParams<T>) => live.isGroupStart(p.node.id) }), [live]);

  // After filtering or sorting: the row count, group sizes, heat-map ranges and totals of the rows shown.
  // What the aggregates below were last computed for: a sort changes none of them, so it costs nothing here.
  const aggregatesKey = useRef('');
  const recompute = useCallback(() => {
    if (!api || api.isDestroyed()) return;
    setShown(api.getDisplayedRowCount());
    const key = JSON.stringify([api.getFilterModel(), search, api.getDisplayedRowCount(), groupBy, heat, totals]);
    if (key === aggregatesKey.current && rowDataRef.current === rowData) return;
    aggregatesKey.current = key;
    rowDataRef.current = rowData;
    const result = computeAggregates(api, columnDefs, { groupBy, heat, totals: !!totals });
    live.update(result.heatRanges, result.groupCounts);
    if (result.totals) {
      const row: Record<string, unknown> = { [TOTALS_FLAG]: true, [TOTALS_SHORT]: tc('grid.totalsShort'), ...result.totals.byField };
      const labelField = columnDefs[0]?.field;
      if (typeof labelField === 'string') row[labelField] = tc('grid.totalsLabel', { count: result.totals.rows });
      // Only a changed totals row is set again: setting pinned rows must not loop back here.
      setTotalsRow((previous) => (previous && JSON.stringify(previous) === JSON.stringify(row) ? previous : row));
    }
    // Not while the grid is still drawing this update: right after it.
    if (groupBy || heat.length > 0) {
      window.setTimeout(() => {
        if (api.isDestroyed()) return;
        if (groupBy) api.redrawRows();
        else api.refreshCells({ columns: heat, force: true });
      }, 0);
    }
  }, [api, groupBy, heat, totals, columnDefs, tc, search, rowData, live]);

  // Grouping, heat map or totals switched: sort again (group order) and so recompute on the model update.
  useEffect(() => {
    if (api && !api.isDestroyed()) api.refreshClientSideRowModel('sort');
  }, [api, groupBy, heat, totals]);

  useEffect(() => {
    onApi?.(api);
    return () => onApi?.(null);
  }, [api, onApi]);

  // Grouping: the group column goes first and is pinned, so its merged cells read as group headers.
  useEffect(() => {
    if (!api || api.isDestroyed() || !groupBy) return;
    api.applyColumnState({ state: [{ colId: groupBy, pinned: 'left' }], applyOrder: false });
    api.moveColumns([groupBy], 0);
  }, [api, groupBy]);

  useGridClipboard(containerRef, api, locale, getRowId, onPaste);

  const viewState = useCallback((): GridViewState | null => {
    if (!api || api.isDestroyed()) return null;
    return { columnState: api.getColumnState(), filterModel: api.getFilterModel(), groupBy, heat, search };
  }, [api, groupBy, heat, search]);

  const applyView = (state: GridViewState) => {
    if (!api || api.isDestroyed()) return;
    api.applyColumnState({ state: state.columnState as Parameters<GridApi<T>['applyColumnState']>[0]['state'], applyOrder: true });
    api.setFilterModel(state.filterModel);
    setGroupBy(state.groupBy);
    setHeat(state.heat);
    setSearch(state.search);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6, height }}>
      {/* In a narrow column (a grid beside a map, Spanish labels) the tools go onto a second line:
          Mantine's default keeps each child within an equal share, which cut "Exportar Excel". */}
      <Group gap="xs" justify="space-between" wrap="wrap" preventGrowOverflow={false}>
        <Group gap="xs">{toolbar}</Group>
        <Group gap="xs" wrap="wrap" justify="flex-end" preventGrowOverflow={false}>
          <Badge variant="light" color="gray" data-testid={`${testId}-row-count`} data-value={shown}>
            {t('grid.rowCount', { count: shown })}
          </Badge>
          <TextInput
            size="xs"
            placeholder={t('grid.quickSearch')}
            aria-label={t('grid.quickSearch')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={180}
            data-testid={`${testId}-search`}
          />
          <GridColumnsMenu api={api} testId={testId} groupBy={groupBy} onGroupBy={setGroupBy} heat={heat} onHeat={setHeat} />
          {gridId && <GridViewsMenu gridId={gridId} testId={testId} current={viewState} onApply={applyView} />}
          <GridExportButtons
            api={api}
            rows={shown}
            testId={testId}
            exportName={exportName}
            exportNotes={exportNotes}
            search={search}
            totalsLabelColId={totals ? labelColId : undefined}
          />
        </Group>
      </Group>
      <div ref={containerRef} style={{ flex: 1, minHeight: 0 }} data-testid={testId} data-group-by={groupBy ?? ''}>
        <AgGridReact<T>
          // Locale texts are read at creation: a new language rebuilds the grid.
          key={locale}
          theme={GRID_THEMES[scheme]}
          styleNonce={STYLE_NONCE}
          rowData={rowData ?? null}
          loading={rowData === undefined}
          columnDefs={columns}
          defaultColDef={defaultColDef}
          headerHeight={headerHeight}
          getRowId={rowId}
          localeText={localeText}
          animateRows={false}
          readOnlyEdit
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          quickFilterText={search}
          // Field names are plain keys (indicator codes may hold dots).
          suppressFieldDotNotation
          maintainColumnOrder
          enableCellTextSelection={false}
          tooltipShowDelay={300}
          pinnedBottomRowData={totals && totalsRow ? [totalsRow as T] : undefined}
          postSortRows={groupBy ? postSortRows : undefined}
          rowClassRules={groupBy ? groupRowClass : undefined}
          rowSelection={
            selectable
              ? {
                  mode: selectable === 'multiple' ? 'multiRow' : 'singleRow',
                  checkboxes: false,
                  headerCheckbox: false,
                  enableClickSelection: true,
                }
              : undefined
          }
          onGridReady={(event) => setApi(event.api)}
          // Fitted when the rows are first drawn, and again when the grid is shown (an area drawn ahead
          // while hidden measured nothing) or its columns come anew (a language switch gives them their
          // defined widths back): "Rota da Economia Circu…" stayed cut in Spanish.
          onFirstDataRendered={fitContent}
          onGridSizeChanged={fitContent}
          onNewColumnsLoaded={fitContent}
          onRowDataUpdated={fitContent}
          onModelUpdated={recompute}
          onCellEditRequest={onCellEditRequest}
          onRowDoubleClicked={(event) => event.data && !event.node.rowPinned && onRowDoubleClicked?.(event.data)}
          onSelectionChanged={(event: SelectionChangedEvent<T>) => onSelectionChanged?.(event.api.getSelectedRows())}
        />
      </div>
    </div>
  );
}
