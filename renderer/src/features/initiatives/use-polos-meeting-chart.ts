import { useComputedColorScheme } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../../shared/features/initiatives/types';
import type { MeetingView } from '../../../../shared/features/territories/types';
import type { ChartOption } from '../../components/Chart';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { MAP_SCOPES } from '../territories/maps/geo';
import { INITIATIVES_QUERY, mapAreasQuery } from './initiatives-prefetch';
import { buildInitiativesMapOption, type InitiativesMapScope, type MappedInitiative } from './initiatives-map-option';

/**
 * What rebuilds the polos map in a meeting: its scope, the registry's state filter (null: every
 * initiative) and the initiative open when it was added (null: none), shown picked out as on the page.
 */
export interface PolosMapSpec {
  scope: InitiativesMapScope;
  state: string | null;
  selected: string | null;
}

export function polosSpecOf(spec: Record<string, unknown>): PolosMapSpec {
  const selected = typeof spec.selected === 'string' ? spec.selected.trim() : '';
  return {
    scope: spec.scope === 'br' ? 'br' : 'mg',
    state: typeof spec.state === 'string' && /^[A-Z]{2}$/.test(spec.state) ? spec.state : null,
    selected: selected !== '' && selected.length <= 60 ? selected : null,
  };
}

export function polosMeetingView(spec: PolosMapSpec, title: string): MeetingView {
  return { kind: 'polos', title, spec: { ...spec } };
}

/**
 * The map's title: the registry's state filter, when one narrows it ("Mapa dos polos e iniciativas — BA"),
 * and the initiative picked out on it, when one is (a slide names what it highlights).
 */
export function polosMapTitle(state: string | null, t: TFunction<'initiatives'>, selectedName: string | null = null): string {
  return [t('map.title'), state, selectedName].filter((part) => part !== null && part !== '').join(' — ');
}

/**
 * The map's source line (its exported image and its slide print it): how many initiatives it
 * draws and where the registry's entries come from, the first three sources named.
 */
export function polosMapSource(initiatives: readonly Pick<InitiativeSummary, 'source'>[], t: TFunction<'initiatives'>): string {
  const sources = [...new Set(initiatives.map((i) => i.source.trim()).filter((s) => s !== ''))];
  const named = sources.slice(0, 3).join('; ');
  return t('map.sourceLine', {
    count: initiatives.length,
    sources: sources.length > 3 ? `${named}; ${t('map.more', { count: sources.length - 3 })}` : named || t('map.noSource'),
  });
}

/** The initiatives as the map draws them: each with its municipalities' codes. */
export function mappedInitiatives(
  initiatives: readonly InitiativeSummary[],
  members: ReadonlyMap<number, readonly number[]> | undefined,
): MappedInitiative[] {
  return initiatives.map((i) => ({
    code: i.code,
    name: i.name,
    states: i.states,
    members: members?.get(i.territorySetId) ?? [],
    country: i.country,
    lat: i.lat,
    lon: i.lon,
  }));
}

/** The map's labels in the language in use. */
export function polosMapLabels(t: TFunction<'initiatives'>) {
  return {
    initiatives: (count: number) => t('map.initiatives', { count }),
    abroad: t('map.abroad'),
    more: (count: number) => t('map.more', { count }),
    threeOrMore: t('map.threeOrMore'),
    selected: t('map.selected'),
  };
}

type MeetingChart = { option: ChartOption; title: string; source: string };

/** The polos map rebuilt from the workspace for meeting mode; null while it loads or when no initiative is left. */
export function usePolosMeetingChart(raw: Record<string, unknown>): { chart: MeetingChart | null; loading: boolean } {
  const { t } = useTranslation('initiatives');
  const dark = useComputedColorScheme('light') === 'dark';
  const spec = polosSpecOf(raw);
  const list = useEngineQuery(INITIATIVES_QUERY);
  const geo = useEngineQuery(mapAreasQuery(spec.scope));
  const loading = list.loading || geo.loading;
  if (!list.data || !geo.data) return { chart: null, loading };
  const shown = list.data.filter((i) => spec.state === null || i.states.includes(spec.state));
  if (shown.length === 0) return { chart: null, loading };
  // The initiative open when the map was added, if it is still listed (one deleted since is not picked out, nor named).
  const selected = shown.find((i) => i.code === spec.selected) ?? null;
  const scope = MAP_SCOPES[spec.scope];
  const option = buildInitiativesMapOption({
    scope: spec.scope,
    mapName: scope.mapName,
    nameProperty: scope.nameProperty,
    latitude: scope.latitude,
    initiatives: mappedInitiatives(shown, geo.data.members),
    selected: selected?.code ?? null,
    areaNames: spec.scope === 'mg' ? geo.data.names : new Map(),
    labels: polosMapLabels(t),
    dark,
  });
  return { chart: { option, title: polosMapTitle(spec.state, t, selected?.name ?? null), source: polosMapSource(shown, t) }, loading };
}
