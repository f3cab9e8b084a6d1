import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The floor the first-start bench compares the app with (issue 16): a bare page that loads ECharts
 * and the same GeoJSON and draws the same 853-municipality MG map, shaded, with nothing else. It
 * marks `data-render-finished="true"` when ECharts reports the frame drawn, as the app's chart does.
 */
echarts.use([MapChart, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

interface Feature {
  properties: { id: string };
}

async function draw(element: HTMLElement): Promise<void> {
  const text = (await import('../../resources/data/geo/mg_municipios_simplified.json?raw')).default;
  const geo = JSON.parse(text) as { features: Feature[] };
  echarts.registerMap('mg', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  const chart = echarts.init(element);
  chart.on('finished', () => element.setAttribute('data-render-finished', 'true'));
  chart.setOption({
    tooltip: { trigger: 'item' },
    visualMap: { min: 0, max: geo.features.length, inRange: { color: ['#e0f3db', '#08589e'] }, calculable: true },
    series: [
      {
        type: 'map',
        map: 'mg',
        nameProperty: 'id',
        roam: true,
        data: geo.features.map((f, i) => ({ name: f.properties.id, value: i })),
      },
    ],
  });
}

const element = document.getElementById('map');
if (!element) throw new Error('bench-map.html has no #map element.');
void draw(element);
