import { config as zodConfig } from 'zod/v4/core';
import { getEngine } from './engine-client';

// The page's entry (main.ts) imports it, then the UI (issue 16): the engine's worker starts, and with
// it the WebAssembly and demo downloads, before the UI's own code (React, Mantine, ECharts, i18n) loads.
getEngine();

// The page's CSP forbids eval, so zod's compiled parsers cannot run here; without this, zod probes
// with `new Function` the first time a schema parses, and the CSP reports a violation each time
// (the areas' chunks now load ahead of use, issue 16).
zodConfig({ jitless: true });
