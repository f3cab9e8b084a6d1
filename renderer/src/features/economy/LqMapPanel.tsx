import { Select, useComputedColorScheme } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LqRow } from '../../../../shared/features/economy/types';
import type { Municipality } from '../../../../shared/domain/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { MG_MAP_NAME, ensureMgMap } from '../dashboard/mg-geo';
import './economy-echarts';
import { reasonCode } from './economy-format';
import { ChartFrame, ECONOMY_CHART_HEIGHT, Section, useReasonText, type ChartPanelProps } from './economy-ui';
import { buildLqMapOption, type LqMapValue } from './lq-map-option';
import { mapClickTarget, type ChartClick, type MapClickContext, type WhyTarget } from './why-target';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

interface Props extends ChartPanelProps {
  municipalities: readonly Municipality[];
  onExplain: (target: WhyTarget) => void;
}

/** The subject's marker: where it is drawn, and what a click on it explains. */
type Marker = NonNullable<MapClickContext['marker']> & { lon: number | null; lat: number | null };

/** The centre of the members with coordinates: where a custom territory's marker goes. */
function centroid(members: readonly Municipality[]): { lon: number | null; lat: number | null } {
  const placed = members.filter((m) => m.lon !== null && m.lat !== null);
  if (placed.length === 0) return { lon: null, lat: null };
  const mean = (pick: (m: Municipality) => number) => placed.reduce((a, m) => a + pick(m), 0) / placed.length;
  return { lon: mean((m) => m.lon ?? 0), lat: mean((m) => m.lat ?? 0) };
}

/**
 * The state's municipalities shaded by their LQ in one sector (by default the subject's strongest);
 * the subject is outlined — a custom territory's members all — and a click on a municipality or on
 * the subject's marker explains that LQ.
 */
export function LqMapPanel({ selection, results, municipalities, sectorLabel, errorText, source, onExplain }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const [picked, setPicked] = useState<string | null>(null);
  const geo = useEngineData(async () => ensureMgMap().then(() => true), []);
  const { lq, subjectLq } = results;
  const rows = useMemo(() => lq.data?.rows ?? [], [lq.data]);
  const ownRows = useMemo(() => subjectLq.data?.rows ?? [], [subjectLq.data]);

  const sectors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) if (!seen.has(r.sectorCode)) seen.set(r.sectorCode, r.sectorName);
    return [...seen].map(([code, name]) => ({ value: code, label: sectorLabel(code, name) }));
  }, [rows, sectorLabel]);
  // The subject's strongest specialization unless the user picked a sector.
  const strongest = useMemo(
    () =>
      ownRows.reduce<LqRow | null>((best, r) => (r.lq !== null && (best === null || r.lq > (best.lq ?? 0)) ? r : best), null)?.sectorCode ??
      null,
    [ownRows],
  );
  const sector = sectors.find((s) => s.value === picked)?.value ?? strongest ?? sectors[0]?.value ?? null;
  const sectorName = sectors.find((s) => s.value === sector)?.label ?? '';

  const click = useMemo((): (MapClickContext & { marker: Marker | null }) | null => {
    if (sector === null) return null;
    const toValue = (r: LqRow): LqMapValue => ({
      code: r.territoryCode,
      lq: r.lq,
      jobs: r.value,
      reason: r.lq === null ? reasonText(reasonCode(r)) : null,
    });
    const own = ownRows.find((r) => r.sectorCode === sector);
    const members = municipalities.filter((m) => selection.members.includes(m.code));
    const place = selection.territoryCode !== null ? members[0] : undefined;
    return {
      sectorCode: sector,
      sectorLabel: sectorName,
      values: rows.filter((r) => r.sectorCode === sector).map(toValue),
      municipalityNames: new Map(municipalities.map((m) => [m.code, m.name])),
      marker: own
        ? {
            territoryCode: own.territoryCode,
            territoryKind: own.territoryKind,
            territoryName: own.territoryName,
            value: toValue(own),
            ...(place ? { lon: place.lon, lat: place.lat } : centroid(members)),
          }
        : null,
    };
  }, [sector, sectorName, rows, ownRows, municipalities, selection.members, selection.territoryCode, reasonText]);

  const option = useMemo(() => {
    if (!geo.data || !click || rows.length === 0) return null;
    const { marker } = click;
    return buildLqMapOption({
      mapName: MG_MAP_NAME,
      values: click.values,
      municipalityNames: click.municipalityNames,
      selected: {
        codes: selection.members,
        name: selection.territoryName,
        lon: marker?.lon ?? null,
        lat: marker?.lat ?? null,
        value: marker?.value ?? null,
      },
      locale,
      measure: selection.measure,
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
  }, [geo.data, click, rows.length, selection.members, selection.territoryName, selection.measure, locale, dark, sectorName, t, source]);

  const explain = useCallback(
    (event: ChartClick) => {
      const target = click ? mapClickTarget(event, click) : null;
      if (target) onExplain(target);
    },
    [click, onExplain],
  );

  const title = t('map.title', { sector: sectorName, year: selection.year ?? '' });
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
      footer={`${t(selection.territoryCode === null ? 'map.footerSet' : 'map.footer', { reference: referenceNameIn(lq.data?.reference.label ?? '', locale), territory: selection.territoryName })} ${t('map.clickHint')} ${source}`}
    >
      <ChartFrame error={errorText(lq.error)} loading={lq.loading || geo.loading || (rows.length > 0 && !option)} empty={t('empty.noData')}>
        {option && (
          <Chart
            option={option}
            height={ECONOMY_CHART_HEIGHT}
            title={title}
            source={source}
            testId="economy-map"
            attributes={{ 'data-sector': sector ?? '', 'data-outlined': selection.members.length }}
            onClick={explain}
          />
        )}
      </ChartFrame>
    </Section>
  );
}
