import { dateTextColumn } from '../../components/grid/date-column';
import { parseLocaleNumber } from '../../components/grid/tsv';
import { Anchor, Button, Group, SegmentedControl, Stack } from '@mantine/core';
import type { CellEditRequestEvent, ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionIn } from '../../../../shared/features/programmes/demo-text';
import type { Action } from '../../../../shared/features/programmes/types';
import { Chart } from '../../components/Chart';
import { heightForRows } from '../../components/grid/grid-height';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { numberFormat, parseShortDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { useEngineData, useEngineQuery } from '../../workspace/use-engine-data';
import { INITIATIVES_QUERY } from '../initiatives/initiatives-prefetch';
import { ActionCalendar } from './ActionCalendar';
import { ActionForm } from './ActionForm';
import { ReachPanel } from './ReachPanel';
import { timelineOption } from './timeline-option';
import { useProgrammeEdit } from './use-programme-edit';

/** An action as the grid shows it: with its initiative's name. */
type ActionRow = Action & { initiativeName: string | null };

const COUNT_FIELDS = new Set(['participants', 'women', 'youth', 'enterprisesFormed', 'enterprisesLegalized']);
const TEXT_FIELDS = new Set(['partner', 'notes', 'startDate', 'endDate']);
const DATE_FIELDS = new Set(['startDate', 'endDate']);
type View = 'reach' | 'calendar' | 'timeline';

/** The value typed in a grid cell as the action's field holds it. */
function cellValue(field: string, value: unknown, locale: Locale): string | number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  // A count, read in the locale by the grid ("1.200" is 1200 in pt-BR); anything else is refused by the engine as not a number.
  if (COUNT_FIELDS.has(field)) return typeof value === 'number' ? value : text === '' ? 0 : (parseLocaleNumber(text, locale) ?? 0);
  if (field === 'endDate' && text === '') return null;
  // A date as the UI writes it (31/03/2025) or as stored (2025-03-31); anything else goes to the engine, which says why not.
  return DATE_FIELDS.has(field) ? (parseShortDate(text, locale) ?? text) : text;
}

/**
 * The programme's actions: a grid edited in place (counts, dates, partner, notes) or through the
 * form, a calendar by month, the reach map by municipality and the timeline; every edit undoable.
 */
