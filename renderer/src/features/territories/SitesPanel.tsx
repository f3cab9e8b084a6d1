import { Button, Text } from '@mantine/core';
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { notify } from '../../notifications/store';
import { notifyError, translateError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspace, useWorkspaceActions, useWorkspaceController } from '../../workspace/workspace-context';
import { NewSiteModal } from './NewSiteModal';
import { isEditableField, patchForEdit, siteColumns, type CellError } from './site-columns';

const siteRowId = (site: Site) => String(site.id);

/** The sites grid: inline edits validated by the engine, new site, delete, undo and redo. */
export function SitesPanel() {
  const { t, locale } = useLocale();
  const controller = useWorkspaceController();
  const actions = useWorkspaceActions();
  const workspace = useWorkspace();
  const sites = useEngineData((engine) => engine.listSites(), []);
  const [selected, setSelected] = useState<Site | null>(null);
  const [cellError, setCellError] = useState<CellError | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const columns = useMemo(() => siteColumns(t, locale, cellError), [t, locale, cellError]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Site>) => {
      const field = event.colDef.field;
      const site = event.data;
      if (!isEditableField(field) || !site) return;
      if (event.newValue === event.oldValue) return;
      const rowId = siteRowId(site);
      controller
        .mutate((engine) => engine.updateSite(site.id, patchForEdit(field, event.newValue)))
        .then(
          () => setCellError((e) => (e && e.rowId === rowId && e.field === field ? null : e)),
          (error: unknown) => {
            // The grid never took the value (edits are requests), so the cell already shows the old one.
            const { message } = translateError(error);
            setCellError({ rowId, field, message });
            notifyError(error, t('sites.editRejected', { name: site.name }));
          },
        );
    },
    [controller, t],
  );

  const remove = async () => {
    setDeleting(false);
    if (!selected) return;
    try {
      await controller.mutate((engine) => engine.deleteSite(selected.id));
      notify({ kind: 'success', title: t('sites.deleted'), message: selected.name });
      setSelected(null);
    } catch (error) {
      notifyError(error, t('sites.deleteFailed'));
    }
  };

  const toolbar = (
    <>
      <Button size="xs" onClick={() => setCreating(true)} data-testid="site-new">
        {t('sites.new')}
      </Button>
      <Button size="xs" variant="default" color="red" disabled={!selected} onClick={() => setDeleting(true)} data-testid="site-delete">
        {t('sites.delete')}
      </Button>
      <Button size="xs" variant="default" disabled={!workspace.canUndo} onClick={actions.undo} data-testid="sites-undo">
        {t('history.undo')}
      </Button>
      <Button size="xs" variant="default" disabled={!workspace.canRedo} onClick={actions.redo} data-testid="sites-redo">
        {t('history.redo')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('sites.editHint')}
      </Text>
    </>
  );

  return (
    <>
      <DataGrid<Site>
        rowData={sites.data}
        columnDefs={columns}
        getRowId={siteRowId}
        testId="sites-grid"
        height="calc(100vh - 150px)"
        exportName={t('sites.exportName')}
        onCellEditRequest={onCellEditRequest}
        onSelectionChanged={(rows) => setSelected(rows[0] ?? null)}
        selectable
        toolbar={toolbar}
      />
      <NewSiteModal opened={creating} onClose={() => setCreating(false)} existingCount={sites.data?.length ?? 0} />
      <ConfirmModal
        opened={deleting}
        title={t('sites.deleteTitle')}
        message={t('sites.deleteMessage', { name: selected?.name ?? '' })}
        confirmLabel={t('sites.delete')}
        danger
        testId="site-delete-modal"
        onCancel={() => setDeleting(false)}
        onConfirm={() => void remove()}
      />
    </>
  );
}
