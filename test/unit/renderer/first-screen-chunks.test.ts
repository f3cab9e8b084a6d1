import { describe, expect, it } from 'vitest';
import { firstScreenChunks } from '../../../renderer/vite.first-screen-chunks';
import type { ModuleView } from '../../../renderer/vite.first-screen-closure';

const START = '/repo/renderer/src/app/start-app.tsx';

/** A module graph: each module's static imports (dynamic imports are not edges of the first screen). */
const GRAPH: Record<string, string[]> = {
  '/repo/renderer/src/main.ts': ['/repo/renderer/src/engine/boot.ts'],
  '/repo/renderer/src/engine/boot.ts': ['/repo/node_modules/zod/v4/core/core.js'],
  [START]: ['/repo/renderer/src/app/App.tsx', '/repo/node_modules/react-dom/client.js'],
  '/repo/renderer/src/app/App.tsx': [
    '/repo/renderer/src/components/chart/Chart.tsx',
    '/repo/node_modules/@mantine/core/esm/index.mjs',
    '/repo/node_modules/i18next/dist/esm/i18next.js',
    '/repo/renderer/src/app/App.tsx', // a cycle
  ],
  '/repo/renderer/src/components/chart/Chart.tsx': ['/repo/node_modules/echarts/core.js'],
  '/repo/node_modules/echarts/core.js': ['/repo/node_modules/zrender/lib/zrender.js'],
  // An area: reached from the app only through a dynamic import, so not in the graph's edges.
  '/repo/renderer/src/features/works/WorksArea.tsx': ['/repo/node_modules/ag-grid-community/dist/main.js'],
};

const importsOf = (id: string): string[] => GRAPH[id] ?? [];

/** The groups after a build whose module graph is GRAPH (the plugin's buildEnd, run on a stand-in context). */
function groupsAfterBuild(ids: string[]) {
  const { plugin, groups } = firstScreenChunks();
  const context = {
    getModuleIds: () => ids[Symbol.iterator](),
    getModuleInfo: (id: string): ModuleView => ({ code: null, importedIds: importsOf(id), exports: [] }),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  (plugin.buildEnd as (this: typeof context, error?: Error) => void).call(context);
  /** The group a module goes to: the accepting group of highest priority, as the bundler picks. */
  return (id: string): string | null => {
    const taking = groups.filter((g) => typeof g.test === 'function' && g.test(id));
    taking.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    return (taking[0]?.name as string | undefined) ?? null;
  };
}

describe('the first screen in four chunks (issue 16)', () => {
  it("puts the first screen's modules in ECharts, Mantine, other libraries and the app's own; an area's code stays out", () => {
    const groupOf = groupsAfterBuild(Object.keys(GRAPH));
    expect(groupOf('/repo/node_modules/echarts/core.js')).toBe('first-screen-echarts');
    expect(groupOf('/repo/node_modules/zrender/lib/zrender.js')).toBe('first-screen-echarts');
    expect(groupOf('/repo/node_modules/@mantine/core/esm/index.mjs')).toBe('first-screen-mantine');
    expect(groupOf('/repo/node_modules/react-dom/client.js')).toBe('first-screen-mantine');
    expect(groupOf('/repo/node_modules/i18next/dist/esm/i18next.js')).toBe('first-screen-libs');
    expect(groupOf('/repo/renderer/src/app/App.tsx')).toBe('first-screen-app');
    expect(groupOf(START)).toBe('first-screen-app');
    // Left to the bundler's default chunks: an area opened later, and what only it uses.
    expect(groupOf('/repo/renderer/src/features/works/WorksArea.tsx')).toBeNull();
    expect(groupOf('/repo/node_modules/ag-grid-community/dist/main.js')).toBeNull();
    // What the page's entry imports statically runs before the UI: the first screen's too, the
    // library it alone reaches included (left to the bundler, zod's settings were a fifth file).
    expect(groupOf('/repo/renderer/src/main.ts')).toBe('first-screen-app');
    expect(groupOf('/repo/renderer/src/engine/boot.ts')).toBe('first-screen-app');
    expect(groupOf('/repo/node_modules/zod/v4/core/core.js')).toBe('first-screen-libs');
  });

  it('fails the build when the first screen module is not found (renamed or moved)', () => {
    expect(() => groupsAfterBuild(['/repo/renderer/src/main.ts'])).toThrow(/start-app\.tsx is not in the build/);
  });
});
