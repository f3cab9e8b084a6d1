import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import type { CellEditRequestEvent, ColDef, ValueFormatterParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Direction, IndicatorInfo, IndicatorInput } from '../../../../shared/features/territories/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import './territories.css';
import { unitLabel } from './format';
import { useSurveySubject } from './use-survey-subject';
import { IndicatorModal } from './IndicatorModal';
import { fieldErrorMessage, notifyFieldError } from './field-error';
import { ValuesPanel } from './ValuesPanel';

type Row = IndicatorInfo & { namePt: string; nameEn: string; nameEs: string; scale: string; kinds: string; periodList: string };
const rowId = (r: Row) => r.code;
const CATEGORIES = ['demography', 'infrastructure', 'economy', 'social', 'imported'] as const;
type Category = (typeof CATEGORIES)[number];

/** A built-in category code in the UI language; any other text as the planner wrote it. */
function categoryLabel(tc: TFunction<'territories'>, category: string): string {
  return (CATEGORIES as readonly string[]).includes(category) ? tc(`categories.${category as Category}`) : category;
}

const EDITABLE = ['namePt', 'nameEn', 'nameEs', 'unit', 'direction', 'category', 'description', 'source'] as const;
type EditableField = (typeof EDITABLE)[number];

/** What an edited cell changes in the indicator's definition. */
function inputFor(row: IndicatorInfo, field: EditableField, value: unknown): IndicatorInput {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  const name = { ...row.name };
  if (field === 'namePt') name.pt = text;
  if (field === 'nameEn') name.en = text;
  if (field === 'nameEs') name.es = text;
  return {
    code: row.code,
    name,
    unit: field === 'unit' ? text : row.unit,
    direction: field === 'direction' ? (text as Direction) : row.direction,
    category: field === 'category' ? text : row.category,
    description: field === 'description' ? text : row.description,
    source: field === 'source' ? text : row.source,
  };
}

/**
 * The indicator catalog (code, names pt/en/es, unit, direction, category, source, description, scale)
 * with what the workspace holds of each, and the values by site or municipality with provenance —
 * where a district's infrastructure survey is entered.
 */
export function IndicatorsPanel() {
  const { t: tc } = useTranslation('territories');
  const { t } = useLocale();
  const surveySite = useSurveySubject();
  const [view, setView] = useState<'catalog' | 'values'>(surveySite !== null ? 'values' : 'catalog');
  return (
    <Stack gap="xs" data-testid="indicators-panel">
      <SegmentedControl
        size="xs"
        value={view}
        onChange={(v) => setView(v)}
        data={[
          { value: 'catalog', label: tc('indicators.catalog') },
          { value: 'values', label: tc('indicators.values') },
        ]}
        w={420}
        data-testid="indicators-view"
      />
      {view === 'catalog' ? <CatalogGrid /> : <ValuesPanel initialSite={surveySite} />}
      <Text size="xs" c="dimmed">
        {view === 'catalog' ? tc('indicators.catalogHint') : tc('indicators.valuesHint', { source: t('common.source') })}
      </Text>
    </Stack>
  );
}

