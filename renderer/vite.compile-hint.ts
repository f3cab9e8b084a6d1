import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136+): every function of the file is compiled as it is streamed in. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The first screen's UI (the page's entry loads it with a dynamic import once the engine started). */
const FIRST_SCREEN_ENTRY = /[\\/]src[\\/]app[\\/]start-app\.tsx$/;

/**
 * The first screen's chunks (start-app and what it imports statically: React, Mantine, ECharts,
 * i18next, the dashboard) open with V8's compile hint (issue 16). V8 compiles a function the first
 * time it is called, on the page's main thread: on a first start ~3,500 of them (~0.4 s of the main
 * thread's ~1.1 s, in a trace), while the ECharts map and the first render wait. With the hint, V8
 * compiles the whole file on a background thread as it streams in, while the page waits for its other
 * chunks. Added after minification (which drops comments); the hint is a line of its own at the top,
 * so the source map gets an empty first line.
 */
export function firstScreenCompileHintPlugin(): Plugin {
  return {
    name: 'arranjo-first-screen-compile-hint',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      const entry = [...chunks.values()].find((chunk) => chunk.facadeModuleId !== null && FIRST_SCREEN_ENTRY.test(chunk.facadeModuleId));
      if (!entry) return;
      const hinted = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || hinted.has(fileName)) return;
        hinted.add(fileName);
        chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        chunk.imports.forEach(visit);
      };
      visit(entry.fileName);
    },
  };
}
