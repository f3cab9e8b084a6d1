import { defineConfig, mergeConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererSharedConfig, repoRoot } from './renderer/vite.shared.ts';

/**
 * Builds the desktop app into `out/`: main and preload as CommonJS (`.cjs`, since package.json
 * says "type": "module"), the renderer with the same options as the browser build.
 * `package.json#main` points at `out/main/index.cjs`.
 */

const at = (path: string): string => resolve(repoRoot, path);

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // electron and Node built-ins stay external (electron-vite always does that); the few
      // packages main uses (zod) are bundled, so `out/` runs without node_modules and
      // electron-builder needs nothing else.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload can only require('electron'): it must be one self-contained CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  // Root, React plugin, `worker: { format: 'es' }` and file-system access to shared/ and
  // resources/ (for `?raw` / `?url` imports) come from the options the web build uses.
  renderer: mergeConfig(rendererSharedConfig(), {
    build: {
      outDir: at('out/renderer'),
      rolldownOptions: { input: { index: at('renderer/index.html') } },
    },
  }),
});
