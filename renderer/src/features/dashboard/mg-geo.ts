import { useEffect, useState } from 'react';
import { echarts } from '../../components/Chart';
import { notifyError } from '../../notifications/notify-error';
import { loadMgGeoJson } from './mg-geo-json';

export const MG_MAP_NAME = 'mg-municipios';

let registered: Promise<void> | null = null;

/**
 * Registers the shipped GeoJSON of Minas Gerais' municipalities with ECharts, once (the page's
 * entry asks for its chunk at start, see main.ts).
 */
export function ensureMgMap(): Promise<void> {
  registered ??= loadMgGeoJson().then((json) => {
    // registerMap's parameter type is ECharts' own GeoJSON type; the shipped file is valid GeoJSON.
    echarts.registerMap(MG_MAP_NAME, JSON.parse(json) as Parameters<typeof echarts.registerMap>[1]);
  });
  return registered;
}

/**
 * Whether the MG map is registered: loads it on first use; a failure is notified with `failedText`,
 * a function of the language (the notification stays, and follows a language switch). The first
 * one given is kept: it words the same text in any language.
 */
export function useMgMapReady(failedText: (lng: string) => string): boolean {
  const [ready, setReady] = useState(false);
  const [text] = useState(() => failedText);
  useEffect(() => {
    let live = true;
    ensureMgMap().then(
      () => live && setReady(true),
      (error: unknown) => notifyError(error, text),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return ready;
}
