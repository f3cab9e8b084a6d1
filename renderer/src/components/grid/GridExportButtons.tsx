import { Button } from '@mantine/core';
import type { GridApi, ProcessCellForExportParams } from 'ag-grid-community';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatDateTime, formatInteger, formatNumber } from '../../i18n/format';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import { neutraliseFormula } from '../../../../shared/text/csv-cell';
import { currentViewTable, describeFilters, totalsNotes } from './grid-export';
import { csvExportText, csvSeparator } from './grid-csv';

interface GridExportButtonsProps<T> {
  api: GridApi<T> | null;
  /** Rows in the current view: with none, there is nothing to export (a file of headers alone). */
  rows: number;
  testId: string;
  /** File name (without extension) of the CSV and xlsx exports. */
  exportName: string;
  /** Lines for the notes sheet of the xlsx export: sources, periods. */
  exportNotes?: [string, string][] | undefined;
  /** The grid's quick search, noted in the xlsx export. */
  search: string;
  /** The column holding the totals row's label, when the grid has a totals row (its figures go to the notes). */
  totalsLabelColId?: string | undefined;
}

/**
 * The grid's two exports of the current view (visible columns in their order, filtered and sorted
 * rows): CSV in the user's locale, and xlsx with typed cells and a notes sheet (when, rows, filters,
 * search, the owner's sources).
 */
export function GridExportButtons<T>({ api, rows, testId, exportName, exportNotes, search, totalsLabelColId }: GridExportButtonsProps<T>) {
  const { t, locale } = useLocale();
  const { t: tc } = useTranslation('territories');
  const engine = useEngine();
  const [exporting, setExporting] = useState(false);

  const exportCsv = () => {
    api?.exportDataAsCsv({
      fileName: `${safeFileName(exportName)}.csv`,
      columnSeparator: csvSeparator(locale),
      skipPinnedBottom: true,
      // Labels (translated kinds, names) export as shown.
      processCellCallback: (params: ProcessCellForExportParams<T>) =>
        csvExportText(params.value, locale, params.column.getColDef().valueFormatter ? (v) => params.formatValue(v) : undefined),
      processHeaderCallback: (params) => neutraliseFormula(params.api.getDisplayNameForColumn(params.column, 'csv')),
    });
  };

  const exportXlsx = async () => {
    if (!api) return;
    setExporting(true);
    try {
      const filters = describeFilters(api, {
        type: (type) => tc(`grid.filterTypes.${type}`, { defaultValue: type }),
        operator: (operator) => tc(`grid.filterOperators.${operator}`, { defaultValue: operator }),
        number: (value) => formatNumber(value, locale, 6),
      });
      const notes: [string, string][] = [
        [tc('grid.notes.exportedAt'), formatDateTime(new Date(), locale)],
        [tc('grid.notes.rows'), formatInteger(api.getDisplayedRowCount(), locale)],
        [tc('grid.notes.filters'), filters || tc('grid.notes.none')],
        [tc('grid.notes.search'), search || tc('grid.notes.none')],
        ...(totalsLabelColId === undefined ? [] : totalsNotes(api, totalsLabelColId, (value) => formatNumber(value, locale, 6))),
        ...(exportNotes ?? []),
      ];
      const table = currentViewTable(api, {
        sheetName: exportName.slice(0, 31),
        title: exportName,
        notesSheet: tc('grid.notes.sheet'),
        notes,
      });
      const bytes = await engine.exportTable(table);
      downloadBlob(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `${safeFileName(exportName)}.xlsx`,
      );
    } catch (error) {
      notifyError(error, (lng) => tc('grid.exportFailed', { lng }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button size="xs" variant="default" onClick={exportCsv} disabled={!api || rows === 0} data-testid={`${testId}-export-csv`}>
        {t('grid.exportCsv')}
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => void exportXlsx()}
        loading={exporting}
        disabled={!api || rows === 0}
        data-testid={`${testId}-export-xlsx`}
      >
        {tc('grid.exportXlsx')}
      </Button>
    </>
  );
}
