import type { GeoComponentOption } from 'echarts/components';

const HIDDEN = { show: false } as const;

/**
 * A map's geo component with no region label in any state. ECharts' geo shows a region's label when
 * it is emphasised or selected unless told otherwise, and a label shown in any state makes ECharts
 * build a text and measure its region's path for every region on each draw, even when that state
 * never happens (selection disabled): for the 853 MG municipalities that was two thirds of the map's
 * draw (issue 16). Every map here names its areas in the tooltip instead.
 */
export function withoutRegionLabels<T extends GeoComponentOption>(geo: T): T {
  return {
    ...geo,
    label: { ...geo.label, ...HIDDEN },
    emphasis: { ...geo.emphasis, label: { ...geo.emphasis?.label, ...HIDDEN } },
    select: { ...geo.select, label: { ...geo.select?.label, ...HIDDEN } },
    blur: { ...geo.blur, label: { ...geo.blur?.label, ...HIDDEN } },
  };
}

/**
 * How a map series sits on the geo component: the geo (index 0) and the same GeoJSON property naming
 * its areas. ECharts completes a map series' data with every region of the map, matched by the
 * series' own `nameProperty` (`name` unless told), not the geo's: without it, the regions the data
 * left out were added under their municipality names, never matched the geo's regions (named by
 * code), so had no tooltip, and the GeoJSON was parsed once more for that property.
 */
export function onGeo(nameProperty: string): { geoIndex: 0; nameProperty: string } {
  return { geoIndex: 0, nameProperty };
}
