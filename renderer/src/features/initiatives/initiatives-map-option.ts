import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { MapOption } from '../dashboard/map-option';
import { escapeHtml } from '../../lib/html';
import { onGeo, withoutRegionLabels } from '../../components/map-geo';

/** An initiative as the map needs it: where it is (its municipalities, its states, or a point). */
export interface MappedInitiative {
  code: string;
  name: string;
  states: readonly string[];
  /** IBGE codes of its municipalities (none for an initiative outside Brazil). */
  members: readonly number[];
  country: string;
  lat: number | null;
  lon: number | null;
}

export type InitiativesMapScope = 'mg' | 'br';

export interface InitiativesMapInput {
  scope: InitiativesMapScope;
  /** Registered map name and the GeoJSON property naming an area (municipality code or UF). */
  mapName: string;
  nameProperty: string;
  latitude: number;
  initiatives: readonly MappedInitiative[];
  /** The initiative open in the profile: its areas stand out, the others fade. */
  selected: string | null;
  /** Area id (IBGE code as text, or UF) → its label in the tooltip. */
  areaNames: ReadonlyMap<string, string>;
  labels: {
    initiatives: (count: number) => string;
    abroad: string;
    more: (count: number) => string;
    /** The key's last shade ("3 ou mais") and the open initiative's colour. */
    threeOrMore: string;
    selected: string;
  };
  dark: boolean;
}

/** The planner's own choice of scope, and the initiative open when they made it. */
export interface PickedScope {
  scope: InitiativesMapScope;
  selected: string | null;
}

/**
 * The scope the map shows. The planner's pick holds while the open initiative shows on it, or if it
 * was open when they picked. Otherwise the state filter chooses (MG or none: MG by municipality), and
 * an open initiative with nothing in MG (a Bahia polo, an initiative abroad) turns the map to Brazil,
 * where it shows, rather than leaving MG's map with nothing in the colour the legend calls selected.
 */
export function initiativesMapScope(input: {
  picked: PickedScope | null;
  stateFilter: string | null;
  selected: { code: string; states: readonly string[] } | null;
}): InitiativesMapScope {
  const { picked, stateFilter, selected } = input;
  const shows = (scope: InitiativesMapScope) => scope === 'br' || selected === null || selected.states.includes('MG');
  if (picked && (picked.selected === (selected?.code ?? null) || shows(picked.scope))) return picked.scope;
  const byFilter: InitiativesMapScope = stateFilter === null || stateFilter === 'MG' ? 'mg' : 'br';
  return shows(byFilter) ? byFilter : 'br';
}

/** Shades by how many initiatives an area holds (1, 2, 3 or more): ColorBrewer GnBu, as the dashboard map. */
const COUNT_SHADES = ['#a8ddb5', '#4eb3d3', '#08589e'] as const;
export const SELECTED_COLOR = '#e8590c';
const POINT_COLOR = '#862e9c';
/** The state code (first two digits of the IBGE code) of Minas Gerais. */
const MG_STATE_PREFIX = 31;

export function countShade(count: number): string {
  return COUNT_SHADES[Math.min(count, COUNT_SHADES.length) - 1] ?? COUNT_SHADES[0];
}

/** Area id → the initiatives it holds, on this scope: MG municipalities, or Brazilian states. */
export function initiativesByArea(scope: InitiativesMapScope, initiatives: readonly MappedInitiative[]): Map<string, MappedInitiative[]> {
  const byArea = new Map<string, MappedInitiative[]>();
  for (const i of initiatives) {
    const areas =
      scope === 'mg'
        ? i.members.filter((c) => Math.floor(c / 100_000) === MG_STATE_PREFIX).map(String)
        : i.country === 'BR'
          ? i.states
          : [];
    for (const area of new Set(areas)) byArea.set(area, [...(byArea.get(area) ?? []), i]);
  }
  return byArea;
}

/** Initiatives placed by a point: those outside Brazil with coordinates (shown on the Brazil scope). */
export function initiativePoints(
  scope: InitiativesMapScope,
  initiatives: readonly MappedInitiative[],
): (MappedInitiative & { lat: number; lon: number })[] {
  if (scope !== 'br') return [];
  return initiatives.filter(
    (i): i is MappedInitiative & { lat: number; lon: number } => i.country !== 'BR' && i.lat !== null && i.lon !== null,
  );
}

