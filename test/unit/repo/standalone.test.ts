import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(root + dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [rel] : [];
  });
}

/**
 * A clone with nothing beside it must pass `npm test` (`.ci/run` proves it end to end): tests read
 * the data the app ships under `resources/data/`, never the reference folder next to a checkout.
 */
describe('the repository stands on its own', () => {
  it('no test, bench or CLI source reaches a folder beside the checkout', () => {
    const offenders = [...sources('test'), ...sources('electron/cli')].filter((file) => {
      // A file at depth d (test/db/x.ts: 2) leaves the checkout with more than d `../` hops.
      const depth = file.split('/').length - 1;
      const text = readFileSync(root + file, 'utf8');
      const hops = [...text.matchAll(/['"`]((?:\.\.\/)+)[\w-]/g)].map((m) => (m[1] ?? '').length / 3);
      return hops.some((h) => h > depth) || /['"]\.\.['"],\s*['"]shared['"]/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
