import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { writeWorkspaceAtomic } from '../../electron/main/atomic-write';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import { createEngine } from '../../shared/engine/engine';

/** Engine figures, one JSON line each: demo workspace build, save (export) and file size. */
const RESOURCES = new URL('resources/data/', `file://${process.cwd()}/`);

async function sources(): Promise<DemoSources> {
  const entries = await Promise.all(
    (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(
      async ([k, rel]) => [k, new Uint8Array(await readFile(new URL(rel, RESOURCES)))] as const,
    ),
  );
  return Object.fromEntries(entries) as DemoSources;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const SQL = await initSqlJs();
const data = await sources();
const runs = 3;
const buildMs: number[] = [];
const saveMs: number[] = [];
const writeMs: number[] = [];
const dir = await mkdtemp(path.join(tmpdir(), 'arranjo-bench-'));
let size = 0;
for (let i = 0; i < runs; i++) {
  const engine = createEngine({ SQL, loadSources: () => Promise.resolve(data) });
  let t = performance.now();
  await engine.createWorkspace({ demo: true });
  buildMs.push(performance.now() - t);
  t = performance.now();
  const bytes = await engine.exportWorkspace();
  saveMs.push(performance.now() - t);
  size = bytes.length;
  t = performance.now();
  await writeWorkspaceAtomic(path.join(dir, 'demo.arranjo'), bytes);
  writeMs.push(performance.now() - t);
}
const line = (o: object): void => console.log(JSON.stringify(o));
line({
  bench: 'demo_workspace_build',
  unit: 'ms',
  median: Math.round(median(buildMs)),
  runs,
  note: 'engine in Node, sources already read',
});
line({
  bench: 'workspace_save_export',
  unit: 'ms',
  median: Math.round(median(saveMs)),
  runs,
  note: 'serializing the demo workspace to bytes (the atomic file write is timed separately)',
});
line({
  bench: 'workspace_save_atomic_write',
  unit: 'ms',
  median: Math.round(median(writeMs)),
  runs,
  note: 'temp file + fsync + rename + .bak',
});
line({ bench: 'workspace_file_size', unit: 'bytes', value: size, mib: Number((size / 2 ** 20).toFixed(2)) });
