import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstScreenClosure } from '../../../renderer/vite.first-screen-closure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const START = resolve(ROOT, 'renderer/src/app/start-app.tsx');

/**
 * The app's own modules a module imports statically (what the build puts on the first screen's path,
 * renderer/vite.first-screen-chunks.ts): relative imports that load code, not `import type`, not
 * `import(…)`, not stylesheets or data.
 */
function appImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)';/gm)) {
    const target = resolve(dirname(file), match[1] as string);
    const module = [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((p) => /\.tsx?$/.test(p) && existsSync(p));
    if (module) found.push(module);
  }
  return found;
}

describe("the first screen's code (issue 16)", () => {
  // The app's own modules as the build follows them: a feature's entry (a barrel) only to the names taken.
  const reached = [
    ...firstScreenClosure([START], (file) => ({ code: readFileSync(file, 'utf8'), importedIds: appImports(file), exports: [] })),
  ].map((p) => relative(ROOT, p));

  it('holds the shell and the dashboard', () => {
    expect(reached).toEqual(
      expect.arrayContaining([
        'renderer/src/app/App.tsx',
        'renderer/src/features/dashboard/DashboardArea.tsx',
        'renderer/src/components/Chart.tsx',
      ]),
    );
  });

  // zod (~120 kB of library code evaluated at load, and its schemas built there) serves the engine's
  // interface and the areas' forms, not the first screen. It came in through a re-export: the
  // territories' types handed on the table export's column kinds, a value, so the profile store's
  // import of those types evaluated the table export's schema. The page's entry sets zod's options
  // (boot.ts) from zod's core settings alone.
  it('builds no zod schema', () => {
    const withZod = reached.filter((p) => /from 'zod'/.test(readFileSync(resolve(ROOT, p), 'utf8')));
    expect(withZod).toEqual([]);
  });

  // The profile drawer and meeting mode draw nothing on the first screen; on its path they were ~40%
  // of its modules' evaluation (meeting mode's slides import every area's meeting chart).
  it('leaves out the profile drawer, meeting mode and any area', () => {
    const out = reached.filter((p) => /territories\/(meeting\/MeetingOverlay|meeting\/MeetingStages|profile\/)|[A-Z]\w+Area\.tsx$/.test(p));
    expect(out.filter((p) => !p.endsWith('DashboardArea.tsx'))).toEqual([]);
  });
});
