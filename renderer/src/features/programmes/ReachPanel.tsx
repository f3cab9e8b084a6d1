import { Center, Loader, SegmentedControl, SimpleGrid, Stack, Table, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/features/programmes/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { useEngineData } from '../../workspace/use-engine-data';
import { buildMapOption } from '../dashboard/map-option';
import { MG_MAP_NAME, useMgMapReady } from '../dashboard/mg-geo';
import { reachOf } from '../../../../shared/features/programmes/reach';

type Measure = 'participants' | 'actions';

/** The programme's reach: Minas Gerais shaded by participants (or actions) per municipality, and the table. */
export function ReachPanel({ actions, source }: { actions: readonly Action[]; source: string }) {
  const { t } = useTranslation('programmes');
  const { t: tc, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady((lng) => t('reachMap', { lng }));
  const [measure, setMeasure] = useState<Measure>('participants');
  const reach = useMemo(() => reachOf(actions), [actions]);
  // Every municipality of the state is on the map: the ones without an action in grey ("no action").
  const places = useEngineData((e) => e.listMunicipalities({ stateCode: FOCUS_STATE_CODE }), []);
  const option = useMemo(() => {
    const byCode = new Map(reach.map((r) => [r.code, r]));
    const all = places.data ?? [];
    return buildMapOption({
      mapName: MG_MAP_NAME,
      values: all.map((m) => ({ code: m.code, value: byCode.get(m.code)?.[measure] ?? null })),
      municipalityNames: new Map(all.map((m) => [m.code, m.name])),
      metric: { label: t(`cols.${measure}`), unit: '', source },
      sites: [],
      locale,
      labels: { noData: t('notReached'), source: tc('common.source'), sites: '', municipalities: t('cols.municipality') },
      dark,
    });
  }, [reach, places.data, measure, t, tc, source, locale, dark]);
  const number = numberFormat(locale);
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} style={{ alignItems: 'start' }}>
      <Stack gap={4}>
        <SegmentedControl
          size="xs"
          value={measure}
          onChange={(v) => setMeasure(v)}
          data={(['participants', 'actions'] as const).map((m) => ({ value: m, label: t(`cols.${m}`) }))}
          data-testid="reach-measure"
        />
        {mapReady && places.data ? (
          <Chart
            option={option}
            height={380}
            title={t('reachMapTitle', { measure: t(`cols.${measure}`) })}
            source={source}
            testId="programme-reach-map"
            attributes={{ 'data-municipalities': reach.length }}
          />
        ) : (
          <Center h={380}>
            <Loader size="sm" />
          </Center>
        )}
        <Text size="xs" c="dimmed">
          {t('reachCaption', { count: reach.length })}
        </Text>
      </Stack>
      {/* Beside the map on a wide screen, below it on a laptop's: at 1280 px its last column ran past the
          window's edge. The scroll container is the guard for narrower still. */}
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder data-testid="programme-reach">
          <Table.Thead>
            <Table.Tr>
              {(['municipality', 'actions', 'participants', 'women', 'men', 'youth'] as const).map((c) => (
                <Table.Th key={c} ta={c === 'municipality' ? undefined : 'right'}>
                  {t(`cols.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reach.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td>{r.name ?? r.code}</Table.Td>
                <Table.Td ta="right">{number.format(r.actions)}</Table.Td>
                <Table.Td ta="right">{number.format(r.participants)}</Table.Td>
                <Table.Td ta="right">{number.format(r.women)}</Table.Td>
                <Table.Td ta="right">{number.format(r.participants - r.women)}</Table.Td>
                <Table.Td ta="right">{number.format(r.youth)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SimpleGrid>
  );
}
