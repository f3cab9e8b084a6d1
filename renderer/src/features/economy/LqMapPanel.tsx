import { Loader, Select, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../../shared/domain/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { MG_MAP_NAME, ensureMgMap } from '../dashboard/mg-geo';
import './economy-echarts';
import { reasonCode } from './economy-format';
import type { EconomySelection } from './economy-selection';
import { ECONOMY_CHART_HEIGHT, EmptyState, Section, useReasonText } from './economy-ui';
import { buildLqMapOption } from './lq-map-option';
import type { EconomyResults } from './use-economy-data';

interface Props {
  selection: EconomySelection;
  results: EconomyResults;
  municipalities: readonly Municipality[];
  sectorLabel: (code: string, name: string) => string;
  errorText: (error: unknown) => string | null;
  source: string;
}

/** The state's municipalities shaded by their LQ in one sector (by default the territory's strongest). */
export function LqMapPanel({ selection, results, municipalities, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const [picked, setPicked] = useState<string | null>(null);
  const geo = useEngineData(async () => ensureMgMap().then(() => true), []);
  const { lq } = results;
  const rows = useMemo(() => lq.data?.rows ?? [], [lq.data]);

  const sectors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) if (!seen.has(r.sectorCode)) seen.set(r.sectorCode, r.sectorName);
    return [...seen].map(([code, name]) => ({ value: code, label: sectorLabel(code, name) }));
  }, [rows, sectorLabel]);
  // The territory's strongest specialization unless the user picked a sector.
  const strongest = useMemo(() => {
    const own = rows.filter((r) => r.territoryCode === selection.territoryCode && r.lq !== null);
    return (
      own.reduce<(typeof own)[number] | null>((best, r) => (best === null || (r.lq ?? 0) > (best.lq ?? 0) ? r : best), null)?.sectorCode ??
      null
    );
  }, [rows, selection.territoryCode]);
  const sector = sectors.find((s) => s.value === picked)?.value ?? strongest ?? sectors[0]?.value ?? null;
  const sectorName = sectors.find((s) => s.value === sector)?.label ?? '';

  const option = useMemo(() => {
    if (!geo.data || sector === null || rows.length === 0) return null;
    const names = new Map(municipalities.map((m) => [m.code, m.name]));
    const here = municipalities.find((m) => m.code === selection.territoryCode);
    return buildLqMapOption({
      mapName: MG_MAP_NAME,
      values: rows
        .filter((r) => r.sectorCode === sector)
        .map((r) => ({ code: r.territoryCode, lq: r.lq, jobs: r.value, reason: r.lq === null ? reasonText(reasonCode(r)) : null })),
      municipalityNames: names,
      selected: here ? { code: here.code, name: here.name, lon: here.lon, lat: here.lat } : null,
      locale,
      dark,
      labels: {
        sector: sectorName,
        lq: t('vocations.columns.lq'),
        jobs: t(`measure.${selection.measure}`),
        noData: t('map.noData'),
        noValue: t('legend.noValue'),
        source,
      },
    });
  }, [geo.data, sector, rows, municipalities, selection.territoryCode, selection.measure, reasonText, locale, dark, sectorName, t, source]);

  const title = t('map.title', { sector: sectorName, year: selection.year ?? '' });
  let body;
  if (lq.error) body = <EmptyState height={ECONOMY_CHART_HEIGHT}>{errorText(lq.error)}</EmptyState>;
  else if (!option)
    body = (
      <EmptyState height={ECONOMY_CHART_HEIGHT}>
        <Loader size="sm" />
      </EmptyState>
    );
  else
    body = (
      <Chart
        option={option}
        height={ECONOMY_CHART_HEIGHT}
        title={title}
        source={source}
        testId="economy-map"
        attributes={{ 'data-sector': sector ?? '' }}
      />
    );

  return (
    <Section
      title={title}
      testId="map-panel"
      controls={
        <Select
          data={sectors}
          value={sector}
          onChange={setPicked}
          allowDeselect={false}
          searchable
          w={320}
          aria-label={t('map.sector')}
          data-testid="map-sector"
        />
      }
      footer={`${t('map.footer', { reference: lq.data?.reference.label ?? '' })} ${source}`}
    >
      {body}
    </Section>
  );
}
