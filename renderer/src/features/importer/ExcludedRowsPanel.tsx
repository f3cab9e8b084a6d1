import { Stack, Text } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../shared/import/api';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { issueCodeLabel, issueMessage } from './issue-codes';

interface ExcludedRow {
  id: string;
  row: number | null;
  column: string | null;
  value: string;
  problem: string;
  reason: string;
}

/**
 * Every row the planner chose to leave out, with why: its file row, column, value and the problem in
 * the UI language, as it was when the row was excluded (the check after no longer sees it). Copy and
 * export (CSV, xlsx) come with the grid.
 */
export function ExcludedRowsPanel({ issues, fileName }: { issues: readonly ImportIssue[]; fileName: string }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const rows = useMemo(
    (): ExcludedRow[] =>
      issues.map((issue, i) => ({
        id: String(i),
        row: issue.row,
        column: issue.column,
        value: issue.value ?? '',
        problem: issueCodeLabel(t, issue.code),
        reason: issueMessage(t, issue, locale),
      })),
    [issues, t, locale],
  );
  const columns = useMemo(
    (): ColDef<ExcludedRow>[] => [
      { colId: 'row', field: 'row', headerName: t('issues.row'), width: 90, type: 'numericColumn', context: { kind: 'integer' } },
      { colId: 'column', field: 'column', headerName: t('issues.column'), width: 180 },
      { colId: 'value', field: 'value', headerName: t('issues.value'), width: 180 },
      { colId: 'problem', field: 'problem', headerName: t('issues.code'), width: 220 },
      { colId: 'reason', field: 'reason', headerName: t('excluded.reason'), flex: 1, minWidth: 320, tooltipField: 'reason' },
    ],
    [t],
  );
  return (
    <Stack gap={4} data-testid="preview-excluded-rows">
      <Text size="sm" fw={600}>
        {t('excluded.title', { count: new Set(issues.map((i) => i.row)).size })}
      </Text>
      <DataGrid<ExcludedRow>
        rowData={rows}
        columnDefs={columns}
        getRowId={(r) => r.id}
        testId="excluded-rows"
        height={Math.min(280, 90 + rows.length * 30)}
        exportName={t('excluded.exportName', { file: fileName })}
      />
    </Stack>
  );
}
