import { Alert, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { translateError } from '../../notifications/notify-error';
import { loadFirstScreen } from '../../../../shared/features/workspace/first-screen';
import { useEngineData } from '../../workspace/use-engine-data';
import { useShippedFirstScreen } from '../../workspace/use-shipped-first-screen';
import { useWorkspace } from '../../workspace/workspace-context';
import { JobsPanel } from './JobsPanel';
import { KeyCounts } from './KeyCounts';
import { MapPanel } from './MapPanel';
import { WorksPanel } from './WorksPanel';

type Part = 'map' | 'jobs';

/**
 * The dashboard: key counts, the state map, jobs by sector and the works by district, all from the open workspace.
 * Reports the data version once every panel has loaded it (the `app-ready` marker).
 * Memoized: the shell's own state changes (the `app-ready` marker, the areas' preload, an area
 * switch) do not redraw the dashboard underneath (issue 16: that redraw cost the first start ~0.1 s).
 */
export const DashboardArea = memo(function DashboardArea({ onLoaded }: { onLoaded: (version: number) => void }) {
  const { t, locale } = useLocale();
  const { dataVersion } = useWorkspace();
  // A language's first number format loads its locale data (~0.1 s, more on a busy machine): made
  // while the workspace opens (the dashboard's frame is drawn then), not once its numbers arrive.
  useEffect(() => void formatInteger(0, locale), [locale]);
  const [loaded, setLoaded] = useState<Record<Part, number>>({ map: -1, jobs: -1 });

  // The panels' first data in one round; the shipped demo's, as built with it, while it still opens.
  const shipped = useShippedFirstScreen();
  const summary = useEngineData((engine) => loadFirstScreen(engine, FOCUS_STATE_CODE), [], shipped);
  const data = summary.data;
  // One map per answer: the same data gives the map the same outlines (no redraw when only the version moves).
  const initiatives = data?.initiatives;
  const polos = useMemo(() => initiatives && new Map(initiatives.map((m) => [m.code, m.initiatives])), [initiatives]);

  const markLoaded = useCallback((part: Part, version: number) => {
    setLoaded((current) => (current[part] === version ? current : { ...current, [part]: version }));
  }, []);

  const allLoaded = !summary.loading && loaded.map === dataVersion && loaded.jobs === dataVersion;
  useEffect(() => {
    if (allLoaded) onLoaded(dataVersion);
  }, [allLoaded, dataVersion, onLoaded]);

  return (
    <Stack gap="sm" data-testid="area-dashboard">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('dashboard.focus')}
        </Text>
      </Group>
      {summary.error !== null && (
        <Alert color="red" role="alert" data-testid="error-alert" title={translateError(summary.error).title}>
          {translateError(summary.error).message}
        </Alert>
      )}
      <KeyCounts info={data?.info} stateMunicipalities={data?.municipalities.length} measures={data?.measures} />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <MapPanel
            municipalities={data?.municipalities}
            sites={data?.sites}
            metrics={data?.first.metrics}
            first={data?.first.map && { ...data.first.map, version: summary.version }}
            polos={polos && { data: polos, version: summary.version }}
            onLoaded={(version) => markLoaded('map', version)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <JobsPanel
            years={data?.first.years}
            first={data?.first.jobs && { ...data.first.jobs, version: summary.version }}
            onLoaded={(version) => markLoaded('jobs', version)}
          />
        </Grid.Col>
      </Grid>
      <WorksPanel shipped={shipped && { data: shipped.data.works, version: shipped.version }} />
    </Stack>
  );
});
