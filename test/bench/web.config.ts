import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererSharedConfig, repoRoot } from '../../renderer/vite.shared.ts';

/**
 * The dev-only benchmark entry (`renderer/bench.html`: the app plus the grid and map benchmark
 * pages) and `renderer/bench-map.html` (the first-start floor: the dashboard's MG map drawn by ECharts
 * alone), built for `npm run bench` into dist-bench/ and served beside the product build. The
 * product builds (vite.web.config.ts, electron.vite.config.ts) have only index.html as input; the
 * first screen's chunks are theirs (the floor page keeps ECharts' own chunks, as before them).
 */
export default defineConfig(
  mergeConfig(rendererSharedConfig({ product: false }), {
    build: {
      outDir: resolve(repoRoot, 'dist-bench'),
      // ARRANJO_BENCH_READABLE=1 (test/bench/profile-works.mjs): unminified, so a CPU profile names functions and modules.
      ...(process.env.ARRANJO_BENCH_READABLE === '1' ? { minify: false } : {}),
      emptyOutDir: true,
      rolldownOptions: {
        input: { bench: resolve(repoRoot, 'renderer/bench.html'), 'bench-map': resolve(repoRoot, 'renderer/bench-map.html') },
      },
    },
  }),
);
