import { Button, Text } from '@mantine/core';
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../shared/domain/types';
import type { SitePatch } from '../../../../shared/domain/schemas';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import type { PastedCell } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError, translateError } from '../../notifications/notify-error';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { SITES_QUERY } from './territories-prefetch';
import { useWorkspace, useWorkspaceActions, useWorkspaceController } from '../../workspace/workspace-context';
import { canCompare, goToCompare, openProfile } from './stores';
import { isEditableField, patchForEdit, siteColumns, type CellError } from './site-columns';
import { SiteFormModal } from './SiteFormModal';

const siteRowId = (site: Site) => String(site.id);

/**
 * The sites catalog: sort, filter, group, choose and pin columns, heat-map colouring, totals, saved
 * views; inline edits and pastes from a spreadsheet validated by the engine (refused at the cell,
 * nothing half-saved), undo and redo; new, edit and delete; profile and comparison of the selection.
 */
export function SitesPanel() {
  const { t, locale } = useLocale();
  const { t: tc } = useTranslation('territories');
  const controller = useWorkspaceController();
  const actions = useWorkspaceActions();
  const workspace = useWorkspace();
  const sites = useEngineQuery(SITES_QUERY);
  const [selected, setSelected] = useState<Site[]>([]);
  const [cellError, setCellError] = useState<CellError | null>(null);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const [deleting, setDeleting] = useState(false);

  const columns = useMemo(() => siteColumns(t, locale, cellError), [t, locale, cellError]);
  const one = selected.length === 1 ? (selected[0] ?? null) : null;

  const refuse = useCallback(
    (error: unknown, rowId: string, field: string, name: string) => {
      // The grid never took the value (edits are requests), so the cell already shows the old one.
      const { message } = translateError(error);
      if (isEditableField(field)) setCellError({ rowId, field, message });
      notifyError(error, (lng) => t('sites.editRejected', { name, lng }));
    },
    [t],
  );

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Site>) => {
      const field = event.colDef.field;
      const site = event.data;
      if (!isEditableField(field) || !site) return;
      if (event.newValue === event.oldValue) return;
      const rowId = siteRowId(site);
      controller
        .mutate((engine) => engine.updateSite(site.id, patchForEdit(field, event.newValue, locale)))
        .then(
          () => setCellError((e) => (e && e.rowId === rowId && e.field === field ? null : e)),
          (error: unknown) => refuse(error, rowId, field, site.name),
        );
    },
    [controller, locale, refuse],
  );

  // A block pasted from a spreadsheet: one engine call, all or nothing, one undo step.
  const onPaste = useCallback(
    (cells: PastedCell<Site>[]) => {
      const patches = new Map<number, SitePatch>();
      for (const cell of cells) {
        if (!isEditableField(cell.field)) continue;
        patches.set(cell.row.id, { ...patches.get(cell.row.id), ...patchForEdit(cell.field, cell.text, locale) });
      }
      const edits = [...patches].map(([id, patch]) => ({ id, patch }));
      if (edits.length === 0) return;
      controller
        .mutate((engine) => engine.updateSites(edits))
        .then(
          () => {
            setCellError(null);
            notify({
              kind: 'success',
              title: (lng) => tc('sites.pasted', { lng }),
              message: (lng) => tc('sites.pastedCells', { lng, count: cells.length }),
            });
          },
          (error: unknown) => {
            const e = toEngineError(error);
            const siteId = Number(e.params.siteId);
            const site = sites.data?.find((s) => s.id === siteId);
            refuse(error, String(siteId), String(e.params.field ?? ''), site?.name ?? '');
          },
        );
    },
    [controller, locale, refuse, sites.data, tc],
  );

  const remove = async () => {
    setDeleting(false);
    if (!one) return;
    try {
      await controller.mutate((engine) => engine.deleteSite(one.id));
      notify({ kind: 'success', title: (lng) => t('sites.deleted', { lng }), message: () => one.name });
      setSelected([]);
    } catch (error) {
      notifyError(error, (lng) => t('sites.deleteFailed', { lng }));
    }
  };

  const toolbar = (
    <>
      <Button size="xs" onClick={() => setForm('new')} data-testid="site-new">
        {t('sites.new')}
      </Button>
      <Button size="xs" variant="default" disabled={!one} onClick={() => setForm('edit')} data-testid="site-edit">
        {tc('sites.edit')}
      </Button>
      <Button size="xs" variant="default" color="red" disabled={!one} onClick={() => setDeleting(true)} data-testid="site-delete">
        {t('sites.delete')}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={!one}
        onClick={() => one && openProfile({ kind: 'site', id: one.id })}
        data-testid="site-profile"
      >
        {tc('sites.profile')}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={!canCompare(selected.length)}
        onClick={() =>
          goToCompare(
            'site',
            selected.map((s) => s.id),
          )
        }
        data-testid="site-compare"
      >
        {tc('sites.compare', { count: selected.length })}
      </Button>
      <Button size="xs" variant="default" disabled={!workspace.canUndo} onClick={actions.undo} data-testid="sites-undo">
        {t('history.undo')}
      </Button>
      <Button size="xs" variant="default" disabled={!workspace.canRedo} onClick={actions.redo} data-testid="sites-redo">
        {t('history.redo')}
      </Button>
      <Text size="xs" c="dimmed">
        {tc('sites.hint')}
      </Text>
    </>
  );

  return (
    <>
      {sites.data?.length === 0 && (
        <Text size="sm" c="dimmed" mb="xs" data-testid="sites-empty">
          {tc('sites.empty')}
        </Text>
      )}
      <DataGrid<Site>
        rowData={sites.data}
        columnDefs={columns}
        getRowId={siteRowId}
        testId="sites-grid"
        gridId="sites"
        totals
        height="calc(100vh - 150px)"
        exportName={t('sites.exportName')}
        exportNotes={[[t('common.source'), tc('sites.exportSource')]]}
        onCellEditRequest={onCellEditRequest}
        onPaste={onPaste}
        onSelectionChanged={setSelected}
        selectable="multiple"
        toolbar={toolbar}
      />
      <SiteFormModal
        opened={form !== null}
        site={form === 'edit' ? one : null}
        onClose={() => setForm(null)}
        existingCount={sites.data?.length ?? 0}
      />
      <ConfirmModal
        opened={deleting}
        title={t('sites.deleteTitle')}
        message={t('sites.deleteMessage', { name: one?.name ?? '' })}
        confirmLabel={t('sites.delete')}
        danger
        testId="site-delete-modal"
        onCancel={() => setDeleting(false)}
        onConfirm={() => void remove()}
      />
    </>
  );
}
