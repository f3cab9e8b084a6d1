import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the engine benchmarks for Node (SQL inlined with ?raw, dependencies from node_modules). */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  logLevel: 'warn',
  build: {
    ssr: 'test/bench/engine-bench.ts',
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'engine-bench.js', format: 'es' } },
  },
});
