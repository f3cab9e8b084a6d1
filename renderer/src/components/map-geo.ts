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
