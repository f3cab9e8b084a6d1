import { Group, Stack, Text, UnstyledButton, useComputedColorScheme } from '@mantine/core';
import type { CellStyle, ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { formatAmount, formatRatio } from './economy-format';
import type { EconomySelection } from './economy-selection';
import { EmptyState, useReasonText } from './economy-ui';
import { NO_VALUE_COLOR, lqClass } from './lq-classes';
import { pivotLq, type LqGridRow } from './lq-grid';
import { LqLegend } from './LqLegend';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import { useLqHeatmapChart } from './lq-heatmap-chart';
import type { EconomyResults } from './use-economy-data';
import type { WhyTarget } from './WhyModal';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

interface Props {
  selection: EconomySelection;
  results: EconomyResults;
  sectorLabel: (code: string, name: string) => string;
  errorText: (error: unknown) => string | null;
  onExplain: (target: WhyTarget) => void;
  source: string;
}

/**
 * Territories × sectors, each cell coloured by its LQ class; a click on a cell explains it. The
 * territory under study comes first — a custom territory as its own row, above the municipalities.
 */
export function LqGridPanel({ selection, results, sectorLabel, errorText, onExplain, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { lq, subjectLq } = results;
  const grid = useMemo(
    () => (lq.data ? pivotLq(lq.data.rows, selection.territoryCode, locale) : null),
    [lq.data, selection.territoryCode, locale],
  );
  const subjectRows = useMemo(() => {
    const rows = subjectLq.data?.rows ?? [];
    return rows[0]?.territoryKind === 'territory-set' ? pivotLq(rows, null, locale).rows : [];
  }, [subjectLq.data, locale]);
  const why = t('why.open');
  // The slide's heat map: the territory and the state's largest municipalities (the grid has them all).
  const slide = useLqHeatmapChart({ selection, results, sectorLabel, source });

  const explain = useCallback(
    (row: LqGridRow, code: string, name: string) =>
      onExplain({
        kind: 'lq',
        territoryCode: row.territoryCode,
        territoryKind: row.territoryKind,
        territoryName: row.territoryName,
        sectorCode: code,
        sectorLabel: sectorLabel(code, name),
        reason: row.lq[code] === null ? reasonText(row.reason[code] ?? null) : null,
      }),
    [onExplain, sectorLabel, reasonText],
  );

  const columns = useMemo((): ColDef<LqGridRow>[] => {
    const count = (p: ValueFormatterParams<LqGridRow>) =>
      typeof p.value === 'number' ? (formatAmount(p.value, selection.measure, locale) ?? '') : '';
    const fixed: ColDef<LqGridRow>[] = [
      {
        colId: 'territoryName',
        field: 'territoryName',
        headerName: t('grid.territory'),
        pinned: 'left',
        width: 200,
        filter: 'agTextColumnFilter',
      },
      {
        colId: 'territoryCode',
        field: 'territoryCode',
        headerName: t('grid.code'),
        width: 110,
        filter: 'agNumberColumnFilter',
        valueFormatter: (p) => (p.data?.territoryKind === 'territory-set' ? t('grid.customTerritory') : String(p.value ?? '')),
        // A code, not a quantity: exported as the text shown ("3106705", not 3,106,705 as a number).
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        colId: 'total',
        field: 'total',
        headerName: t('grid.total', { year: selection.year ?? '', measure: t(`measure.${selection.measure}`) }),
        width: 120,
        valueFormatter: count,
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
      },
      {
        colId: 'specialized',
        field: 'specialized',
        headerName: t('grid.specialized'),
        headerTooltip: t('grid.specializedHint'),
        width: 110,
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
      },
    ];
    const sectors = (grid?.sectors ?? []).map((s): ColDef<LqGridRow> => {
      const label = sectorLabel(s.code, s.name);
      return {
        colId: `lq-${s.code}`,
        headerName: label,
        headerTooltip: `${label} — ${t('grid.lqOf')}`,
        width: 132,
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
        valueGetter: (p) => p.data?.lq[s.code] ?? null,
        valueFormatter: (p) => formatRatio(typeof p.value === 'number' ? p.value : null, locale) ?? '',
        cellStyle: (p): CellStyle => {
          const c = lqClass(typeof p.value === 'number' ? p.value : null);
          return c ? { backgroundColor: c.color, color: c.text } : { backgroundColor: NO_VALUE_COLOR[dark ? 'dark' : 'light'] };
        },
        cellRenderer: (p: ICellRendererParams<LqGridRow>) => {
          const row = p.data;
          if (!row) return null;
          const value = row.lq[s.code] ?? null;
          const reason = value === null ? reasonText(row.reason[s.code] ?? null) : null;
          return (
            <UnstyledButton
              onClick={() => explain(row, s.code, s.name)}
              title={reason ?? why}
              data-value={value ?? ''}
              style={{ color: 'inherit', font: 'inherit', width: '100%', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
            >
              {value === null ? '—' : formatRatio(value, locale)}
            </UnstyledButton>
          );
        },
      };
    });
    return [...fixed, ...sectors];
  }, [grid, sectorLabel, t, locale, dark, reasonText, explain, why, selection.year, selection.measure]);

  if (!lq.loading && !lq.data) return <EmptyState height={300}>{errorText(lq.error) ?? t('empty.noData')}</EmptyState>;
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="center" wrap="nowrap">
        <LqLegend testId="lq-grid-legend" />
        <EconomyAddToMeeting
          selection={selection}
          results={results}
          chart="heatmap"
          chartTitle={slide.title}
          drawn={!!slide.option && !slide.loading}
        />
      </Group>
      <DataGrid<LqGridRow>
        rowData={grid ? [...subjectRows, ...grid.rows] : undefined}
        columnDefs={columns}
        getRowId={(row) => `${row.territoryKind ?? 'municipality'}:${row.territoryCode}`}

        testId="economy-lq-grid"
        height="max(360px, calc(100vh - 300px))"
        exportName={t('grid.exportName', { year: selection.year ?? '' })}
      />
      <Text size="xs" c="dimmed">
        {t('grid.footer', { reference: referenceNameIn(lq.data?.reference.label ?? '', locale), year: selection.year ?? '' })}
      </Text>
    </Stack>
  );
}
