import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the CLI for Node (`npm run build:cli`, part of `npm run build` and of `npm ci` through
 * `prepare`): SQL migrations are inlined (?raw); the packages it loads stay in node_modules, which
 * is why they are `dependencies` in package.json (installers ship them unpacked beside out/cli).
 * zod and papaparse, which every command that opens a workspace loads at start, are bundled
 * instead (a few modules, not the 95 files of zod for Node to find, read and compile one by one:
 * `arranjo --help` 0.43 -> 0.32 s, Node alone 0.10 s; issue 16), so they are devDependencies.
 * `.mjs`: an installed app's unpacked folder has no package.json saying "type": "module".
 * Each command is its own chunk, loaded when it runs (main.ts); the chunks sit beside cli.mjs, so
 * code that finds the shipped data from its own file (node-sources.ts) finds it from any of them.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  ssr: { noExternal: ['zod', 'papaparse'] },
  build: {
    ssr: 'electron/cli/cli.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'cli.mjs', chunkFileNames: '[name]-[hash].mjs', format: 'es' } },
  },
});
