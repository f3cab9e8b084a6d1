import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

/** The repository root: `shared/` and `resources/` are imported from outside the renderer root. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server (and React Fast Refresh) injects inline module scripts that the production CSP in
 * index.html forbids. Only while serving, allow inline scripts; built files keep the strict policy.
 */
function devCspPlugin(): Plugin {
  return {
    name: 'arranjo-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

/**
 * Renderer options shared by the browser build (vite.web.config.ts) and the Electron renderer
 * build (electron.vite.config.ts): same root, plugins, worker format and file-system access.
 * Each caller sets its own `build.outDir`.
 */
export function rendererSharedConfig(): UserConfig {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    root: rendererRoot,
    // Relative asset URLs: the build is opened from file:// in Electron and served from any path.
    base: './',
    plugins: [react(), devCspPlugin()],
    // The engine worker imports sql.js and the shared engine as ES modules.
    worker: { format: 'es' },
    server: { fs: { allow: [repoRoot] } },
    build: {
      target: 'es2022',
      sourcemap: true,
    },
  };
}
