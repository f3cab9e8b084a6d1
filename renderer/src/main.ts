// The page's entry, small on purpose (issue 16): the engine's worker starts at once, and with it the
// WebAssembly and demo downloads; the UI's code (React, Mantine, ECharts, i18n: about 1.5 MB) loads
// beside them rather than before them. A static import of the UI would hold the worker's start
// until every module of the UI was fetched and evaluated.
import './engine/boot';
import { engineDownloadsStarted } from './engine/engine-client';

// The UI's code once the worker asked for its own: they would otherwise share the browser's six
// connections to the server, and the engine's code (the first screen's longest path) wait behind.
void engineDownloadsStarted().then(() => import('./app/start-app'));
