import { Center, Group, Loader, Select, Switch, Text, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { MapMetric, MapValue, Municipality, Site } from '../../../../shared/domain/types';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { locationNoteIn } from '../../../../shared/demo/location-note';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { labelKey } from '../../i18n/locales';
import { translateUnit } from '../../i18n/units';
import { useEngineData, type Seed } from '../../workspace/use-engine-data';
import { buildMapOption, type MapSitePoint } from './map-option';
import { MG_MAP_NAME, useMgMapReady } from './mg-geo';
import { Panel } from '../../components/Panel';
import { CHART_HEIGHT } from './chart-height';

interface Props {
  municipalities: Municipality[] | undefined;
  sites: Site[] | undefined;
  metrics: MapMetric[] | undefined;
  /** The first metric's values as the dashboard's summary brought them, for its data version. */
  first: { metricId: string; values: MapValue[]; version: number } | null | undefined;
  /** The municipalities with initiatives (their names), as the summary brought them, for its data version. */
  polos: Seed<Map<number, string[]>> | undefined;
  onLoaded: (version: number) => void;
}

/** Minas Gerais by municipality, shaded by a metric the user picks, with the districts on top. */
export function MapPanel({ municipalities, sites, metrics, first, polos: polosFirst, onLoaded }: Props) {
  const { t, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  // The user's pick while the workspace has that metric; otherwise its first one.
  const [picked, setPicked] = useState<string | null>(null);
  const metric = metrics?.find((m) => m.id === picked) ?? metrics?.[0] ?? null;
  const metricId = metric?.id ?? null;
  const metricPending = metrics === undefined;
  const mapReady = useMgMapReady((lng) => t('dashboard.map.failed', { lng }));
  const values = useEngineData(
    async (engine) => (metric ? engine.mapValues(metric.id, FOCUS_STATE_CODE) : []),
    [metric?.id],
    first && first.metricId === metric?.id ? { data: first.values, version: first.version } : null,
  );

  // The MG polos of the Rotas de Integração (and any other initiative), outlined on demand.
  const [showPolos, setShowPolos] = useState(true);
  const polos = useEngineData(
    async (engine) =>
      new Map(showPolos ? (await engine.initiativesByMunicipality(FOCUS_STATE_CODE)).map((m) => [m.code, m.initiatives]) : []),
    [showPolos],
    showPolos ? polosFirst : null,
  );

  const ready =
    mapReady &&
    !metricPending &&
    !polos.loading &&
    !values.loading &&
    municipalities !== undefined &&
    sites !== undefined &&
    values.data !== undefined;
  useEffect(() => {
    if (ready) onLoaded(values.version);
  }, [ready, values.version, onLoaded]);

  const points = useMemo<MapSitePoint[]>(
    () =>
      (sites ?? [])
        .filter((s): s is Site & { lat: number; lon: number } => s.lat !== null && s.lon !== null)
        .map((s) => ({
          name: s.name,
          lon: s.lon,
          lat: s.lat,
          municipality: s.municipalityName,
          locationNote: s.locationNote === null ? null : locationNoteIn(s.locationNote, locale),
        })),
    [sites, locale],
  );

  const option = useMemo(() => {
    if (!ready || !municipalities) return null;
    const names = new Map(municipalities.map((m) => [m.code, m.name]));
    const mapValues = metric ? (values.data ?? []) : municipalities.map((m) => ({ code: m.code, value: null }));
    return buildMapOption({
      mapName: MG_MAP_NAME,
      values: mapValues,
      municipalityNames: names,
      metric: metric ? { label: metric.label[labelKey(locale)], unit: translateUnit(t, metric.unit), source: metric.source } : null,
      sites: points,
      locale,
      labels: {
        noData: t('dashboard.map.noData'),
        source: t('common.source'),
        sites: t('dashboard.map.sites'),
        municipalities: t('dashboard.map.municipalities'),
        polos: t('dashboard.map.polos'),
      },
      dark,
      polos: polos.data,
    });
  }, [ready, municipalities, metric, values.data, points, locale, t, dark, polos.data]);

  const selectData = (metrics ?? []).map((m) => ({ value: m.id, label: m.label[labelKey(locale)] }));
  const seatNote = (sites ?? []).some((s) => s.locationNote);
  const withoutCoordinates = (sites ?? []).length - points.length;

  return (
    <Panel
      title={t('dashboard.map.title')}
      controls={
        <Group gap="sm" wrap="nowrap">
          <Switch
            size="xs"
            label={t('dashboard.map.showPolos')}
            checked={showPolos}
            onChange={(e) => setShowPolos(e.currentTarget.checked)}
            data-testid="map-polos-toggle"
          />
          <Select
            data={selectData}
            value={metricId}
            onChange={setPicked}
            // While the workspace opens, no claim yet that it has no metric.
            placeholder={metricPending ? undefined : t('dashboard.map.noMetrics')}
            disabled={selectData.length === 0}
            searchable
            allowDeselect={false}
            w={320}
            aria-label={t('dashboard.map.metric')}
            data-testid="map-metric-select"
          />
        </Group>
      }
      footer={
        <>
          {metric && `${t('common.source')}: ${metric.source}. `}
          {seatNote && t('dashboard.map.seatNote')}
          {withoutCoordinates > 0 && ` ${t('dashboard.map.withoutCoordinates', { count: withoutCoordinates })}`}
          {showPolos &&
            polos.data !== undefined &&
            ` ${t('dashboard.map.polosNote', { count: new Set([...polos.data.values()].flat()).size })}`}
        </>
      }
    >
      {metrics !== undefined && metrics.length === 0 && (
        <Text size="xs" c="dimmed" mb={4}>
          {t('dashboard.map.emptyHint')}
        </Text>
      )}
      {option ? (
        <Chart
          option={option}
          height={CHART_HEIGHT}
          title={metric ? `${t('dashboard.map.title')} — ${metric.label[labelKey(locale)]}` : t('dashboard.map.title')}
          source={metric ? `${t('common.source')}: ${metric.source}` : undefined}
          testId="dashboard-map"
          attributes={{
            'data-polo-municipalities': polos.data?.size ?? 0,
            'data-site-count': points.length,
            'data-municipality-count': municipalities?.length ?? 0,
            'data-metric': metric?.id ?? '',
          }}
        />
      ) : (
        <Center h={CHART_HEIGHT}>
          <Loader size="sm" />
        </Center>
      )}
    </Panel>
  );
}
