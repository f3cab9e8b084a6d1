import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the CLI for Node: SQL migrations are inlined (?raw), dependencies stay in node_modules. */
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'electron/cli/cli.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
});
