import { useEffect, useState } from 'react';
import { echarts } from '../../components/Chart';
import { notifyError } from '../../notifications/notify-error';

export const MG_MAP_NAME = 'mg-municipios';

let registered: Promise<void> | null = null;

/**
 * Registers the shipped GeoJSON of Minas Gerais' municipalities with ECharts, once. The file is
 * bundled as text in its own chunk: it loads from the app itself (offline) and only when a map is
 * first shown.
 */
export function ensureMgMap(): Promise<void> {
  registered ??= import('../../../../resources/data/geo/mg_municipios_simplified.json?raw').then((module) => {
    // registerMap's parameter type is ECharts' own GeoJSON type; the shipped file is valid GeoJSON.
    echarts.registerMap(MG_MAP_NAME, JSON.parse(module.default) as Parameters<typeof echarts.registerMap>[1]);
  });
  return registered;
}

/** Whether the MG map is registered: loads it on first use; a failure is notified with `failedText`. */
export function useMgMapReady(failedText: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    ensureMgMap().then(
      () => live && setReady(true),
      (error: unknown) => notifyError(error, failedText),
    );
    return () => {
      live = false;
    };
  }, [failedText]);
  return ready;
}
