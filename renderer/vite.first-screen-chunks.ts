import type { Plugin, Rolldown } from 'vite';

/**
 * The module the page's entry (src/main.ts) imports dynamically to draw the UI: everything it imports
 * statically is the first screen's code.
 */
const FIRST_SCREEN_MODULE = /[\\/]renderer[\\/]src[\\/]app[\\/]start-app\.tsx$/;

/**
 * The first screen's code in four chunks instead of ~35 (issue 16). Left to the bundler's default,
 * every module shared by the first screen and any area became a chunk of its own, most of them 1-20
 * kB: a first start asked ~35 files at once, and a browser takes six at a time from one server (three
 * held by the engine worker's downloads), so the page sat idle for most of its first second, waiting
 * for them in turn. One chunk of all of it (1.65 MB) was tried before and came later still. Four,
 * each a part the browser can fetch and compile beside the others: ECharts (with zrender), Mantine and
 * React DOM, the other libraries, and the app's own modules. The areas' own code stays in their
 * chunks, fetched when opened or by the idle preload. Measured in the bench's notes
 * (test/bench/first-start-bench.mjs, 2026-12-07).
 */
export function firstScreenChunks(): { plugin: Plugin; groups: Rolldown.CodeSplittingGroup[] } {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'arranjo-first-screen-chunks',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const start = [...this.getModuleIds()].find((id) => FIRST_SCREEN_MODULE.test(id));
      if (!start) this.error('renderer/src/app/start-app.tsx is not in the build: see renderer/vite.first-screen-chunks.ts');
      firstScreen.clear();
      for (const id of staticClosure(start, (id) => this.getModuleInfo(id)?.importedIds ?? [])) firstScreen.add(id);
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

/**
 * `start` and every module it reaches through static imports (a dynamic import is a chunk of its
 * own, loaded later): breadth first, each module once, cycles included.
 */
export function staticClosure(start: string, importsOf: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of importsOf(queue[i] as string)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}
