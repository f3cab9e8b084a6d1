import { Button } from '@mantine/core';
import type { ColDef, GridApi } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLayout } from '../../../../shared/import/api';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { columnLetter } from './batch-mapping';
import { sheetCellText } from './cell-text';
import { isEmptyRow, joinHeadTail, rowMark, type RowMark } from './row-marks';
import type { SheetRows } from './use-import-wizard';

interface RawRow {
  id: string;
  row: number | null;
  mark: RowMark | 'gap';
  cells: string[];
  /** The columns whose cell the workbook held as a number. */
  numeric?: number[];
}

const MAX_COLUMNS = 60;

interface Props {
  rows: SheetRows;
  layout: ImportLayout;
  excluded: ReadonlySet<number>;
  onHeader: (row: number) => void;
  onDataStart: (row: number) => void;
  onDataEnd: (row: number) => void;
}

/**
 * The sheet as it is: its first and last rows, each marked with what the import makes of it
 * (title, header, data, total, footer…). A row picked here can be made the header, the first or
 * the last data row.
 */
export function RawRowsGrid({ rows, layout, excluded, onHeader, onDataStart, onDataEnd }: Props) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const [selected, setSelected] = useState<RawRow | null>(null);
  const [api, setApi] = useState<GridApi<RawRow> | null>(null);

  const data = useMemo((): RawRow[] => {
    const { rows: shown, gap } = joinHeadTail(rows.head, rows.tail);
    const out: RawRow[] = [];
    for (const r of shown) {
      if (gap && r.row === gap.to + 1) out.push({ id: 'gap', row: null, mark: 'gap', cells: [] });
      out.push({
        id: String(r.row),
        row: r.row,
        mark: rowMark(r.row, layout, isEmptyRow(r.cells), excluded),
        cells: r.cells,
        ...(r.numeric ? { numeric: r.numeric } : {}),
      });
    }
    return out;
  }, [rows, layout, excluded]);

  const gapText = useMemo(() => {
    const { gap } = joinHeadTail(rows.head, rows.tail);
    return gap ? t('layout.gap', { from: gap.from, to: gap.to }) : '';
  }, [rows, t]);

  const columns = useMemo((): ColDef<RawRow>[] => {
    const width = Math.min(MAX_COLUMNS, Math.max(1, ...data.map((r) => r.cells.length), layout.columns.length));
    const firstFilled = Array.from({ length: width }, (_, i) => i).find((i) => data.some((r) => (r.cells[i] ?? '').trim() !== '')) ?? 0;
    const markClass = (r: RawRow | undefined) => (r ? `importer-mark-${r.mark}` : '');
    const fixed: ColDef<RawRow>[] = [
      {
        colId: 'row',
        headerName: t('layout.rowColumn'),
        width: 76,
        pinned: 'left',
        valueGetter: (p) => p.data?.row ?? null,
        valueFormatter: (p) => (p.data?.mark === 'gap' ? '⋮' : String(p.value ?? '')),
        cellClass: (p) => markClass(p.data),
        sortable: false,
        context: { kind: 'integer' },
      },
      {
        colId: 'mark',
        headerName: t('layout.markColumn'),
        width: 130,
        pinned: 'left',
        valueGetter: (p) => (p.data ? (p.data.mark === 'gap' ? gapText : t(`marks.${p.data.mark}`)) : ''),
        cellClass: (p) => markClass(p.data),
        sortable: false,
      },
    ];
    const cells = Array.from({ length: width }, (_, index): ColDef<RawRow> => {
      const header = layout.columns[index]?.header ?? '';
      // An empty column (IBGE's blank first column) stays narrow; the first filled one holds the names.
      const empty = data.every((r) => (r.cells[index] ?? '').trim() === '');
      return {
        colId: `c${index}`,
        headerName: columnLetter(index),
        headerTooltip: header || undefined,
        width: empty ? 60 : index === firstFilled ? 220 : 130,
        valueGetter: (p) => (p.data ? sheetCellText(p.data.cells[index] ?? '', p.data.numeric?.includes(index) ?? false, locale) : ''),
        tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value.length > 18 ? p.value : undefined),
        cellClass: (p) => markClass(p.data),
        sortable: false,
      };
    });
    return [...fixed, ...cells];
  }, [data, layout.columns, t, gapText, locale]);

  const row = selected?.row ?? null;
  const toolbar = (
    <>
      <Button.Group>
        <Button size="xs" variant="default" disabled={!api} onClick={() => api?.ensureIndexVisible(0, 'top')} data-testid="layout-go-start">
          {t('layout.goStart')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!api}
          onClick={() => api?.ensureIndexVisible(data.length - 1, 'bottom')}
          data-testid="layout-go-end"
        >
          {t('layout.goEnd')}
        </Button>
      </Button.Group>
      <Button
        size="xs"
        variant="default"
        disabled={row === null}
        onClick={() => row !== null && onHeader(row)}
        data-testid="layout-set-header"
      >
        {t('layout.setHeader')}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={row === null}
        onClick={() => row !== null && onDataStart(row)}
        data-testid="layout-set-start"
      >
        {t('layout.setStart')}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={row === null}
        onClick={() => row !== null && onDataEnd(row)}
        data-testid="layout-set-end"
      >
        {t('layout.setEnd')}
      </Button>
    </>
  );

  return (
    <DataGrid<RawRow>
      rowData={data}
      columnDefs={columns}
      getRowId={(r) => r.id}
      testId="import-raw-rows"
      height="max(300px, calc(100vh - 380px))"
      exportName={t('layout.exportName', { sheet: layout.sheet })}
      selectable
      onSelectionChanged={(picked) => setSelected(picked[0] ?? null)}
      toolbar={toolbar}
      onApi={setApi}
    />
  );
}
