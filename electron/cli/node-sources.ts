import { readFile } from 'node:fs/promises';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';

/**
 * The shipped data folder. The CLI runs from `electron/cli` (sources) or `out/cli` (built): both
 * sit two levels below the project root.
 */
const RESOURCES = new URL('../../resources/data/', import.meta.url);

export async function readShippedSources(): Promise<DemoSources> {
  const entries = await Promise.all(
    (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(
      async ([key, relative]) => [key, new Uint8Array(await readFile(new URL(relative, RESOURCES)))] as const,
    ),
  );
  return Object.fromEntries(entries) as DemoSources;
}
