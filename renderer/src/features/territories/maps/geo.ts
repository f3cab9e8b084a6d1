import { echarts } from '../../../components/Chart';
import { MG_MAP_NAME, ensureMgMap } from '../../dashboard/mg-geo';

export const BR_MAP_NAME = 'br-estados';

let brRegistered: Promise<void> | null = null;

/** The shipped GeoJSON of the 27 states, registered once and loaded only when first shown (offline). */
export function ensureBrMap(): Promise<void> {
  brRegistered ??= import('../../../../../resources/data/geo/br_states_simplified.json?raw').then((module) => {
    echarts.registerMap(BR_MAP_NAME, JSON.parse(module.default) as Parameters<typeof echarts.registerMap>[1]);
  });
  return brRegistered;
}

export type MapScope = 'mg' | 'br';

/** Each map: its registered name, the GeoJSON property that names an area, its mean latitude. */
export const MAP_SCOPES: Record<MapScope, { mapName: string; nameProperty: string; latitude: number; ensure: () => Promise<void> }> = {
  mg: { mapName: MG_MAP_NAME, nameProperty: 'id', latitude: -18.5, ensure: ensureMgMap },
  br: { mapName: BR_MAP_NAME, nameProperty: 'sigla', latitude: -14, ensure: ensureBrMap },
};
