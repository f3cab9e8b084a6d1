import { describe, expect, it } from 'vitest';
import { firstScreenClosure, isBarrel, resolveAmong, takenBy, type ModuleView } from '../../../renderer/vite.first-screen-closure';

const NM = '/repo/node_modules';

/** A module graph as the bundler reports it: each module's code, static imports and exports. */
function graph(modules: Record<string, Partial<ModuleView>>) {
  return (id: string): ModuleView | null => {
    const m = modules[id];
    return m ? { code: m.code ?? null, importedIds: m.importedIds ?? [], exports: m.exports ?? [] } : null;
  };
}

describe('what a module takes from the modules it imports', () => {
  it('reads named imports and re-exports, and counts a namespace, a default or a bare import as all', () => {
    const code = [
      `import "@mantine/core/styles.css";`,
      `import { MantineProvider, localStorageColorSchemeManager as manager } from "@mantine/core";`,
      `import * as echarts from 'echarts/core';`,
      `import React, { useState } from 'react';`,
      `export { install as BarChart } from '../chart/bar/install.js';`,
      `// import { Commented } from 'nowhere';`,
      `import type { OnlyAType } from './types';`,
    ].join('\n');
    expect(takenBy(code)).toEqual([
      { spec: '@mantine/core', names: ['MantineProvider', 'localStorageColorSchemeManager'] },
      { spec: '../chart/bar/install.js', names: ['install'] },
      { spec: 'echarts/core', names: '*' },
      { spec: 'react', names: '*' },
      { spec: '@mantine/core/styles.css', names: '*' },
    ]);
  });

  it('tells a barrel (only imports and exports) from a module with code of its own', () => {
    expect(isBarrel(`import { A } from "./a.mjs";\nimport { B } from "./b.mjs";\nexport { A, B };`)).toBe(true);
    expect(isBarrel(`'use client';\nexport * from './lib/export/charts.js';`)).toBe(true);
    expect(isBarrel(`import { A } from "./a.mjs";\nexport const b = A + 1;`)).toBe(false);
    expect(isBarrel(`import "./side-effect.js";`)).toBe(false);
    expect(isBarrel(null)).toBe(false);
  });

  it('finds the module a specifier names among the importer’s imports: relative, a package file, a package', () => {
    const ids = [`${NM}/@mantine/core/styles.css`, `${NM}/@mantine/core/esm/index.mjs`, `${NM}/echarts/core.js`, '/repo/src/App.tsx'];
    expect(resolveAmong('/repo/src/start.tsx', './App', ids)).toBe('/repo/src/App.tsx');
    expect(resolveAmong('/repo/src/start.tsx', 'echarts/core', ids)).toBe(`${NM}/echarts/core.js`);
    // The stylesheet is the package's file named in full, not its entry.
    expect(resolveAmong('/repo/src/start.tsx', '@mantine/core', ids)).toBe(`${NM}/@mantine/core/esm/index.mjs`);
    expect(resolveAmong('/repo/src/start.tsx', '@mantine/core/styles.css', ids)).toBe(`${NM}/@mantine/core/styles.css`);
    expect(resolveAmong('/repo/src/start.tsx', 'echarts/charts', ids)).toBeNull();
  });
});

