import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstScreenClosure } from '../../renderer/vite.first-screen-closure';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The app's own modules a module imports statically (what the build loads with it): relative imports
 * that load code, not `import type`, not `import(…)`, not stylesheets or data.
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

/**
 * The app's modules a module (a path from the repository's root) reaches by static imports, as the
 * build follows them (a feature's entry, a barrel, only to the names taken): paths from the root.
 */
export function reachedModules(entry: string): string[] {
  return [
    ...firstScreenClosure([resolve(ROOT, entry)], (file) => ({ code: readFileSync(file, 'utf8'), importedIds: appImports(file), exports: [] })),
  ].map((p) => relative(ROOT, p));
}

/** Those of `modules` that import zod (build its schemas when evaluated). */
export function buildingZodSchemas(modules: readonly string[]): string[] {
  return modules.filter((p) => /from 'zod'/.test(readFileSync(resolve(ROOT, p), 'utf8')));
}
