import { parseLocaleNumber } from '../../components/grid/tsv';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import type { CellEditRequestEvent, ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import type { Lot, PlanView } from '../../../../shared/features/attraction/types';
import { LOT_STATUSES, type LotStatus } from '../../../../shared/features/attraction/vocabulary';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { brl, num } from './format';
import { LotsMap } from './LotsMap';
import { useAttraction } from './use-attraction';

type LotRow = Lot & { value: number | null; statusLabel: string };

/** The district's lot inventory: a grid with totals and area bars (no geometry ships), editable in place. */
export function LotsPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const [code, setCode] = useState('');
  const [area, setArea] = useState<number | string>('');
  const [price, setPrice] = useState<number | string>('');
  const [status, setStatus] = useState<LotStatus>('available');
  const maxArea = Math.max(1, ...view.lots.map((l) => l.areaM2));
  const rows: LotRow[] = view.lots.map((l) => ({ ...l, value: l.pricePerM2 === null ? null : l.areaM2 * l.pricePerM2, statusLabel: t(`status.${l.status}`) }));
  const columns = useMemo<ColDef<LotRow>[]>(
    () => [
      { field: 'code', headerName: t('lots.code'), width: 110, context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
      { field: 'areaM2', headerName: t('lots.area'), width: 120, editable: true, valueFormatter: (p) => num(p.value as number, locale), context: { kind: 'decimal', total: 'sum' } satisfies ColumnMeta },
      {
        colId: 'bar',
        headerName: t('lots.bar'),
        width: 160,
        sortable: false,
        // No bar in the totals row: the district's whole area drew a full bar there, as if it were a lot.
        cellRenderer: (p: { data?: LotRow; node: { rowPinned?: unknown } }) =>
          p.data && !p.node.rowPinned ? <div className="attraction-area-bar" style={{ width: `${(p.data.areaM2 / maxArea) * 100}%` }} /> : null,
      },
      { field: 'pricePerM2', headerName: t('lots.price'), width: 120, editable: true, valueFormatter: (p) => brl(p.value as number | null, locale), context: { kind: 'decimal' } satisfies ColumnMeta },
      { field: 'value', headerName: t('lots.value'), width: 140, valueFormatter: (p) => brl(p.value as number | null, locale), context: { kind: 'decimal', total: 'sum' } satisfies ColumnMeta },
      {
        field: 'status',
        headerName: t('lots.status'),
        width: 130,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...LOT_STATUSES] },
        valueFormatter: (p) => (p.value ? t(`status.${p.value as LotStatus}`) : ''),
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      { field: 'zoning', headerName: t('lots.zoning'), width: 110, editable: true, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'pollutionClass', headerName: t('lots.pollution'), width: 140, editable: true, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'infrastructure', headerName: t('lots.infrastructure'), width: 160, editable: true, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'notes', headerName: t('lots.notes'), flex: 1, editable: true, context: { kind: 'text' } satisfies ColumnMeta },
    ],
    [t, locale, maxArea],
  );

  const onEdit = (event: CellEditRequestEvent<LotRow>) => {
    const field = event.colDef.field;
    if (!event.data || !field) return;
    const raw = event.newValue as unknown;
    const numeric = field === 'areaM2' || field === 'pricePerM2';
    // Numbers come read in the locale (localeNumberEditing): "2.500" is 2500 m² in pt-BR, not 2,5.
    const value = numeric ? (typeof raw === 'number' ? raw : typeof raw === 'string' ? parseLocaleNumber(raw, locale) : null) : raw === '' ? null : raw;
    const id = event.data.id;
    void act((e) => e.updateLot(id, { [field]: value }));
  };

  const add = async () => {
    const created = await act((e) =>
      e.createLot(view.plan.siteId, { code: code.trim(), areaM2: Number(area), pricePerM2: price === '' ? null : Number(price), status }),
    );
    if (created) {
      setCode('');
      setArea('');
      setPrice('');
    }
  };

  const lt = view.lotTotals;
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <TextInput label={t('lots.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} w={110} data-testid="attraction-lot-code" />
        <NumberField clampBehavior="none" label={t('lots.area')} value={area} onChange={setArea} min={0} w={120} data-testid="attraction-lot-area" />
        <NumberField clampBehavior="none" label={t('lots.price')} value={price} onChange={setPrice} min={0} w={120} data-testid="attraction-lot-price" />
        <Select
          label={t('lots.status')}
          data={LOT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v)}
          allowDeselect={false}
          w={140}
        />
        <Button onClick={() => void add()} disabled={code.trim() === '' || area === ''} data-testid="attraction-lot-add">
          {t('lots.add')}
        </Button>
      </Group>
      <Text size="sm" data-testid="attraction-lot-totals">
        {t('lots.totals', {
          lots: t('lots.totalsLots', { count: lt.total }),
          available: t('lots.totalsAvailable', { count: lt.available }),
          area: num(lt.areaAvailableM2, locale, 0),
          value: brl(lt.valueAvailable, locale),
        })}
      </Text>
      <LotsMap view={view} />
      <DataGrid<LotRow>
        rowData={rows}
        columnDefs={columns}
        getRowId={(r) => String(r.id)}
        testId="attraction-lots-grid"
        height={420}
        exportName={t('lots.exportName')}
        onCellEditRequest={onEdit}
        totals
      />
    </Stack>
  );
}
