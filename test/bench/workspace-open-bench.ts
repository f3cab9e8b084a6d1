import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import initSqlJs from 'sql.js';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import { SHIPPED_DEMO_FILE } from '../../shared/demo/shipped-demo';
import { createEngine, type Engine } from '../../shared/engine/engine';
import { BatchRepository } from '../../shared/repositories/batch-repository';
import { EmploymentRepository, type EmploymentValue } from '../../shared/repositories/employment-repository';

/**
 * Opening workspaces with the CLI (issue 16), whole processes as a user runs them: `arranjo info`
 * on the 12 MB demo workspace and on an all-Brazil one (every municipality × the 87 CNAE divisions
 * × 2 years, deterministic values, built here: nothing large is committed). Each beside the same
 * command with `--full-check` — the open as it was before (SQLite's full integrity_check on every
 * open) — and the bare floor: Node starting and loading sql.js. Median of 3 interleaved runs, peak
 * memory (maximum resident set, /usr/bin/time) of each. Needs out/cli (run.mjs builds it).
 * Measured 2026-12-03 at load average 20+ (wall times inflated by the other processes): demo 12 MB
 * 12.5 s (full check 12.8 s), all-Brazil 40 MB 26.2 s (full check 31.9 s), floor 1.3–3.1 s; peak
 * 174 / 217 MiB. In-process (same load): quick_check 0.5 s / 1.9 s vs integrity_check 3.0 s (12 MB),
 * foreign_key_check 0.1 s / 1.0 s, loading the bytes into sql.js 0.4 s / 0.9 s.
 */
const ROOT = `file://${process.cwd()}/`;
const CLI = path.join(process.cwd(), 'out/cli/cli.mjs');
const RUNS = 3;

async function shippedSources(): Promise<DemoSources> {
  const entries = await Promise.all(
    (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(
      async ([k, rel]) => [k, new Uint8Array(await readFile(new URL(`resources/data/${rel}`, ROOT)))] as const,
    ),
  );
  return Object.fromEntries(entries) as DemoSources;
}

/** An empty workspace with the shipped reference data (every municipality, the CNAE hierarchy). */
export async function emptyWorkspace(): Promise<Engine> {
  const engine = createEngine({ SQL: await initSqlJs(), loadSources: shippedSources });
  await engine.createWorkspace({ demo: false });
  return engine;
}

/**
 * Jobs by CNAE division, 2020 and 2021, for every municipality: about half of the pairs have jobs.
 * ILLUSTRATIVE values (a deterministic hash, not RAIS): the size and shape of the national data.
 */
export function* nationalJobs(engine: Engine): Generator<{ code: number; division: string; year: number; jobs: number }> {
  const conn = engine.connection();
  const codes = conn.all<{ code: number }>('SELECT code FROM municipality ORDER BY code').map((r) => r.code);
  const divisions = conn
    .all<{ code: string }>("SELECT code FROM classification WHERE scheme = 'cnae-division' ORDER BY code")
    .map((r) => r.code);
  for (const code of codes)
    for (const [d, division] of divisions.entries())
      for (const year of [2020, 2021]) {
        const h = (code * 31 + d * 17 + year * 7) % 1000;
        if (h < 500) yield { code, division, year, jobs: 1 + ((h * 37 + d) % 900) };
      }
}

/** The all-Brazil workspace: nationalJobs written as one import batch would write them. */
export async function nationalWorkspace(): Promise<{ bytes: Uint8Array; rows: number }> {
  const engine = await emptyWorkspace();
  const conn = engine.connection();
  let rows = 0;
  conn.transaction(() => {
    const batchId = new BatchRepository(conn).create({
      sourceFile: 'rais-brasil-divisoes.csv',
      target: 'employment',
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    const values = function* (): Generator<EmploymentValue> {
      for (const v of nationalJobs(engine)) {
        rows++;
        yield {
          territoryCode: v.code,
          classification: 'cnae-division',
          sectorCode: v.division,
          year: v.year,
          measure: 'jobs',
          value: v.jobs,
          missingReason: null,
          batchId,
          sourceRow: rows,
        };
      }
    };
    new EmploymentRepository(conn).upsert(values());
  });
  return { bytes: await engine.exportWorkspace(), rows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** One whole process: wall time, CPU time (user + system: what a shared machine's load does not inflate) and peak resident memory. */
export function timed(command: string[]): { ms: number; cpuMs: number; peakMiB: number } {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command.join(' ')}: ${run.stderr}`);
  const [kib = 0, user = 0, system = 0] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { ms, cpuMs: Math.round((user + system) * 1000), peakMiB: Math.round(kib / 1024) };
}

/** Runs each command RUNS times, interleaved; medians of time, and the largest peak memory. */
export function interleaved(
  commands: Record<string, string[]>,
): Record<string, { ms: number; cpuMs: number; peakMiB: number; all: number[] }> {
  const results: Record<string, { ms: number; cpuMs: number; peakMiB: number }[]> = {};
  for (let i = 0; i < RUNS; i++) for (const [name, command] of Object.entries(commands)) (results[name] ??= []).push(timed(command));
  return Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      {
        ms: Math.round(median(runs.map((r) => r.ms))),
        cpuMs: median(runs.map((r) => r.cpuMs)),
        peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
        all: runs.map((r) => Math.round(r.ms)),
      },
    ]),
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = await mkdtemp(path.join(tmpdir(), 'arranjo-open-bench-'));
  try {
    const demo = path.join(dir, 'demo.arranjo');
    await writeFile(demo, gunzipSync(await readFile(new URL(`resources/${SHIPPED_DEMO_FILE}`, ROOT))));
    const national = path.join(dir, 'brasil.arranjo');
    const built = await nationalWorkspace();
    await writeFile(national, built.bytes);
    const floor = [process.execPath, '--input-type=module', '-e', "import initSqlJs from 'sql.js'; await initSqlJs();"];
    for (const [label, file, size] of [
      ['demo', demo, (await readFile(demo)).length],
      ['brasil', national, built.bytes.length],
    ] as const) {
      const r = interleaved({
        quick: [process.execPath, CLI, 'info', file, '--format', 'json'],
        full: [process.execPath, CLI, 'info', file, '--full-check', '--format', 'json'],
        floor,
      });
      console.log(
        JSON.stringify({
          bench: `cli_info_${label}`,
          unit: 'ms',
          fileMiB: Number((size / 2 ** 20).toFixed(1)),
          ...(label === 'brasil' ? { employmentRows: built.rows } : {}),
          median: r.quick?.ms,
          cpuMs: r.quick?.cpuMs,
          peakMiB: r.quick?.peakMiB,
          all: r.quick?.all,
          fullCheck: r.full,
          nodeAndSqlJsFloor: r.floor,
          ratioToFloor: Number(((r.quick?.ms ?? 0) / (r.floor?.ms ?? 1)).toFixed(2)),
          cpuRatioToFullCheck: Number(((r.quick?.cpuMs ?? 0) / (r.full?.cpuMs ?? 1)).toFixed(2)),
          note: 'whole process; fullCheck = the open before issue 16 (integrity_check on every open), now `arranjo info --full-check`',
        }),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