/** Brazil's extent, widened to hold every point abroad (a map of Brazil alone would cut them off). */
function boundingCoords(points: readonly { lat: number; lon: number }[]): [[number, number], [number, number]] | undefined {
  if (points.length === 0) return undefined;
  const lons = [-74, -34, ...points.map((p) => p.lon)];
  const lats = [5.5, -34, ...points.map((p) => p.lat)];
  return [
    [Math.min(...lons) - 2, Math.max(...lats) + 2],
    [Math.max(...lons) + 2, Math.min(...lats) - 2],
  ];
}

/**
 * The map of initiatives: each area (an MG municipality, or a state of Brazil where the geometry is
 * coarser) shaded by the number of initiatives it belongs to, the open initiative's areas in orange,
 * and a point for each initiative outside Brazil.
 */
export function buildInitiativesMapOption(input: InitiativesMapInput): MapOption {
  const byArea = initiativesByArea(input.scope, input.initiatives);
  const points = initiativePoints(input.scope, input.initiatives);
  const selected = input.selected;
  const faded = input.dark ? '#4a4d52' : '#dfe3e8';
  const listNames = (list: readonly MappedInitiative[]): string => {
    const shown = list.slice(0, 8).map((i) => escapeHtml(i.name));
    if (list.length > 8) shown.push(escapeHtml(input.labels.more(list.length - 8)));
    return shown.join('<br/>');
  };
  const tooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const p = Array.isArray(params) ? params[0] : params;
    if (!p) return '';
    if (p.seriesType === 'scatter') {
      const point = points[p.dataIndex];
      return point ? `<b>${escapeHtml(point.name)}</b><br/>${escapeHtml(input.labels.abroad)} (${escapeHtml(point.country)})` : '';
    }
    const id = String(p.name);
    const list = byArea.get(id) ?? [];
    const head = `<b>${escapeHtml(input.areaNames.get(id) ?? id)}</b>`;
    return list.length === 0 ? head : `${head}<br/>${escapeHtml(input.labels.initiatives(list.length))}<br/>${listNames(list)}`;
  };
  const areaColor = (list: readonly MappedInitiative[]): string => {
    if (selected === null) return countShade(list.length);
    return list.some((i) => i.code === selected) ? SELECTED_COLOR : faded;
  };

  // The colours' key in the chart itself (an empty series per shade), not only beside it on the page:
  // presented full screen or exported, the map's shades had no key.
  const keys =
    selected === null
      ? [1, 2, 3].map((n) => ({ name: n < 3 ? input.labels.initiatives(n) : input.labels.threeOrMore, color: countShade(n) }))
      : [{ name: input.labels.selected, color: SELECTED_COLOR }];

  return {
    tooltip: { trigger: 'item', formatter: tooltip, confine: true },
    legend: {
      orient: 'vertical',
      left: 0,
      bottom: 0,
      selectedMode: false,
      data: [
        ...keys.map((k) => ({ name: k.name, icon: 'rect' })),
        ...(points.length > 0 ? [{ name: input.labels.abroad, icon: 'circle' }] : []),
      ],
    },
    geo: withoutRegionLabels({
      map: input.mapName,
      nameProperty: input.nameProperty,
      roam: true,
      scaleLimit: { min: 0.8, max: 12 },
      aspectScale: Math.cos((Math.abs(input.latitude) * Math.PI) / 180),
      layoutCenter: ['50%', '50%'],
      layoutSize: '98%',
      boundingCoords: boundingCoords(points),
      itemStyle: { areaColor: input.dark ? '#3b3b3b' : '#f1f3f5', borderColor: input.dark ? '#5c5f66' : '#adb5bd', borderWidth: 0.4 },
      emphasis: { itemStyle: { areaColor: '#fab005' } },
      select: { disabled: true },
      // A series drawn on a shared geo takes its colours from the geo's regions, not from its data.
      regions: [...byArea].map(([id, list]) => ({ name: id, itemStyle: { areaColor: areaColor(list) } })),
    }),
    series: [
      {
        type: 'map',
        ...onGeo(input.nameProperty),
        data: [...byArea].map(([id, list]) => ({ name: id, value: list.length })),
      },
      {
        type: 'scatter',
        name: input.labels.abroad,
        coordinateSystem: 'geo',
        data: points.map((i) => ({ name: i.name, value: [i.lon, i.lat] })),
        symbolSize: 10,
        itemStyle: { color: POINT_COLOR, borderColor: '#ffffff', borderWidth: 1.5 },
        zlevel: 1,
      },
      ...keys.map((k) => ({ type: 'scatter' as const, name: k.name, coordinateSystem: 'geo', data: [], itemStyle: { color: k.color } })),
    ],
  };
}
