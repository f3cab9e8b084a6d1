import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererSharedConfig, repoRoot } from './vite.shared.ts';

/** The browser build (`npm run web`, `npm run build:web`): what the end-to-end tests run. */
export default defineConfig(
  mergeConfig(rendererSharedConfig(), {
    build: {
      outDir: resolve(repoRoot, 'dist-web'),
      // outDir lies outside the renderer root: Vite only empties it when told to.
      emptyOutDir: true,
    },
    preview: { port: 4173, strictPort: true },
  }),
);