export function ActionsPanel({
  programmeId,
  source,
  onOpenInitiative,
}: {
  programmeId: number;
  source: string;
  onOpenInitiative: (code: string) => void;
}) {
  const { t } = useTranslation('programmes');
  const { locale } = useLocale();
  const edit = useProgrammeEdit();
  const actions = useEngineData((e) => e.programmeActions(programmeId), [programmeId]);
  // The demo's notes (stored in Portuguese) in the language in use; a planner's as written.
  const rows = useMemo(() => (actions.data ?? []).map((a) => actionIn(a, locale)), [actions.data, locale]);
  const sites = useEngineData((e) => e.listSites(), []);
  const siteNames = useMemo(() => new Map((sites.data ?? []).map((s) => [s.id, s.name])), [sites.data]);
  // An action's initiative by its name, as the registry shows it (its code is the link's target).
  const initiatives = useEngineQuery(INITIATIVES_QUERY);
  const gridRows = useMemo((): ActionRow[] | undefined => {
    if (!actions.data) return undefined;
    const names = new Map((initiatives.data ?? []).map((i) => [i.code, i.name]));
    return rows.map((a) => ({ ...a, initiativeName: a.initiativeCode ? (names.get(a.initiativeCode) ?? a.initiativeCode) : null }));
  }, [actions.data, rows, initiatives.data]);
  const [selected, setSelected] = useState<Action | null>(null);
  const [form, setForm] = useState<{ action: Action | null } | null>(null);
  const [view, setView] = useState<View>('reach');
  const number = numberFormat(locale);

  const columns = useMemo((): ColDef<ActionRow>[] => {
    const count = (
      field: keyof Action,
      header: `cols.${'participants' | 'women' | 'youth' | 'formed' | 'legalized'}`,
      width: number,
    ): ColDef<ActionRow> => ({
      field,
      headerName: t(header),
      type: 'numericColumn',
      width,
      editable: true,
      context: { kind: 'integer', total: 'sum' },
    });
    return [
      { field: 'code', headerName: t('cols.code'), width: 100, context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
      // Widened to its longest type name in the UI's language ("Formación de multiplicadores" was cut at 190 px).
      {
        colId: 'type',
        headerName: t('cols.type'),
        valueGetter: (p) => (p.data?.type ? t(`types.${p.data.type}`) : ''),
        width: 190,
        context: { kind: 'text', fitContent: true } satisfies ColumnMeta,
      },
      { field: 'municipalityName', headerName: t('cols.municipality'), width: 160 },
      {
        colId: 'site',
        headerName: t('cols.site'),
        valueGetter: (p) => (p.data?.siteId ? (siteNames.get(p.data.siteId) ?? '') : ''),
        width: 180,
      },
      {
        field: 'initiativeName',
        headerName: t('cols.initiative'),
        width: 240,
        tooltipField: 'initiativeName',
        cellRenderer: (p: ICellRendererParams<ActionRow>) =>
          p.data?.initiativeCode ? (
            <Anchor
              component="button"
              size="sm"
              onClick={() => p.data?.initiativeCode && onOpenInitiative(p.data.initiativeCode)}
              data-testid={`initiative-link-${p.data.code}`}
            >
              {p.data.initiativeName}
            </Anchor>
          ) : null,
      },
      // Shown as the UI writes dates (31/03/2025), edited as typed (either way).
      ...(['startDate', 'endDate'] as const).map((field): ColDef<ActionRow> => ({
        field,
        headerName: t(`cols.${field}`),
        width: 115,
        editable: true,
        ...dateTextColumn<ActionRow>(locale),
      })),
      { field: 'partner', headerName: t('cols.partner'), width: 130, editable: true },
      count('participants', 'cols.participants', 120),
      count('women', 'cols.women', 100),
      count('youth', 'cols.youth', 100),
      count('enterprisesFormed', 'cols.formed', 130),
      count('enterprisesLegalized', 'cols.legalized', 140),
      { field: 'notes', headerName: t('cols.notes'), flex: 1, minWidth: 160, editable: true },
    ];
  }, [t, onOpenInitiative, siteNames, locale]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<ActionRow>) => {
      const field = event.colDef.field;
      const action = event.data;
      if (!field || !action || (!COUNT_FIELDS.has(field) && !TEXT_FIELDS.has(field)) || event.newValue === event.oldValue) return;
      void edit((e) => e.saveProgrammeAction({ ...action, [field]: cellValue(field, event.newValue, locale) }));
    },
    [edit, locale],
  );

  return (
    <Stack gap="sm" data-testid="programme-actions" data-loaded={actions.loading ? 'false' : 'true'}>
      <DataGrid<ActionRow>
        rowData={gridRows}
        columnDefs={columns}
        getRowId={(a) => String(a.id)}
        testId="programme-actions-grid"
        // As tall as its rows, up to 16: at a fixed 320 px the demo's 16 actions showed 7 at a time.
        height={heightForRows(gridRows?.length ?? 0)}
        exportName={t('actionsExportName')}
        totals
        selectable
        onSelectionChanged={(picked) => setSelected(picked[0] ?? null)}
        onRowDoubleClicked={(action) => setForm({ action })}
        onCellEditRequest={onCellEditRequest}
        toolbar={
          <Group gap="xs">
            <Button size="xs" onClick={() => setForm({ action: null })} data-testid="action-new">
              {t('actionForm.new')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={!selected}
              onClick={() => setForm({ action: selected })}
              data-testid="action-edit"
            >
              {t('edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={!selected}
              title={t('deleteUndoable')}
              onClick={() => selected && void edit((e) => e.deleteProgrammeAction(selected.id)).then(() => setSelected(null))}
              data-testid="action-delete"
            >
              {t('delete')}
            </Button>
          </Group>
        }
      />
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v)}
        data={(['reach', 'calendar', 'timeline'] as const).map((v) => ({ value: v, label: t(`actionViews.${v}`) }))}
        data-testid="actions-view"
        w="fit-content"
      />
      {view === 'reach' && <ReachPanel actions={rows} source={source} />}
      {view === 'calendar' && <ActionCalendar actions={rows} onOpen={(action) => setForm({ action })} />}
      {view === 'timeline' && rows.length > 0 && (
        <Chart
          option={timelineOption(rows, t('cols.participants'), (n) => number.format(n), locale)}
          height={260}
          title={t('timeline')}
          source={source}
          testId="programme-timeline"
        />
      )}
      {form && <ActionForm key={form.action?.id ?? 0} programmeId={programmeId} action={form.action} onClose={() => setForm(null)} />}
    </Stack>
  );
}
