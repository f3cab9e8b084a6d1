import { MapChart } from 'echarts/charts';
import { GeoComponent, type GeoComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { onGeo, withoutRegionLabels } from '../../../renderer/src/components/map-geo';

echarts.use([MapChart, GeoComponent, SVGRenderer]);

/** Two unit squares side by side, named a and b. */
echarts.registerMap('two-squares', {
  type: 'FeatureCollection',
  features: ['a', 'b'].map((id, i) => ({
    type: 'Feature',
    properties: { id, name: `Square ${id}` },
    geometry: { type: 'Polygon', coordinates: [[[i, 0], [i + 1, 0], [i + 1, 1], [i, 1], [i, 0]]] },
  })),
} as unknown as Parameters<typeof echarts.registerMap>[1]);

const GEO: GeoComponentOption = {
  map: 'two-squares',
  nameProperty: 'id',
  itemStyle: { areaColor: '#eeeeee' },
  emphasis: { itemStyle: { areaColor: '#fab005' } },
  select: { disabled: true },
  regions: [{ name: 'a', itemStyle: { areaColor: '#e8590c' } }],
};

/** What ECharts builds for a geo: how many region paths and how many label texts. */
function drawn(geo: object): { paths: number; texts: number } {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 200, height: 100 });
  try {
    chart.setOption({ animation: false, geo, series: [{ type: 'map', geoIndex: 0, data: [{ name: 'a', value: 1 }] }] });
    let paths = 0;
    let texts = 0;
    chart.getZr().storage.getRoots().forEach((root) =>
      root.traverse((el) => {
        if (el.type === 'compound') paths++;
        if ((el as { getTextContent?: () => unknown }).getTextContent?.()) texts++;
      }),
    );
    return { paths, texts };
  } finally {
    chart.dispose();
  }
}

describe('withoutRegionLabels', () => {
  it('hides the label in every state and keeps the states given', () => {
    const geo = withoutRegionLabels(GEO);
    expect(geo.label).toEqual({ show: false });
    expect(geo.emphasis).toEqual({ itemStyle: { areaColor: '#fab005' }, label: { show: false } });
    expect(geo.select).toEqual({ disabled: true, label: { show: false } });
    expect(geo.blur).toEqual({ label: { show: false } });
    expect(geo.regions).toBe(GEO.regions);
  });

  it('spares ECharts a label text per region (its geo default shows one when selected or emphasised)', () => {
    expect(drawn(GEO)).toEqual({ paths: 2, texts: 2 });
    expect(drawn(withoutRegionLabels(GEO))).toEqual({ paths: 2, texts: 0 });
  });
});

describe('onGeo', () => {
  /** The names of a map series' data on the two squares, once ECharts completed it with the map's regions. */
  function seriesNames(series: object): string[] {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 200, height: 100 });
    try {
      chart.setOption({ animation: false, geo: { map: 'two-squares', nameProperty: 'id' }, series: [{ type: 'map', data: [{ name: 'a', value: 1 }], ...series }] });
      const data = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getName(i: number): string } } } })
        .getModel()
        .getSeriesByIndex(0)
        .getData();
      return Array.from({ length: data.count() }, (_, i) => data.getName(i));
    } finally {
      chart.dispose();
    }
  }

  it('completes the series with the regions the geo draws (so each has a tooltip), not with their names', () => {
    // The squares' names are "Square a" and "Square b": ECharts' default property adds those, which the geo never draws.
    expect(seriesNames({ geoIndex: 0 })).toEqual(['a', 'Square a', 'Square b']);
    expect(seriesNames(onGeo('id'))).toEqual(['a', 'b']);
  });
});
