import { Badge, Button, Group, TextInput, useComputedColorScheme } from '@mantine/core';
import {
  AllCommunityModule,
  ModuleRegistry,
  colorSchemeDark,
  colorSchemeLight,
  themeQuartz,
  type CellEditRequestEvent,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type ProcessCellForExportParams,
  type SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useLocale } from '../i18n';
import type { Locale } from '../i18n/locales';
import { safeFileName } from '../lib/download';
import { gridLocaleText } from './grid-locale';

// Registered once for the whole app. The community bundle is registered as a whole because every
// grid uses most of it (editors, filters, CSV export, selection, quick filter).
ModuleRegistry.registerModules([AllCommunityModule]);

// Dense, desktop-like grid: smaller spacing and type than the Quartz defaults.
const baseTheme = themeQuartz.withParams({
  spacing: 5,
  fontSize: 13,
  headerFontSize: 12,
  rowHeight: 30,
  headerHeight: 32,
  wrapperBorderRadius: 4,
  accentColor: '#228be6',
  fontFamily: 'inherit',
});
const THEMES = { light: baseTheme.withPart(colorSchemeLight), dark: baseTheme.withPart(colorSchemeDark) } as const;

/**
 * Numbers in CSV follow the user's locale (decimal comma for pt-BR/es, no thousands separators) and
 * the column separator is ";" there, which is what a spreadsheet in that locale reads back as numbers.
 */
function csvSeparator(locale: Locale): string {
  return locale === 'en' ? ',' : ';';
}

function csvNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

export interface DataGridProps<T> {
  rowData: T[] | undefined;
  columnDefs: ColDef<T>[];
  getRowId: (row: T) => string;
  testId: string;
  height: CSSProperties['height'];
  /** File name (without extension) of the CSV export. */
  exportName: string;
  /** Edits are requests: the grid does not change its data; the owner validates and reloads. */
  onCellEditRequest?: (event: CellEditRequestEvent<T>) => void;
  onSelectionChanged?: (rows: T[]) => void;
  selectable?: boolean;
  /** Buttons shown left of the search box. */
  toolbar?: ReactNode;
}

/**
 * The one AG Grid wrapper: theme following the colour scheme, translated texts, a quick search, a
 * row count and CSV export of what is shown (filtered and sorted, with the column headers).
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
}: DataGridProps<T>) {
  const { t, locale } = useLocale();
  const scheme = useComputedColorScheme('light');
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(0);

  const localeText = useMemo(() => gridLocaleText(t), [t]);
  const defaultColDef = useMemo<ColDef<T>>(() => ({ sortable: true, filter: true, resizable: true, minWidth: 70 }), []);
  const rowId = useCallback((params: GetRowIdParams<T>) => getRowId(params.data), [getRowId]);

  const exportCsv = () => {
    api?.exportDataAsCsv({
      fileName: `${safeFileName(exportName)}.csv`,
      columnSeparator: csvSeparator(locale),
      processCellCallback: (params: ProcessCellForExportParams<T>) => {
        const value: unknown = params.value;
        if (typeof value === 'number') return csvNumber(value, locale);
        if (value === null || value === undefined) return '';
        // Labels (translated kinds, names) export as shown.
        if (params.column.getColDef().valueFormatter) return params.formatValue(value);
        if (typeof value === 'string') return value;
        if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
        return JSON.stringify(value) ?? '';
      },
    });
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6, height }}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Group gap="xs">{toolbar}</Group>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" data-testid={`${testId}-row-count`} data-value={shown}>
            {t('grid.rowCount', { count: shown })}
          </Badge>
          <TextInput
            size="xs"
            placeholder={t('grid.quickSearch')}
            aria-label={t('grid.quickSearch')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={200}
          />
          <Button size="xs" variant="default" onClick={exportCsv} disabled={!api} data-testid={`${testId}-export-csv`}>
            {t('grid.exportCsv')}
          </Button>
        </Group>
      </Group>
      <div style={{ flex: 1, minHeight: 0 }} data-testid={testId}>
        <AgGridReact<T>
          // Locale texts are read at creation: a new language rebuilds the grid.
          key={locale}
          theme={THEMES[scheme]}
          rowData={rowData ?? null}
          loading={rowData === undefined}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={rowId}
          localeText={localeText}
          animateRows={false}
          readOnlyEdit
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          quickFilterText={search}
          rowSelection={selectable ? { mode: 'singleRow', checkboxes: false, enableClickSelection: true } : undefined}
          onGridReady={(event) => setApi(event.api)}
          onModelUpdated={(event) => setShown(event.api.getDisplayedRowCount())}
          onCellEditRequest={onCellEditRequest}
          onSelectionChanged={(event: SelectionChangedEvent<T>) => onSelectionChanged?.(event.api.getSelectedRows())}
        />
      </div>
    </div>
  );
}
