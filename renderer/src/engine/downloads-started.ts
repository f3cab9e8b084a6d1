/**
 * What the engine's worker posts once it asked for its downloads (sql.js's WebAssembly, the demo,
 * the engine's code). Comlink ignores it: it carries no request id.
 */
export const DOWNLOADS_STARTED = 'arranjo:engine-downloads-started';
