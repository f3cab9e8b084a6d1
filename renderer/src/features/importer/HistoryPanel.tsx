import { Alert, Badge, Button, Stack, Text, Tooltip } from '@mantine/core';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, type ImportBatchInfo, type ImportTarget } from '../../../../shared/import/api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { isLocale } from '../../i18n/locales';
import { notify } from '../../notifications/store';
import { notifyError, translateError } from '../../notifications/notify-error';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { BatchDetails } from './BatchDetails';
import { IMPORT_BATCHES_QUERY } from './import-prefetch';
import { countContext } from './count-noun';

type Status = 'active' | 'undone' | 'blocked';

interface BatchRow extends ImportBatchInfo {
  status: Status;
}

const isImportTarget = (value: string): value is ImportTarget => (IMPORT_TARGETS as readonly string[]).includes(value);

function statusOf(b: ImportBatchInfo): Status {
  if (b.undoneAt) return 'undone';
  return b.canUndo ? 'active' : 'blocked';
}

/**
 * Every import batch of the workspace, newest first: file, sheet, target, template, counts and
 * date; the selected one shows how its file was read. A batch is undone as a whole (its values
 * removed, the ones it replaced restored), unless a later batch overwrote some of them.
 */
export function HistoryPanel() {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const batches = useEngineQuery(IMPORT_BATCHES_QUERY);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [confirm, setConfirm] = useState<BatchRow | null>(null);
  const [undoing, setUndoing] = useState(false);

  const rows = useMemo(() => batches.data?.map((b): BatchRow => ({ ...b, status: statusOf(b) })), [batches.data]);
  const selected = rows?.find((r) => r.id === selectedId) ?? null;

  const undo = async (batch: BatchRow) => {
    setConfirm(null);
    setUndoing(true);
    try {
      const result = await controller.mutate((engine) => engine.undoImport(batch.id));
      notify({
        kind: 'success',
        title: (lng) => t('history.undoneTitle', { lng, batch: batch.id }),
        message: (lng) => {
          const at = isLocale(lng) ? lng : locale;
          return t('history.undoneMessage', {
            lng,
            removed: t('history.undoneRemoved', {
              lng,
              count: result.removed,
              n: formatInteger(result.removed, at),
              ...countContext(batch.target),
            }),
            restored: t('history.undoneRestored', { lng, count: result.restored, n: formatInteger(result.restored, at) }),
          });
        },
      });
    } catch (error) {
      notifyError(error, (lng) => t('history.undoFailed', { lng }));
    } finally {
      setUndoing(false);
    }
  };

  const askUndo = useCallback((row: BatchRow) => setConfirm(row), []);

  const columns = useMemo((): ColDef<BatchRow>[] => {
    const count = (p: { value: unknown }) => (typeof p.value === 'number' ? formatInteger(p.value, locale) : '');
    const numeric = { type: 'numericColumn', width: 84, filter: 'agNumberColumnFilter', context: { kind: 'integer' as const } };
    return [
      {
        colId: 'id',
        field: 'id',
        headerName: t('history.batch'),
        width: 72,
        type: 'numericColumn',
        filter: false,
        context: { kind: 'integer' },
        sort: 'desc',
      },
      {
        colId: 'importedAt',
        field: 'importedAt',
        headerName: t('history.date'),
        width: 128,
        filter: false,
        valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value, locale) : ''),
      },
      { colId: 'sourceFile', field: 'sourceFile', headerName: t('history.file'), flex: 1, minWidth: 180, tooltipField: 'sourceFile' },
      { colId: 'sheet', field: 'sheet', headerName: t('history.sheet'), width: 110, tooltipField: 'sheet' },
      {
        colId: 'target',
        field: 'target',
        headerName: t('history.target'),
        width: 140,
        valueFormatter: (p) => (p.data ? (isImportTarget(p.data.target) ? t(`targets.${p.data.target}`) : p.data.target) : ''),
        tooltipValueGetter: (p) => (p.data && isImportTarget(p.data.target) ? t(`targets.${p.data.target}`) : undefined),
      },
      {
        colId: 'template',
        field: 'template',
        headerName: t('history.template'),
        width: 130,
        valueFormatter: (p) => (typeof p.value === 'string' ? p.value : t('history.ownMapping')),
        tooltipField: 'template',
      },
      {
        ...numeric,
        colId: 'read',
        headerName: t('history.read'),
        headerTooltip: t('history.read'),
        valueGetter: (p) => p.data?.counts.read ?? null,
        valueFormatter: count,
      },
      {
        ...numeric,
        colId: 'imported',
        headerName: t('history.imported'),
        headerTooltip: t('history.imported'),
        valueGetter: (p) => p.data?.counts.imported ?? null,
        valueFormatter: count,
      },
      {
        ...numeric,
        colId: 'updated',
        headerName: t('history.updated'),
        headerTooltip: t('history.updated'),
        valueGetter: (p) => p.data?.counts.updated ?? null,
        valueFormatter: count,
      },
      {
        ...numeric,
        colId: 'skipped',
        headerName: t('history.skipped'),
        headerTooltip: t('history.skipped'),
        valueGetter: (p) => p.data?.counts.skipped ?? null,
        valueFormatter: count,
      },
      {
        colId: 'status',
        field: 'status',
        headerName: t('history.status'),
        width: 150,
        filter: false,
        valueFormatter: (p) => (p.data ? t(`history.statuses.${p.data.status}`) : ''),
        cellRenderer: (p: ICellRendererParams<BatchRow>) => {
          const row = p.data;
          if (!row) return null;
          if (row.status === 'undone')
            return (
              <Tooltip label={t('history.undoneAt', { date: row.undoneAt ? formatDateTime(row.undoneAt, locale) : '' })} withinPortal>
                <Badge size="sm" color="gray" variant="light" data-testid={`batch-status-${row.id}`} data-status="undone">
                  {t('history.statuses.undone')}
                </Badge>
              </Tooltip>
            );
          if (row.status === 'blocked')
            return (
              <Tooltip label={t('history.blockedHint', { batches: row.blockedBy.join(', ') })} withinPortal multiline maw={320}>
                <Badge size="sm" color="orange" variant="light" data-testid={`batch-status-${row.id}`} data-status="blocked">
                  {t('history.blockedBy', { batches: row.blockedBy.join(', ') })}
                </Badge>
              </Tooltip>
            );
          return (
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              onClick={() => askUndo(row)}
              data-testid={`batch-undo-${row.id}`}
              data-status="active"
            >
              {t('history.undo')}
            </Button>
          );
        },
      },
    ];
  }, [t, locale, askUndo]);

  return (
    <Stack gap="xs" data-testid="import-history" data-count={rows?.length ?? -1}>
      {batches.error !== null && (
        <Alert color="red" title={translateError(batches.error).title}>
          {translateError(batches.error).message}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('history.hint')}
      </Text>
      <DataGrid<BatchRow>
        rowData={rows}
        columnDefs={columns}
        getRowId={(r) => String(r.id)}
        testId="import-history-grid"
        // As tall as the batches need, up to a screenful: the selected batch's details sit right under it.
        height={Math.min(420, 100 + 30 * Math.max(3, rows?.length ?? 3))}
        exportName={t('history.exportName')}
        selectable
        onSelectionChanged={(picked) => setSelectedId(picked[0]?.id ?? null)}
      />
      {selected ? (
        <BatchDetails batch={selected} />
      ) : (
        rows &&
        rows.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('history.selectHint')}
          </Text>
        )
      )}
      <ConfirmModal
        opened={confirm !== null}
        title={t('history.confirmTitle', { batch: confirm?.id ?? '' })}
        message={t('history.confirmMessage', {
          imported: t('history.confirmImported', {
            ...countContext(confirm?.target ?? ''),
            count: confirm?.counts.imported ?? 0,
            n: formatInteger(confirm?.counts.imported ?? 0, locale),
            file: confirm?.sourceFile ?? '',
          }),
          updated: t('history.confirmUpdated', {
            ...countContext(confirm?.target ?? ''),
            count: confirm?.counts.updated ?? 0,
            n: formatInteger(confirm?.counts.updated ?? 0, locale),
          }),
        })}
        confirmLabel={t('history.undo')}
        danger
        onConfirm={() => confirm && void undo(confirm)}
        onCancel={() => setConfirm(null)}
        testId="batch-undo-confirm"
      />
      {undoing && <span data-testid="batch-undoing" hidden />}
    </Stack>
  );
}