function CatalogGrid() {
  const { t: tc } = useTranslation('territories');
  const { t } = useLocale();
  const controller = useWorkspaceController();
  const catalog = useEngineData((engine) => engine.indicatorCatalog(), []);
  const [selected, setSelected] = useState<Row | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [cellError, setCellError] = useState<{ code: string; field: string; message: string } | null>(null);

  const rows = useMemo<Row[] | undefined>(
    () =>
      catalog.data?.map((d) => ({
        ...d,
        namePt: d.name.pt,
        nameEn: d.name.en,
        nameEs: d.name.es,
        scale:
          d.valueMin !== null || d.valueMax !== null
            ? `${d.valueMin ?? '−∞'} – ${d.valueMax ?? '∞'}${d.wholeNumbers ? ` (${tc('indicators.whole')})` : ''}`
            : '',
        kinds: d.subjectKinds.map((k) => tc(`indicators.subjectKinds.${k as 'site'}`)).join(', '),
        periodList: d.periods.slice(0, 6).join(', ') + (d.periods.length > 6 ? ' …' : ''),
      })),
    [catalog.data, tc],
  );

  const columns = useMemo<ColDef<Row>[]>(() => {
    const isError = (field: string) => (p: { data?: Row }) =>
      cellError !== null && cellError.field === field && p.data?.code === cellError.code;
    const editable = (field: EditableField, width: number, extra: Partial<ColDef<Row>> = {}): ColDef<Row> => ({
      field,
      headerName: tc(`indicators.fields.${field}`),
      width,
      editable: true,
      cellEditor: field === 'description' ? 'agLargeTextCellEditor' : 'agTextCellEditor',
      cellEditorPopup: field === 'description',
      tooltipValueGetter: (p) => (isError(field)(p) ? cellError?.message : typeof p.value === 'string' ? p.value : undefined),
      cellClassRules: { 'arranjo-cell-error': isError(field) },
      context: { kind: 'text', groupable: field === 'unit' || field === 'direction' } satisfies ColumnMeta,
      ...extra,
    });
    return [
      {
        field: 'code',
        headerName: tc('indicators.fields.code'),
        width: 160,
        pinned: 'left',
        // The key imports and the CLI name an indicator by: an imported one can be longer than 160 px.
        context: { kind: 'text', fitContent: true } satisfies ColumnMeta,
      },
      editable('namePt', 220, { pinned: 'left' }),
      editable('nameEn', 180),
      editable('nameEs', 180),
      editable('unit', 110, { valueFormatter: (p: ValueFormatterParams<Row>) => unitLabel(tc, String(p.value ?? '')) }),
      editable('direction', 150, {
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['higher-better', 'lower-better', 'neutral'] },
        valueFormatter: (p: ValueFormatterParams<Row>) => (p.value ? tc(`directions.${p.value as Direction}`) : ''),
      }),
      {
        ...editable('category', 130),
        // Built-in categories are codes ("demography"): shown in the UI language; a planner's own text as typed.
        valueFormatter: (p: ValueFormatterParams<Row>) => categoryLabel(tc, String(p.value ?? '')),
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      { field: 'scale', headerName: tc('indicators.fields.scale'), width: 130, context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'valueCount',
        headerName: tc('indicators.fields.valueCount'),
        width: 110,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        context: { kind: 'integer', total: 'sum', direction: 'neutral' } satisfies ColumnMeta,
      },
      { field: 'kinds', headerName: tc('indicators.fields.subjectKinds'), width: 140, context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'periodList',
        headerName: tc('indicators.fields.periods'),
        width: 170,
        tooltipField: 'periodList',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      editable('source', 220),
      editable('description', 320),
      {
        field: 'builtIn',
        headerName: tc('indicators.fields.builtIn'),
        width: 100,
        valueFormatter: (p: ValueFormatterParams<Row>) => (p.value ? t('common.yes') : ''),
        context: { kind: 'text' } satisfies ColumnMeta,
      },
    ];
  }, [tc, t, cellError]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const field = event.colDef.field as EditableField | undefined;
      const row = event.data;
      if (!row || !field || !(EDITABLE as readonly string[]).includes(field) || event.newValue === event.oldValue) return;
      controller
        .mutate((engine) => engine.saveIndicator(inputFor(row, field, event.newValue)))
        .then(
          () => setCellError(null),
          (error: unknown) => {
            const message = fieldErrorMessage(error, tc);
            setCellError({ code: row.code, field, message });
            notifyFieldError(error, (lng) => tc('indicators.editRejected', { code: row.code, lng }));
          },
        );
    },
    [controller, tc],
  );

  const remove = () => {
    setDeleting(false);
    const target = selected;
    if (!target) return;
    controller
      .mutate((engine) => engine.deleteIndicator(target.code))
      .then(
        () => notify({ kind: 'success', title: (lng) => tc('indicators.deleted', { lng }), message: () => target.code }),
        (error: unknown) =>
          notifyError(error, (lng) =>
            toEngineError(error).code === 'CONSTRAINT' ? tc('indicators.deleteRefused', { lng }) : tc('indicators.deleteFailed', { lng }),
          ),
      );
  };

  return (
    <>
      <DataGrid<Row>
        rowData={rows}
        columnDefs={columns}
        getRowId={rowId}
        testId="indicators-grid"
        gridId="indicators"
        height="calc(100vh - 230px)"
        exportName={tc('indicators.exportName')}
        selectable
        onSelectionChanged={(r) => setSelected(r[0] ?? null)}
        onCellEditRequest={onCellEditRequest}
        toolbar={
          <>
            <Button size="xs" onClick={() => setCreating(true)} data-testid="indicator-new">
              {tc('indicators.new')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              disabled={!selected || selected.builtIn}
              onClick={() => setDeleting(true)}
              data-testid="indicator-delete"
            >
              {t('sites.delete')}
            </Button>
            <Text size="xs" c="dimmed">
              {tc('indicators.editHint')}
            </Text>
          </>
        }
      />
      <IndicatorModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={deleting}
        title={tc('indicators.deleteTitle')}
        message={tc('indicators.deleteMessage', { code: selected?.code ?? '' })}
        confirmLabel={t('sites.delete')}
        danger
        onCancel={() => setDeleting(false)}
        onConfirm={remove}
      />
    </>
  );
}
