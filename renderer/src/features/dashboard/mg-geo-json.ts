/**
 * The shipped GeoJSON of Minas Gerais' municipalities, as text: its own chunk (offline, from the app
 * itself). A module of its own, without ECharts, so the page's entry can ask for it at start.
 */
export function loadMgGeoJson(): Promise<string> {
  return import('../../../../resources/data/geo/mg_municipios_simplified.json?raw').then((module) => module.default);
}
