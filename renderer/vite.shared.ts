import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { quickerFileGrowth } from '../shared/db/sql-js-file-growth';
import { firstScreenChunks } from './vite.first-screen-chunks.ts';

/** Where index.html (and bench.html) hold the style nonce (electron/main/app-protocol.ts replaces it the same way). */
const STYLE_NONCE_PLACEHOLDER = '__ARRANJO_STYLE_NONCE__';

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
      // The dev server also injects each CSS import as a <style> element without a nonce.
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace(`'nonce-${STYLE_NONCE_PLACEHOLDER}'`, "'unsafe-inline'");
    },
  };
}

/**
 * `vite preview` (what the end-to-end tests load) serves the built page as the Electron app://
 * handler does: a fresh style nonce per load, in the page and in a CSP header.
 */
function previewNoncePlugin(): Plugin {
  let outDir = '';
  return {
    name: 'arranjo-preview-style-nonce',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // Every page of the build (index.html; bench.html in the benchmark build) gets the same treatment.
        const url = (req.url ?? '/').split('?')[0] ?? '/';
        const page = url === '/' ? 'index.html' : /^\/([\w-]+\.html)$/.exec(url)?.[1];
        if (!page || !existsSync(path.join(outDir, page))) return next();
        const nonce = randomBytes(16).toString('base64');
        const html = readFileSync(path.join(outDir, page), 'utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, nonce);
        const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        if (policy) res.setHeader('Content-Security-Policy', policy);
        res.end(html);
      });
    },
  };
}

/**
 * sql.js's in-memory file system grows the workspace file in fewer, larger steps (why:
 * shared/db/sql-js-file-growth.ts). The build stops when sql.js no longer holds the expression.
 */
function sqlJsFileGrowthPlugin(): Plugin {
  return {
    name: 'arranjo-sql-js-file-growth',
    transform(code, id) {
      if (!/[\\/]sql\.js[\\/]dist[\\/]sql-wasm-browser\.js$/.test(id.split('?')[0] ?? '')) return null;
      const patched = quickerFileGrowth(code);
      if (patched === null) throw new Error(`${id}: MEMFS's file growth expression not found; see shared/db/sql-js-file-growth.ts`);
      return { code: patched, map: null };
    },
  };
}

/**
 * Renderer options shared by the browser build (vite.web.config.ts) and the Electron renderer
 * build (electron.vite.config.ts): same root, plugins, worker format and file-system access.
 * Each caller sets its own `build.outDir`. `product: false` (the benchmark pages, whose floor page
 * must load ECharts as a page of its own would) leaves out the app's first-screen chunks.
 */
export function rendererSharedConfig({ product = true }: { product?: boolean } = {}): UserConfig {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const firstScreen = product ? firstScreenChunks() : null;
  return {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    root: rendererRoot,
    // Relative asset URLs: the build is opened from file:// in Electron and served from any path.
    base: './',
    plugins: [react(), devCspPlugin(), previewNoncePlugin(), sqlJsFileGrowthPlugin(), ...(firstScreen ? [firstScreen.plugin] : [])],
    // The engine worker imports sql.js and the shared engine as ES modules.
    worker: { format: 'es', plugins: () => [sqlJsFileGrowthPlugin()] },
    server: { fs: { allow: [repoRoot] } },
    build: {
      target: 'es2022',
      sourcemap: true,
      // The first screen's code comes in four chunks (vite.first-screen-chunks.ts), preloaded with the
      // page's entry (src/main.ts), which starts the engine, then the UI. Modules run in their import
      // order, not as their chunk loads: otherwise the UI's modules ran before the entry's, and zod
      // made its first schema before boot.ts told it not to compile (the CSP forbids eval: csp.spec).
      ...(firstScreen ? { rolldownOptions: { output: { codeSplitting: { groups: firstScreen.groups }, strictExecutionOrder: true } } } : {}),
    },
  };
}
