import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the demo builder for Node (`npm run build:demo`) into out/demo/: SQL migrations inlined
 * (?raw), packages from node_modules. It sits in out/demo, two levels below the root like out/cli,
 * so it finds resources/ the same way.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  logLevel: 'warn',
  build: {
    ssr: 'electron/demo/build-demo.ts',
    outDir: 'out/demo',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'build-demo.mjs', format: 'es' } },
  },
});
