import type { Plugin, Rolldown } from 'vite';
import { firstScreenClosure } from './vite.first-screen-closure';

/**
 * The module the page's entry (src/main.ts) imports dynamically to draw the UI: what it imports
 * statically is the first screen's code (a library's index only for the names taken from it:
 * vite.first-screen-closure.ts).
 */
const FIRST_SCREEN_MODULE = /[\\/]renderer[\\/]src[\\/]app[\\/]start-app\.tsx$/;
/** The page's entry: what it imports statically runs before the UI (the engine's start, zod's settings). */
const PAGE_ENTRY = /[\\/]renderer[\\/]src[\\/]main\.ts$/;

/**
 * The first screen's code in four chunks instead of ~35 (issue 16). Left to the bundler's default,
 * every module shared by the first screen and any area became a chunk of its own, most of them 1-20
 * kB: a first start asked ~35 files at once, and a browser takes six at a time from one server (three
 * held by the engine worker's downloads), so the page sat idle for most of its first second, waiting
 * for them in turn. One chunk of all of it (1.65 MB) was tried before and came later still. Four,
 * each a part the browser can fetch and compile beside the others: ECharts (with zrender), Mantine and
 * React DOM, the other libraries, and the app's own modules. The areas' own code stays in their
 * chunks, fetched when opened or by the idle preload; so do the library modules only an area uses
 * (the charts, components and forms a library's index re-exports). Measured in the bench's notes
 * (test/bench/first-start-bench.mjs, 2026-12-07).
 */
export function firstScreenChunks(): { plugin: Plugin; groups: Rolldown.CodeSplittingGroup[] } {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'arranjo-first-screen-chunks',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const start = ids.find((id) => FIRST_SCREEN_MODULE.test(id));
      if (!start) this.error('renderer/src/app/start-app.tsx is not in the build: see renderer/vite.first-screen-chunks.ts');
      const entry = ids.find((id) => PAGE_ENTRY.test(id));
      firstScreen.clear();
      for (const id of firstScreenClosure(entry ? [start, entry] : [start], (id) => this.getModuleInfo(id))) firstScreen.add(id);
    },
  };
  // Chunking runs after buildEnd: each group's test reads the set the build has just filled. A module
  // goes to the group of highest priority that takes it.
  const group = (name: string, priority: number, of: RegExp | null): Rolldown.CodeSplittingGroup => ({
    name,
    priority,
    test: (id: string) => firstScreen.has(id) && (of === null || of.test(id)),
  });
  const groups = [
    group('first-screen-echarts', 40, /[\\/]node_modules[\\/](echarts|zrender)[\\/]/),
    group('first-screen-mantine', 30, /[\\/]node_modules[\\/](@mantine|react-dom|@floating-ui)[\\/]/),
    group('first-screen-libs', 20, /[\\/]node_modules[\\/]/),
    group('first-screen-app', 10, null),
  ];
  return { plugin, groups };
}
