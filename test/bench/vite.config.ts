import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The benchmarks: test/bench/<name>.ts is built to out/bench/<name>.js. Add a bench here. */
const BENCHES = ['engine-bench', 'mcda-bench', 'economy-bench', 'import-bench', 'workspace-open-bench', 'cli-bench', 'workbook-bench'];

/** Builds the engine benchmarks for Node (SQL inlined with ?raw, dependencies from node_modules). */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: Object.fromEntries(BENCHES.map((name) => [name, `test/bench/${name}.ts`])),
      output: { entryFileNames: '[name].js', format: 'es' },
    },
  },
});
