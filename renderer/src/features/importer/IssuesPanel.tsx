import { Button, SegmentedControl, Select, Text } from '@mantine/core';
import type { ColDef, CellClassParams, CellStyle } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, IssueSeverity } from '../../../../shared/import/api';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import { issueCodeLabel, issueMessage } from './issue-codes';
import { issueValueText } from './cell-text';
import { allIssues, localizedIssuesCsv } from './issues-csv';

interface IssueRow extends ImportIssue {
  id: string;
}

const LIMIT = 5_000;

interface Props {
  sessionId: string;
  fileName: string;
  sheet: string;
  /** Changes with every new check: the list is read again. */
  previewKey: string;
  errors: number;
  warnings: number;
}

/**
 * The rows' warnings and errors, filtered by severity and kind in the engine (which keeps them
 * all), shown in the grid and exported as a CSV for Excel with file, sheet, row and column, in the
 * user's language (headers, problems and messages).
 */
export function IssuesPanel({ sessionId, fileName, sheet, previewKey, errors, warnings }: Props) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const engine = useEngine();
  const [severity, setSeverity] = useState<'all' | IssueSeverity>('all');
  const [code, setCode] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ key: string; rows: IssueRow[]; total: number; codes: string[] } | null>(null);
  const [exporting, setExporting] = useState(false);
  const queryKey = JSON.stringify([previewKey, severity, code]);

  useEffect(() => {
    let cancelled = false;
    const query = { limit: LIMIT, ...(severity === 'all' ? {} : { severity }), ...(code ? { code } : {}) };
    void Promise.all([engine.importIssues(sessionId, query), engine.importIssues(sessionId, { limit: LIMIT })]).then(
      ([filtered, all]) => {
        if (cancelled) return;
        const codes = [...new Set(all.issues.map((i) => i.code))].sort();
        setLoaded({ key: queryKey, rows: filtered.issues.map((issue, i) => ({ ...issue, id: String(i) })), total: filtered.total, codes });
      },
      (error: unknown) => !cancelled && notifyError(error, (lng) => t('issues.loadFailed', { lng })),
    );
    return () => {
      cancelled = true;
    };
  }, [engine, sessionId, severity, code, queryKey, t]);

  const columns = useMemo((): ColDef<IssueRow>[] => {
    const severityStyle = (p: CellClassParams<IssueRow>): CellStyle =>
      p.data?.severity === 'error'
        ? { color: 'var(--mantine-color-red-text)', fontWeight: 600 }
        : { color: 'var(--mantine-color-orange-text)' };
    return [
      {
        colId: 'row',
        field: 'row',
        headerName: t('issues.row'),
        width: 90,
        type: 'numericColumn',
        filter: 'agNumberColumnFilter',
        context: { kind: 'integer' },
      },
      { colId: 'column', field: 'column', headerName: t('issues.column'), width: 200 },
      {
        colId: 'severity',
        field: 'severity',
        headerName: t('issues.severity'),
        width: 100,
        valueFormatter: (p) => (p.value === 'error' ? t('issues.error') : t('issues.warning')),
        cellStyle: severityStyle,
      },
      {
        colId: 'code',
        field: 'code',
        headerName: t('issues.code'),
        width: 230,
        valueFormatter: (p) => issueCodeLabel(t, String(p.value ?? '')),
      },
      {
        colId: 'value',
        field: 'value',
        headerName: t('issues.value'),
        width: 200,
        valueFormatter: (p) => (p.data ? issueValueText(p.data, locale) : ''),
      },
      {
        colId: 'message',
        field: 'message',
        headerName: t('issues.message'),
        flex: 1,
        minWidth: 320,
        valueGetter: (p) => (p.data ? issueMessage(t, p.data, locale) : ''),
        tooltipValueGetter: (p) => (typeof p.value === 'string' ? p.value : ''),
      },
    ];
  }, [t, locale]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const csv = localizedIssuesCsv(t, locale, await allIssues(engine, sessionId), fileName, sheet);
      const base = fileName.replace(/\.[^.]+$/, '');
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeFileName(t('issues.exportName', { file: base }))}.csv`);
    } catch (error) {
      notifyError(error, (lng) => t('issues.exportFailed', { lng }));
    } finally {
      setExporting(false);
    }
  };

  const current = loaded?.key === queryKey ? loaded : null;
  const toolbar = (
    <>
      <SegmentedControl
        value={severity}
        onChange={(v) => setSeverity(v)}
        data={[
          { value: 'all', label: t('issues.all', { count: errors + warnings }) },
          { value: 'error', label: t('issues.errors', { count: errors }) },
          { value: 'warning', label: t('issues.warnings', { count: warnings }) },
        ]}
        data-testid="issues-severity"
      />
      <Select
        data={(loaded?.codes ?? []).map((c) => ({ value: c, label: issueCodeLabel(t, c) }))}
        value={code}
        onChange={setCode}
        clearable
        placeholder={t('issues.anyCode')}
        w={240}
        size="xs"
        data-testid="issues-code"
        aria-label={t('issues.code')}
      />
      <Button
        size="xs"
        variant="default"
        onClick={() => void exportCsv()}
        loading={exporting}
        disabled={errors + warnings === 0}
        data-testid="issues-export"
      >
        {t('issues.export')}
      </Button>
    </>
  );

  return (
    <>
      <DataGrid<IssueRow>
        rowData={current?.rows}
        columnDefs={columns}
        getRowId={(r) => r.id}
        testId="import-issues"
        height="max(240px, calc(100vh - 470px))"
        exportName={t('issues.exportName', { file: fileName })}
        toolbar={toolbar}
      />
      {current && current.total > current.rows.length && (
        <Text size="xs" c="dimmed">
          {t('issues.truncated', { shown: formatInteger(current.rows.length, locale), total: formatInteger(current.total, locale) })}
        </Text>
      )}
    </>
  );
}
