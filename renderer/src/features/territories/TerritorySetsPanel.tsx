import { Button, SegmentedControl, Text } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritorySet } from '../../../../shared/features/territories/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { TerritorySetModal } from './TerritorySetModal';
import { CliText } from '../../components/CliText';

type Row = TerritorySet & { memberNames: string; size: number; initiativeName: string };
/** The planner's own territories, the ones holding an initiative's municipalities, or both. */
type Shown = 'own' | 'initiatives' | 'all';
const rowId = (r: Row) => String(r.id);

/** Custom territories: named sets of municipalities, usable as the reference region of the economic analyses. */
export function TerritorySetsPanel() {
  const { t: tc } = useTranslation('territories');
  const { t, locale } = useLocale();
  const controller = useWorkspaceController();
  const data = useEngineData(async (engine) => {
    const [sets, municipalities] = await Promise.all([engine.territorySets(), engine.listMunicipalities({})]);
    const names = new Map(municipalities.map((m) => [m.code, m.name]));
    return sets.map((s) => ({
      ...s,
      size: s.members.length,
      memberNames: s.members.map((c) => names.get(c) ?? String(c)).join(', '),
      initiativeName: s.initiative?.name ?? '',
    }));
  }, []);
  const [shown, setShown] = useState<Shown>('own');
  const rows = useMemo(
    () => data.data?.filter((r) => shown === 'all' || (shown === 'initiatives') === (r.initiative != null)),
    [data.data, shown],
  );
  const owned = (data.data ?? []).filter((r) => r.initiative != null).length;
  const [selected, setSelected] = useState<Row | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [deleting, setDeleting] = useState(false);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'name', headerName: tc('territories.setName'), width: 240, pinned: 'left', context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'size',
        headerName: tc('territories.size'),
        width: 130,
        type: 'rightAligned',
        context: { kind: 'integer' } satisfies ColumnMeta,
      },
      {
        field: 'memberNames',
        headerName: tc('territories.members'),
        width: 480,
        tooltipField: 'memberNames',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'initiativeName',
        headerName: tc('territories.initiative'),
        width: 260,
        hide: shown === 'own',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'description',
        headerName: tc('territories.setDescription'),
        width: 260,
        // An initiative's set stores a Portuguese note (initiative-set.ts); it is said in the UI language.
        valueGetter: (p) =>
          p.data?.initiative ? tc('territories.initiativeSetDescription', { area: t('areas.initiatives') }) : p.data?.description,
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'updatedAt',
        headerName: tc('territories.updatedAt'),
        width: 150,
        valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value, locale) : ''),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
    ],
    [tc, t, locale, shown],
  );
  const remove = (target: Row) =>
    controller
      .mutate((engine) => engine.deleteTerritorySet(target.id))
      .catch((e: unknown) => notifyError(e, (lng) => tc('territories.setDeleteFailed', { lng })));

  return (
    <>
      <DataGrid<Row>
        rowData={rows}
        columnDefs={columns}
        getRowId={rowId}
        testId="territory-sets-grid"
        height="calc(100vh - 150px)"
        exportName={tc('territories.exportName')}
        selectable
        onSelectionChanged={(rows) => setSelected(rows[0] ?? null)}
        toolbar={
          <>
            <SegmentedControl
              size="xs"
              value={shown}
              onChange={(v) => setShown(v === 'initiatives' || v === 'all' ? v : 'own')}
              data={[
                { value: 'own', label: tc('territories.shownOwn', { count: (data.data?.length ?? 0) - owned }) },
                { value: 'initiatives', label: tc('territories.shownInitiatives', { count: owned }) },
                { value: 'all', label: tc('territories.shownAll') },
              ]}
              data-testid="territory-sets-shown"
            />
            <Button size="xs" onClick={() => setEditing('new')} data-testid="territory-set-new">
              {tc('territories.newSet')}
            </Button>
            <Button size="xs" variant="default" disabled={!selected} onClick={() => setEditing('edit')}>
              {tc('sites.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={!selected}
              // An initiative's set is refused by the engine, with its reason: no question asked first.
              onClick={() => (selected?.initiative ? void remove(selected) : setDeleting(true))}
              data-testid="territory-set-delete"
            >
              {t('sites.delete')}
            </Button>
            <Text size="xs" c="dimmed">
              {data.data && data.data.length === 0 ? (
                tc('territories.setsEmpty')
              ) : shown === 'own' ? (
                <CliText text={tc('territories.setsHint')} />
              ) : (
                tc('territories.initiativeSetsHint')
              )}
            </Text>
          </>
        }
      />
      <TerritorySetModal opened={editing !== null} set={editing === 'edit' ? selected : null} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting}
        title={tc('territories.deleteSetTitle')}
        message={tc('territories.deleteSetMessage', { name: selected?.name ?? '' })}
        confirmLabel={t('sites.delete')}
        danger
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          const target = selected;
          if (target) void remove(target);
        }}
      />
    </>
  );
}
