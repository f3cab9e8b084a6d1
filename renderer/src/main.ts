// The page's entry, small on purpose (issue 16): the engine's worker starts at once, and with it the
// WebAssembly and demo downloads; the UI's code (React, Mantine, ECharts, i18n: about 1.5 MB) loads
// beside them rather than before them. A static import of the UI would hold the worker's start
// until every module of the UI was fetched and evaluated.
import './engine/boot';
import { engineDownloadsStarted } from './engine/engine-client';
import { loadMgGeoJson } from './features/dashboard/mg-geo-json';
import { loadTexts } from './i18n/load-texts';
import { initialLocale } from './i18n/stored-locale';
import { preloadShippedFirstScreen } from './workspace/shipped-first-screen';

// The UI's code once the worker asked for its own: they would otherwise share the browser's six
// connections to the server, and the engine's code (the first screen's longest path) wait behind.
// With it, the first screen's data chunks: the language's texts (the UI draws nothing without them),
// the MG map's geometry and the shipped demo's first screen. Asked by the modules that use them,
// they waited for the UI's code and its first render; the same chunks are fetched once either way.
// A failure here is reported by the module that asks again.
void engineDownloadsStarted().then(() => {
  void import('./app/start-app');
  for (const chunk of [loadTexts(initialLocale()), loadMgGeoJson(), preloadShippedFirstScreen()]) chunk.catch(() => undefined);
});
