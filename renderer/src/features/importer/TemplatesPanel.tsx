import { Badge, Button, Stack, Text } from '@mantine/core';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTemplateInfo } from '../../../../shared/import/api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { templateDescription, templateLabel } from './template-text';
import { CliText } from '../../components/CliText';
import type { ColumnMeta } from '../../components/grid/grid-meta';

/**
 * Saved mappings: the built-in ones for the agencies' known layouts (RAIS, IBGE, FJP, Atlas) and
 * the ones saved from the wizard, which travel with the workspace and can be removed.
 */
export function TemplatesPanel() {
  const { t } = useTranslation('importer');
  const controller = useWorkspaceController();
  const templates = useEngineData((engine) => engine.importTemplates(), []);
  const [confirm, setConfirm] = useState<ImportTemplateInfo | null>(null);

  const remove = async (template: ImportTemplateInfo) => {
    setConfirm(null);
    try {
      await controller.mutate((engine) => engine.deleteImportTemplate(template.id));
      notify({ kind: 'success', title: (lng) => t('templates.deletedTitle', { lng }), message: () => template.label });
    } catch (error) {
      notifyError(error, (lng) => t('templates.deleteFailed', { lng }));
    }
  };

  const askRemove = useCallback((template: ImportTemplateInfo) => setConfirm(template), []);

  const columns = useMemo(
    (): ColDef<ImportTemplateInfo>[] => [
      {
        colId: 'label',
        headerName: t('templates.label'),
        width: 300,
        valueGetter: (p) => (p.data ? templateLabel(t, p.data) : ''),
        tooltipValueGetter: (p) => (typeof p.value === 'string' ? p.value : undefined),
      },
      // The name the command line takes (--template): a key, read whole.
      {
        colId: 'id',
        field: 'id',
        headerName: t('templates.id'),
        width: 160,
        tooltipField: 'id',
        context: { kind: 'text', fitContent: true } satisfies ColumnMeta,
      },
      {
        colId: 'target',
        field: 'target',
        headerName: t('templates.target'),
        width: 170,
        valueFormatter: (p) => (p.data ? t(`targets.${p.data.target}`) : ''),
      },
      {
        colId: 'builtIn',
        field: 'builtIn',
        headerName: t('templates.kind'),
        width: 110,
        valueFormatter: (p) => (p.value === true ? t('templates.builtIn') : t('templates.saved')),
        cellRenderer: (p: ICellRendererParams<ImportTemplateInfo>) =>
          p.data ? (
            <Badge size="sm" variant="light" color={p.data.builtIn ? 'gray' : 'blue'}>
              {p.data.builtIn ? t('templates.builtIn') : t('templates.saved')}
            </Badge>
          ) : null,
      },
      {
        colId: 'description',
        headerName: t('templates.description'),
        flex: 1,
        minWidth: 240,
        valueGetter: (p) => (p.data ? templateDescription(t, p.data) : ''),
        tooltipValueGetter: (p) => (typeof p.value === 'string' ? p.value : undefined),
      },
      {
        colId: 'actions',
        headerName: '',
        width: 90,
        // A saved template's delete button stays in reach when the columns are wider than the screen.
        pinned: 'right',
        sortable: false,
        filter: false,
        cellRenderer: (p: ICellRendererParams<ImportTemplateInfo>) =>
          p.data && !p.data.builtIn ? (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => p.data && askRemove(p.data)}
              data-testid={`template-delete-${p.data.id}`}
            >
              {t('templates.delete')}
            </Button>
          ) : null,
      },
    ],
    [t, askRemove],
  );

  return (
    <Stack gap="xs" data-testid="import-templates" data-count={templates.data?.length ?? -1}>
      <Text size="xs" c="dimmed">
        <CliText text={t('templates.hint')} />
      </Text>
      <DataGrid<ImportTemplateInfo>
        rowData={templates.data}
        columnDefs={columns}
        getRowId={(r) => r.id}
        testId="import-templates-grid"
        height="max(260px, calc(100vh - 380px))"
        exportName={t('templates.exportName')}
      />
      <ConfirmModal
        opened={confirm !== null}
        title={t('templates.deleteTitle')}
        message={t('templates.deleteMessage', { label: confirm?.label ?? '' })}
        confirmLabel={t('templates.delete')}
        danger
        onConfirm={() => confirm && void remove(confirm)}
        onCancel={() => setConfirm(null)}
        testId="template-delete-confirm"
      />
    </Stack>
  );
}
