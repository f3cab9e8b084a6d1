import { Center, Group, Loader, SegmentedControl, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../../shared/features/initiatives/types';
import { Chart } from '../../components/Chart';
import { useAfterPaint } from '../../lib/use-after-paint';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { mapAreasQuery } from './initiatives-prefetch';
import { MAP_SCOPES } from '../territories/maps/geo';
import { AddToMeeting } from '../territories/meeting/AddToMeeting';
import { mappedInitiatives, polosMapLabels, polosMapSource, polosMapTitle, polosMeetingView } from './use-polos-meeting-chart';
import {
  buildInitiativesMapOption,
  initiativePoints,
  initiativesMapScope,
  type PickedScope,
  type MappedInitiative,
} from './initiatives-map-option';

/**
 * Where the listed initiatives are: Minas Gerais by municipality, Brazil by state (the shipped
 * geometry of the other states is coarser), and a point for each initiative outside Brazil. A click
 * on an area opens the first initiative it holds.
 */
export function InitiativesMap({
  initiatives,
  loading = false,
  stateFilter,
  selected,
  height,
  onOpen,
  onDrawn,
}: {
  /** Undefined while the list loads: the map then waits, rather than drawing an empty map first and again once the list is in. */
  initiatives: readonly InitiativeSummary[] | undefined;
  /** True while the list's answer for the workspace as it is now loads (`initiatives` is then the previous one). */
  loading?: boolean;
  stateFilter: string | null;
  selected: string | null;
  height: string;
  onOpen: (code: string) => void;
  /** Each frame drawn. */
  onDrawn?: () => void;
}) {
  const { t } = useTranslation('initiatives');
  const dark = useComputedColorScheme('light') === 'dark';
  const [picked, setPicked] = useState<PickedScope | null>(null);
  const open = useMemo(() => initiatives?.find((i) => i.code === selected) ?? null, [initiatives, selected]);
  const scope = initiativesMapScope({ picked, stateFilter, selected: open });
  const spec = MAP_SCOPES[scope];
  const geo = useEngineQuery(mapAreasQuery(scope));

  const mapped = useMemo<MappedInitiative[]>(() => mappedInitiatives(initiatives ?? [], geo.data?.members), [initiatives, geo.data]);
  const option = useMemo(() => {
    if (!geo.data || geo.loading || initiatives === undefined) return null;
    return buildInitiativesMapOption({
      scope,
      mapName: spec.mapName,
      nameProperty: spec.nameProperty,
      latitude: spec.latitude,
      initiatives: mapped,
      selected,
      areaNames: scope === 'mg' ? geo.data.names : new Map(),
      labels: polosMapLabels(t),
      dark,
    });
  }, [geo.data, geo.loading, initiatives, scope, spec, mapped, selected, t, dark]);
  // The map drawn last stays while its scope's next answer loads (the area kept hidden, shown again
  // after a change: issue 16): the chart is redrawn with the new data, not unmounted and built anew.
  const [last, setLast] = useState<{ scope: typeof scope; option: NonNullable<typeof option> } | null>(null);
  if (option && option !== last?.option) setLast({ scope, option });
  const shown = option ?? (last?.scope === scope ? last.option : null);
  const points = initiativePoints(scope, mapped).length;
  // The list beside it shows first; the map (853 municipalities) draws in the next task.
  const painted = useAfterPaint();

  return (
    <Stack gap={4} data-testid="initiatives-map-panel">
      <Group justify="space-between" gap="xs">
        <SegmentedControl
          size="xs"
          value={scope}
          onChange={(v) => setPicked({ scope: v === 'br' ? 'br' : 'mg', selected })}
          data={[
            { value: 'mg', label: t('map.scopeMg') },
            { value: 'br', label: t('map.scopeBr') },
          ]}
          data-testid="initiatives-map-scope"
        />
        <AddToMeeting
          view={polosMeetingView(
            { scope, state: stateFilter, selected: open?.code ?? null },
            polosMapTitle(stateFilter, t, open?.name ?? null),
          )}
          disabled={!initiatives || initiatives.length === 0}
          testId="initiatives-map-meeting"
        />
      </Group>
      {shown && painted ? (
        <Chart
          option={shown}
          height={`calc(${height} - 60px)`}
          title={polosMapTitle(stateFilter, t)}
          source={polosMapSource(initiatives ?? [], t)}
          testId="initiatives-map"
          attributes={{
            'data-scope': scope,
            'data-initiatives': mapped.length,
            'data-points': points,
            'data-selected': selected ?? '',
          }}
          // The previous map, or one drawn from the previous list, is not this one: not finished yet.
          pending={loading || option === null}
          onFinished={onDrawn}
          onClick={(p) => {
            const areas = p.seriesType === 'scatter' ? [] : [String(p.name)];
            const hit =
              p.seriesType === 'scatter'
                ? initiativePoints(scope, mapped)[p.dataIndex]
                : mapped.find((i) => (scope === 'mg' ? i.members.map(String) : i.states).some((a) => areas.includes(a)));
            if (hit) onOpen(hit.code);
          }}
        />
      ) : (
        <Center h={`calc(${height} - 60px)`}>
          <Loader size="sm" />
        </Center>
      )}
      <Text size="xs" c="dimmed">
        {scope === 'mg' ? t('map.noteMg') : t('map.noteBr')}
      </Text>
    </Stack>
  );
}