describe("the first screen's modules, barrels followed by the names taken (issue 16)", () => {
  // A library like Mantine (an index importing each component, then exporting them) and like
  // ECharts (an index re-exporting a second index's `export … from`s), with an area's component and
  // chart beside the first screen's.
  const modules = graph({
    '/repo/src/start.tsx': {
      code: `import { Button } from "@ui/core";\nimport { BarChart } from "charts";\nimport { helper } from "./helper";`,
      importedIds: [`${NM}/@ui/core/index.mjs`, `${NM}/charts/index.js`, '/repo/src/helper.ts'],
    },
    '/repo/src/helper.ts': { code: 'export const helper = 1;' },
    [`${NM}/@ui/core/index.mjs`]: {
      code: `import { Button } from "./Button.mjs";\nimport { Stepper } from "./Stepper.mjs";\nexport { Button, Stepper };`,
      importedIds: [`${NM}/@ui/core/Button.mjs`, `${NM}/@ui/core/Stepper.mjs`],
      exports: ['Button', 'Stepper'],
    },
    [`${NM}/@ui/core/Button.mjs`]: { code: `import { Box } from "./Box.mjs";\nexport const Button = Box;`, importedIds: [`${NM}/@ui/core/Box.mjs`] },
    [`${NM}/@ui/core/Box.mjs`]: { code: 'export const Box = 1;' },
    [`${NM}/@ui/core/Stepper.mjs`]: { code: `import { Box } from "./Box.mjs";\nexport const Stepper = Box;`, importedIds: [`${NM}/@ui/core/Box.mjs`] },
    [`${NM}/charts/index.js`]: {
      code: `export * from './lib/export.js';`,
      importedIds: [`${NM}/charts/lib/export.js`],
      exports: ['BarChart', 'TreemapChart'],
    },
    [`${NM}/charts/lib/export.js`]: {
      code: `export { install as BarChart } from './bar.js';\nexport { install as TreemapChart } from './treemap.js';`,
      importedIds: [`${NM}/charts/lib/bar.js`, `${NM}/charts/lib/treemap.js`],
      exports: ['BarChart', 'TreemapChart'],
    },
    [`${NM}/charts/lib/bar.js`]: { code: 'export function install() {}', exports: ['install'] },
    [`${NM}/charts/lib/treemap.js`]: { code: 'export function install() {}', exports: ['install'] },
  });

  it("takes the modules of the names imported, and leaves an area's component and chart out", () => {
    const reached = [...firstScreenClosure(['/repo/src/start.tsx'], modules)].sort();
    expect(reached).toEqual(
      [
        '/repo/src/start.tsx',
        '/repo/src/helper.ts',
        `${NM}/@ui/core/index.mjs`,
        `${NM}/@ui/core/Button.mjs`,
        `${NM}/@ui/core/Box.mjs`,
        `${NM}/charts/index.js`,
        `${NM}/charts/lib/export.js`,
        `${NM}/charts/lib/bar.js`,
      ].sort(),
    );
  });

  it('takes a barrel whole when it is imported as a namespace, and follows cycles once', () => {
    const namespace = graph({
      '/repo/src/start.tsx': {
        code: `import * as ui from "@ui/core";\nimport { back } from "./back";`,
        importedIds: [`${NM}/@ui/core/index.mjs`, '/repo/src/back.ts'],
      },
      '/repo/src/back.ts': { code: `import { x } from "./start";\nexport const back = x;`, importedIds: ['/repo/src/start.tsx'] },
      [`${NM}/@ui/core/index.mjs`]: {
        code: `export { Button } from "./Button.mjs";\nexport { Stepper } from "./Stepper.mjs";`,
        importedIds: [`${NM}/@ui/core/Button.mjs`, `${NM}/@ui/core/Stepper.mjs`],
        exports: ['Button', 'Stepper'],
      },
      [`${NM}/@ui/core/Button.mjs`]: { code: 'export const Button = 1;' },
      [`${NM}/@ui/core/Stepper.mjs`]: { code: 'export const Stepper = 1;' },
    });
    expect(firstScreenClosure(['/repo/src/start.tsx'], namespace)).toEqual(
      new Set(['/repo/src/start.tsx', '/repo/src/back.ts', `${NM}/@ui/core/index.mjs`, `${NM}/@ui/core/Button.mjs`, `${NM}/@ui/core/Stepper.mjs`]),
    );
  });

  it('takes a barrel whole when a name cannot be placed in it, never too little', () => {
    const unplaced = graph({
      '/repo/src/start.tsx': { code: `import { Missing } from "@ui/core";`, importedIds: [`${NM}/@ui/core/index.mjs`] },
      [`${NM}/@ui/core/index.mjs`]: {
        code: `export * from "./a.mjs";`,
        importedIds: [`${NM}/@ui/core/a.mjs`],
        exports: ['A'],
      },
      [`${NM}/@ui/core/a.mjs`]: { code: 'export const A = 1;', exports: ['A'] },
    });
    expect(firstScreenClosure(['/repo/src/start.tsx'], unplaced).has(`${NM}/@ui/core/a.mjs`)).toBe(true);
  });

  it('adds the names a second importer takes from a barrel already reached', () => {
    const two = graph({
      '/repo/src/start.tsx': {
        code: `import { Button } from "@ui/core";\nimport { page } from "./page";`,
        importedIds: [`${NM}/@ui/core/index.mjs`, '/repo/src/page.tsx'],
      },
      '/repo/src/page.tsx': { code: `import { Stepper } from "@ui/core";\nexport const page = Stepper;`, importedIds: [`${NM}/@ui/core/index.mjs`] },
      [`${NM}/@ui/core/index.mjs`]: {
        code: `export { Button } from "./Button.mjs";\nexport { Stepper } from "./Stepper.mjs";\nexport { Tabs } from "./Tabs.mjs";`,
        importedIds: [`${NM}/@ui/core/Button.mjs`, `${NM}/@ui/core/Stepper.mjs`, `${NM}/@ui/core/Tabs.mjs`],
        exports: ['Button', 'Stepper', 'Tabs'],
      },
      [`${NM}/@ui/core/Button.mjs`]: { code: 'export const Button = 1;' },
      [`${NM}/@ui/core/Stepper.mjs`]: { code: 'export const Stepper = 1;' },
      [`${NM}/@ui/core/Tabs.mjs`]: { code: 'export const Tabs = 1;' },
    });
    const reached = firstScreenClosure(['/repo/src/start.tsx'], two);
    expect(reached.has(`${NM}/@ui/core/Stepper.mjs`)).toBe(true);
    expect(reached.has(`${NM}/@ui/core/Tabs.mjs`)).toBe(false);
  });
});
