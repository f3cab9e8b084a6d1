import { Alert, Button, Center, Grid, Group, Loader, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { NumberField } from '../../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_METHODS } from '../../../../../shared/analysis/compare/class-breaks';
import { Chart } from '../../../components/Chart';
import { translateError } from '../../../notifications/notify-error';
import '../charts/register-charts';
import { AddToMeeting } from '../meeting/AddToMeeting';
import { openProfile } from '../stores';
import { MapLegend } from './MapLegend';
import { DEFAULT_MAP_SPEC, useChoropleth, type MapSpec } from './use-choropleth';

export const MAP_HEIGHT = 'max(460px, calc(100vh - 250px))';

/**
 * Maps: MG municipalities or the Brazilian states shaded by any metric, in classes (quantile, equal
 * interval, natural breaks), with the districts as markers sized or coloured by a metric. A click on
 * a municipality or a marker opens its profile.
 */
export function MapsPanel() {
  const { t } = useTranslation('territories');
  const [spec, setSpec] = useState<MapSpec>(DEFAULT_MAP_SPEC);
  const view = useChoropleth(spec);
  const set = <K extends keyof MapSpec>(key: K, value: MapSpec[K]) => setSpec((s) => ({ ...s, [key]: value }));

  return (
    <Stack gap="xs" data-testid="maps-panel">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={spec.scope}
          onChange={(v) => set('scope', v)}
          data={[
            { value: 'mg', label: t('maps.scopeMg') },
            { value: 'br', label: t('maps.scopeBr') },
          ]}
          data-testid="map-scope"
        />
        <Select
          size="xs"
          label={t('maps.metric')}
          data={view.metrics}
          value={view.metricId}
          onChange={(v) => v && set('metric', v)}
          searchable
          allowDeselect={false}
          w={340}
          placeholder={t('maps.noMetrics')}
          data-testid="map-metric"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          size="xs"
          label={t('maps.method')}
          data={CLASS_METHODS.map((m) => ({ value: m, label: t(`maps.methods.${m}`) }))}
          value={spec.method}
          onChange={(v) => v && set('method', v)}
          allowDeselect={false}
          w={170}
          data-testid="map-method"
        />
        <NumberField
          size="xs"
          label={t('maps.classes')}
          value={spec.classes}
          onChange={(v) => typeof v === 'number' && set('classes', v)}
          min={2}
          max={9}
          w={90}
          data-testid="map-classes"
        />
        {spec.scope === 'mg' && (
          <>
            <Select
              size="xs"
              label={t('maps.markers')}
              data={[{ value: '', label: t('maps.markersPlain') }, ...view.siteMetrics]}
              value={spec.siteMetric ?? ''}
              onChange={(v) => set('siteMetric', v ? v : null)}
              searchable
              allowDeselect={false}
              w={300}
              data-testid="map-site-metric"
              comboboxProps={{ withinPortal: true }}
            />
            <SegmentedControl
              size="xs"
              value={spec.markerMode}
              onChange={(v) => set('markerMode', v)}
              disabled={!spec.siteMetric}
              data={[
                { value: 'size', label: t('maps.bySize') },
                { value: 'color', label: t('maps.byColor') },
              ]}
            />
          </>
        )}
        <AddToMeeting
          view={{ kind: 'map', title: view.title, spec: { ...spec, metric: view.metricId } }}
          disabled={!view.option}
          testId="map-add-to-meeting"
        />
      </Group>
      {view.error !== null && (
        <Alert color="red" title={translateError(view.error).title}>
          {translateError(view.error).message}
        </Alert>
      )}
      <Grid gap="xs">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder p={4} radius="sm">
            {view.option ? (
              <Chart
                option={view.option}
                height={MAP_HEIGHT}
                title={view.title}
                source={view.source}
                testId="compare-map"
                attributes={{ 'data-metric': view.metricId ?? '', 'data-areas': view.areaCount, 'data-scope': spec.scope }}
                onClick={(p) => {
                  if (p.seriesType === 'map' && spec.scope === 'mg') openProfile({ kind: 'municipality', id: Number(p.name) });
                  const id = (p.data as { id?: string } | undefined)?.id;
                  if (p.seriesType === 'scatter' && id) openProfile({ kind: 'site', id: Number(id) });
                }}
              />
            ) : (
              <Center h={MAP_HEIGHT}>{view.loading ? <Loader size="sm" /> : <Text c="dimmed">{t('maps.noMetrics')}</Text>}</Center>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="xs">
            <MapLegend classes={view.classes} missing={view.missing} method={spec.method} />
            <Text size="xs" c="dimmed">
              {t(`maps.methodNotes.${spec.method}`)}
            </Text>
            {view.note && (
              <Text size="xs" c="dimmed" data-testid="map-note">
                {view.note}
              </Text>
            )}
            {view.source && (
              // A file name has no spaces to break at: it breaks anywhere rather than widen the page (1024 px).
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {view.source}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {spec.scope === 'mg' ? t('maps.clickHint') : t('maps.brHint')}
            </Text>
            {spec.scope === 'mg' && spec.siteMetric && (
              <Text size="xs" data-testid="map-marker-note">
                {t(spec.markerMode === 'size' ? 'maps.markerSizeNote' : 'maps.markerColorNote', {
                  metric: view.siteMetrics.find((m) => m.value === spec.siteMetric)?.label ?? '',
                })}
              </Text>
            )}
            {spec.scope === 'mg' && spec.siteMetric && (
              <Button size="compact-xs" variant="subtle" onClick={() => set('siteMetric', null)}>
                {t('maps.clearMarkers')}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
