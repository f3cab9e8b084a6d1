import { Button, Select, Text } from '@mantine/core';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalColumn, MunicipalRow } from '../../../../shared/features/territories/types';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { labelKey } from '../../i18n/locales';
import { useEngineData } from '../../workspace/use-engine-data';
import { unitLabel } from './format';
import { canCompare, goToCompare, openProfile } from './stores';
import { TerritorySetModal } from './TerritorySetModal';

/** A municipality as a grid row: its fields and one flat field per indicator column ("v:<column id>"). */
type Row = Omit<MunicipalRow, 'values'> & Record<`v:${string}`, number | null>;

const rowId = (r: Row) => String(r.code);

/**
 * MG municipalities with the imported indicators (each at its newest period) and formal jobs by
 * IBGE sector, filtered by IBGE region or by a custom territory; a selection becomes a territory.
 */
export function MunicipalitiesPanel() {
  const { t, locale } = useLocale();
  const { t: tc } = useTranslation('territories');
  const [region, setRegion] = useState<string | null>(null);
  const [setId, setSetId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Row[]>([]);
  const [saving, setSaving] = useState(false);

  const filters = useEngineData(async (engine) => {
    const [regions, sets] = await Promise.all([engine.listRegions(FOCUS_STATE_CODE), engine.territorySets()]);
    return { regions, sets };
  }, []);
  const table = useEngineData(
    (engine) =>
      engine.municipalityTable({
        stateCode: FOCUS_STATE_CODE,
        regionCode: region ? Number(region) : undefined,
        setId: setId ? Number(setId) : undefined,
      }),
    [region, setId],
  );

  const rows = useMemo<Row[] | undefined>(
    () =>
      table.data?.rows.map((r) => {
        const { values, ...rest } = r;
        const row: Row = { ...rest };
        for (const [id, v] of Object.entries(values)) row[`v:${id}`] = v;
        return row;
      }),
    [table.data],
  );

  const columns = useMemo<ColDef<Row>[]>(() => {
    const key = labelKey(locale);
    const indicatorColumn = (c: MunicipalColumn): ColDef<Row> => ({
      field: `v:${c.id}`,
      colId: `v:${c.id}`,
      // The unit in the header, plain numbers in the cells: a column reads like a spreadsheet's.
      headerName: `${c.label[key]} (${[unitLabel(tc, c.unit), c.period].filter(Boolean).join(', ')})`,
      headerTooltip: `${c.label[key]} — ${unitLabel(tc, c.unit)}, ${c.period}. ${t('common.source')}: ${c.source}`,
      width: 150,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      valueFormatter: (p: ValueFormatterParams<Row>) =>
        typeof p.value === 'number' ? formatNumber(p.value, locale, c.additive ? 0 : 2) : '',
      context: {
        kind: c.additive ? 'integer' : 'decimal',
        total: c.additive ? 'sum' : 'mean',
        direction: c.direction,
      } satisfies ColumnMeta,
    });
    return [
      {
        field: 'code',
        headerName: t('municipalities.code'),
        width: 110,
        filter: 'agTextColumnFilter',
        pinned: 'left',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      { field: 'name', headerName: t('municipalities.name'), width: 200, pinned: 'left', context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'stateAbbr',
        headerName: t('municipalities.state'),
        width: 70,
        hide: true,
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      {
        field: 'intermediateRegion',
        headerName: t('municipalities.intermediateRegion'),
        width: 190,
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      {
        field: 'immediateRegion',
        headerName: t('municipalities.immediateRegion'),
        width: 190,
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      ...(table.data?.columns ?? []).map(indicatorColumn),
    ];
  }, [t, tc, locale, table.data?.columns]);

  const regionOptions = useMemo(() => {
    const regions = filters.data?.regions ?? [];
    return (['intermediate', 'immediate'] as const).map((kind) => ({
      group: tc(`territories.regionKinds.${kind}`),
      items: regions.filter((r) => r.kind === kind).map((r) => ({ value: String(r.code), label: r.name })),
    }));
  }, [filters.data, tc]);

  const sources = [...new Set((table.data?.columns ?? []).map((c) => c.source))];
  const onSelection = useCallback((r: Row[]) => setSelected(r), []);

  return (
    <>
      <DataGrid<Row>
        rowData={rows}
        columnDefs={columns}
        getRowId={rowId}
        testId="municipalities-grid"
        gridId="municipalities"
        totals
        selectable="multiple"
        height="calc(100vh - 150px)"
        exportName={t('municipalities.exportName')}
        exportNotes={[[t('common.source'), sources.join('; ')]]}
        onSelectionChanged={onSelection}
        onRowDoubleClicked={(r) => openProfile({ kind: 'municipality', id: r.code })}
        toolbar={
          <>
            <Select
              size="xs"
              data={regionOptions}
              value={region}
              onChange={setRegion}
              placeholder={tc('territories.allRegions')}
              clearable
              searchable
              w={230}
              aria-label={tc('territories.region')}
              data-testid="municipalities-region"
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              size="xs"
              data={(filters.data?.sets ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
              value={setId}
              onChange={setSetId}
              placeholder={tc('territories.allTerritories')}
              clearable
              w={200}
              aria-label={tc('territories.customTerritory')}
              data-testid="municipalities-set"
              comboboxProps={{ withinPortal: true }}
            />
            <Button
              size="xs"
              variant="default"
              disabled={selected.length === 0}
              onClick={() => setSaving(true)}
              data-testid="municipalities-save-set"
            >
              {tc('territories.saveAsSet', { count: selected.length })}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={selected.length !== 1}
              onClick={() => selected[0] && openProfile({ kind: 'municipality', id: selected[0].code })}
            >
              {tc('sites.profile')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={!canCompare(selected.length)}
              onClick={() =>
                goToCompare(
                  'municipality',
                  selected.map((r) => r.code),
                )
              }
            >
              {tc('sites.compare', { count: selected.length })}
            </Button>
            <Text size="xs" c="dimmed">
              {tc('territories.municipalitiesHint', { count: formatNumber(rows?.length ?? 0, locale, 0) })}
            </Text>
          </>
        }
      />
      <TerritorySetModal opened={saving} onClose={() => setSaving(false)} initialMembers={selected.map((r) => r.code)} />
    </>
  );
}
