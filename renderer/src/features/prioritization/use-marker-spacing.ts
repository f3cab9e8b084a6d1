import type { ECharts } from 'echarts/core';
import { useCallback, useState } from 'react';
import { MARKER_SPACING, spacingForScale } from './ranking-map-option';

/**
 * The ranking map's marker spacing, set apart by pixels, not degrees: once drawn, the map says how
 * many pixels a degree is (at zoom 1, so zooming in does not redraw), and the spacing follows when it
 * is off by over 5 %. The area's panel and the meeting slide both draw with it: the slide kept the
 * default spacing, and on its larger map ranks 1 to 3 around Belo Horizonte stood on each other.
 * `onFinished` also writes the markers' drawn centres (`data-marker-pixels`), which the end-to-end
 * tests check apart.
 */
export function useMarkerSpacing(): { spacing: number; onFinished: (instance: ECharts) => void } {
  const [spacing, setSpacing] = useState(MARKER_SPACING);
  const onFinished = useCallback((instance: ECharts) => {
    const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
    const a = instance.convertToPixel({ seriesIndex: 0 }, [-44, -19]) as number[] | undefined;
    const b = instance.convertToPixel({ seriesIndex: 0 }, [-43, -19]) as number[] | undefined;
    if (!a || !b) return;
    const wanted = spacingForScale(Math.abs((b[0] ?? 0) - (a[0] ?? 0)) / (geo?.zoom ?? 1));
    setSpacing((current) => (Math.abs(wanted - current) / current > 0.05 ? wanted : current));
    markPixels(instance);
  }, []);
  return { spacing, onFinished };
}

function markPixels(instance: ECharts): void {
  const series = (instance.getOption() as { series?: { data?: { name: string; value: number[] }[] }[] }).series?.[0];
  const pixels = (series?.data ?? []).map((d) => {
    const [x = 0, y = 0] = (instance.convertToPixel({ seriesIndex: 0 }, [d.value[0] ?? 0, d.value[1] ?? 0]) as number[] | undefined) ?? [];
    return [d.name, Math.round(x * 10) / 10, Math.round(y * 10) / 10, d.value[2] ?? 0];
  });
  instance.getDom().setAttribute('data-marker-pixels', JSON.stringify(pixels));
}
