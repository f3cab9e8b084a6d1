import { getEngine } from './engine-client';

// Imported first by main.tsx (issue 16): the engine's worker starts, and with it the WebAssembly and
// demo downloads, before the UI's own code (React, Mantine, ECharts, i18n) is evaluated.
getEngine();
