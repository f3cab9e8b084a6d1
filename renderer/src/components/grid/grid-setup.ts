import {
  CellApiModule,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CsvExportModule,
  DateEditorModule,
  DateFilterModule,
  EventApiModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  colorSchemeDark,
  colorSchemeLight,
  themeQuartz,
} from 'ag-grid-community';

/*
 * AG Grid's set-up for the one grid wrapper (DataGrid.tsx): the modules it registers and its theme.
 */

// Registered once for the whole app: only the modules the grids use, so the bundle leaves out the
// rest (pagination, infinite row model, row dragging, aligned grids, grid state, cell spans…).
// Editors and filters cover the column types AG Grid infers (text, number, date strings, booleans);
// the API modules cover the GridApi calls made here, in grid/ and by the benchmark page.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  RowApiModule,
  CellApiModule,
  ColumnApiModule,
  RenderApiModule,
  ScrollApiModule,
  EventApiModule,
  TextEditorModule,
  LargeTextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  CheckboxEditorModule,
  SelectEditorModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  QuickFilterModule,
  RowSelectionModule,
  PinnedRowModule,
  CsvExportModule,
  TooltipModule,
  CellStyleModule,
  RowStyleModule,
  LocaleModule,
  // A column fitted to its values by a double-click on its header's edge (the planner's autosize).
  ColumnAutoSizeModule,
  // Rows as tall as a column that wraps its text needs (`autoHeight`: the comparison's indicator names).
  RowAutoHeightModule,
]);

/** The cells' type size (px), in the app's font (the theme inherits it): fit-columns.ts measures codes in it. */
export const CELL_FONT_PX = 13;
/** The weight of a cell its owner draws bold (the ranking's top rows); a fitted column measures it (ColumnMeta.fitBold). */
export const CELL_BOLD_WEIGHT = 600;

// Dense, desktop-like grid: smaller spacing and type than the Quartz defaults.
const baseTheme = themeQuartz.withParams({
  spacing: 5,
  fontSize: CELL_FONT_PX,
  headerFontSize: 12,
  rowHeight: 30,
  headerHeight: 32,
  wrapperBorderRadius: 4,
  accentColor: '#228be6',
  fontFamily: 'inherit',
});
export const GRID_THEMES = { light: baseTheme.withPart(colorSchemeLight), dark: baseTheme.withPart(colorSchemeDark) } as const;
