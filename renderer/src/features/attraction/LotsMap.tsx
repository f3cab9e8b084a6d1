import { Center, Loader, Paper, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { LOT_STATUSES, type LotStatus } from '../../../../shared/features/attraction/vocabulary';
import { Chart } from '../../components/Chart';
import { MG_MAP_NAME, useMgMapReady } from '../dashboard/mg-geo';
import { brl, num } from './format';
import { buildLotsMapOption } from './lots-map-option';
import { planChartSource } from './plan-chart-source';
import { useAttraction } from './use-attraction';

/** The district on the state map beside its lots as area bars coloured by status, with the totals. */
export function LotsMap({ view }: { view: PlanView }) {
  const { t, locale } = useAttraction();
  const dark = useComputedColorScheme('light') === 'dark';
  const mapReady = useMgMapReady((lng) => t('lots.mapFailed', { lng }));
  const option = useMemo(
    () =>
      buildLotsMapOption({
        mapName: MG_MAP_NAME,
        site: view.site,
        lots: view.lots,
        labels: {
          status: Object.fromEntries(LOT_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<LotStatus, string>,
          area: t('lots.area'),
          value: t('lots.value'),
          noPoint: t('lots.noPoint'),
        },
        formatArea: (m2) => `${num(m2, locale, 0)} m²`,
        formatMoney: (v) => brl(v, locale),
        dark,
      }),
    [view.site, view.lots, t, locale, dark],
  );
  const lt = view.lotTotals;
  const height = Math.max(280, 70 + view.lots.length * 24);
  const title = t('lots.mapTitle', { site: view.site.name });
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb={4} data-testid="attraction-lots-map-totals">
        {t('lots.mapTotals', {
          area: num(lt.areaAvailableM2, locale, 0),
          total: num(lt.areaM2, locale, 0),
          value: brl(lt.valueAvailable, locale),
          available: lt.available,
          count: lt.total,
        })}
      </Text>
      {mapReady ? (
        <Chart
          option={option}
          height={height}
          title={title}
          source={planChartSource(view, t, locale, t('lots.mapSource'))}
          testId="attraction-lots-map"
          attributes={{ 'data-lots': view.lots.length, 'data-placed': view.site.lat !== null ? 1 : 0 }}
        />
      ) : (
        <Center h={height}>
          <Loader size="sm" />
        </Center>
      )}
    </Paper>
  );
}
