// The page's entry (issue 16): it starts the engine's worker, and with it the WebAssembly and demo
// downloads, then the UI. Its modules are also the UI's, so the build puts them in the first screen's
// four chunks (renderer/vite.first-screen-chunks.ts), which index.html preloads side by side. The
// bundle keeps the modules' own order (strictExecutionOrder), as if each module were its own file:
// this module's imports run first, the UI's modules when start-app is imported below.
import './engine/boot';
import { engineDownloadsStarted } from './engine/engine-client';
import { loadMgGeoJson } from './features/dashboard/mg-geo-json';
import { loadTexts } from './i18n/load-texts';
import { initialLocale } from './i18n/stored-locale';
import { preloadShippedFirstScreen } from './workspace/shipped-first-screen';

// The UI once the worker asked for its downloads (the UI's code is in by then), and with it the first
// screen's data chunks: the language's texts (the UI draws nothing without them), the MG map's
// geometry and the shipped demo's first screen. Asked before the worker's, they would share the
// browser's six connections to the server with them, and the engine's code (the first screen's
// longest path) wait behind; asked by the modules that use them, they waited for the UI's first
// render. The same chunks are fetched once either way. A failure here is reported by the module that
// asks again.
void engineDownloadsStarted().then(() => {
  void import('./app/start-app').then(({ startApp }) => startApp());
  for (const chunk of [loadTexts(initialLocale()), loadMgGeoJson(), preloadShippedFirstScreen()]) chunk.catch(() => undefined);
});
