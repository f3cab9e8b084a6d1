import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererSharedConfig, repoRoot } from './vite.shared.ts';

/**
 * The browser build (`npm run web`, `npm run build:web`): what the end-to-end tests run.
 * ARRANJO_WEB_OUT and ARRANJO_WEB_PORT let several checkouts or agents build and serve side by side.
 */
const outDir = process.env.ARRANJO_WEB_OUT ?? 'dist-web';
const port = Number(process.env.ARRANJO_WEB_PORT ?? 4173);

export default defineConfig(
  mergeConfig(rendererSharedConfig(), {
    build: {
      outDir: resolve(repoRoot, outDir),
      // outDir lies outside the renderer root: Vite only empties it when told to.
      emptyOutDir: true,
    },
    preview: { port, strictPort: true },
  }),
);
