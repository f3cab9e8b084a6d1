import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import type { Action } from '../../../../shared/features/programmes/types';

interface Reach {
  code: number;
  name: string;
  actions: number;
  participants: number;
  women: number;
  youth: number;
}

function reachOf(actions: readonly Action[]): Reach[] {
  const by = new Map<number, Reach>();
  for (const a of actions) {
    const r = by.get(a.municipalityCode) ?? {
      code: a.municipalityCode,
      name: a.municipalityName ?? String(a.municipalityCode),
      actions: 0,
      participants: 0,
      women: 0,
      youth: 0,
    };
    r.actions += 1;
    r.participants += a.participants;
    r.women += a.women;
    r.youth += a.youth;
    by.set(a.municipalityCode, r);
  }
  return [...by.values()].sort((a, b) => b.participants - a.participants);
}

/** Participants by month of the actions' start: the programme's timeline. */
function timelineOption(actions: readonly Action[], label: string): ChartOption {
  const months = new Map<string, number>();
  for (const a of actions) months.set(a.startDate.slice(0, 7), (months.get(a.startDate.slice(0, 7)) ?? 0) + a.participants);
  const keys = [...months.keys()].sort();
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 12, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: keys },
    yAxis: { type: 'value' },
    series: [{ name: label, type: 'bar', data: keys.map((k) => months.get(k) ?? 0), itemStyle: { color: '#228be6' } }],
  };
}

/** The programme's actions: grid, timeline and reach by municipality (by sex). */
export function ActionsPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation('programmes');
  const { locale } = useLocale();
  const actions = useEngineData((e) => e.programmeActions(programmeId), [programmeId]);
  const rows = useMemo(() => actions.data ?? [], [actions.data]);
  const number = new Intl.NumberFormat(locale);
  const columns = useMemo(
    (): ColDef<Action>[] => [
      { field: 'code', headerName: t('cols.code'), width: 100 },
      { colId: 'type', headerName: t('cols.type'), valueGetter: (p) => (p.data ? t(`types.${p.data.type}`) : ''), width: 190 },
      { field: 'municipalityName', headerName: t('cols.municipality'), width: 160 },
      { field: 'startDate', headerName: t('cols.startDate'), width: 115 },
      { field: 'endDate', headerName: t('cols.endDate'), width: 115 },
      { field: 'partner', headerName: t('cols.partner'), width: 130 },
      { field: 'participants', headerName: t('cols.participants'), type: 'numericColumn', width: 120 },
      { field: 'women', headerName: t('cols.women'), type: 'numericColumn', width: 100 },
      { field: 'youth', headerName: t('cols.youth'), type: 'numericColumn', width: 100 },
      { field: 'enterprisesFormed', headerName: t('cols.formed'), type: 'numericColumn', width: 130 },
      { field: 'enterprisesLegalized', headerName: t('cols.legalized'), type: 'numericColumn', width: 140 },
      { field: 'notes', headerName: t('cols.notes'), flex: 1, minWidth: 160 },
    ],
    [t],
  );
  const reach = reachOf(rows);
  return (
    <Stack gap="sm" data-testid="programme-actions" data-loaded={actions.loading ? 'false' : 'true'}>
      <DataGrid<Action>
        rowData={actions.data}
        columnDefs={columns}
        getRowId={(a) => String(a.id)}
        testId="programme-actions-grid"
        height={320}
        exportName="acoes-programa"
        totals
      />
      <SimpleGrid cols={2}>
        <Stack gap={4}>
          <Text fw={600}>{t('timeline')}</Text>
          {rows.length > 0 && (
            <Chart option={timelineOption(rows, t('cols.participants'))} height={220} title={t('timeline')} testId="programme-timeline" />
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('reach')}</Text>
          <Table striped withTableBorder data-testid="programme-reach">
            <Table.Thead>
              <Table.Tr>
                {(['municipality', 'actions', 'participants', 'women', 'men', 'youth'] as const).map((c) => (
                  <Table.Th key={c}>{t(`cols.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reach.map((r) => (
                <Table.Tr key={r.code}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="right">{number.format(r.actions)}</Table.Td>
                  <Table.Td ta="right">{number.format(r.participants)}</Table.Td>
                  <Table.Td ta="right">{number.format(r.women)}</Table.Td>
                  <Table.Td ta="right">{number.format(r.participants - r.women)}</Table.Td>
                  <Table.Td ta="right">{number.format(r.youth)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
