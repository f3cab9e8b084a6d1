import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import initSqlJs from 'sql.js';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import { createEngine, type Engine } from '../../shared/engine/engine';
import { BatchRepository } from '../../shared/repositories/batch-repository';
import { EmploymentRepository, type EmploymentValue } from '../../shared/repositories/employment-repository';

/**
 * What the CLI benches share (workspace-open-bench, cli-bench): the all-Brazil data built from the
 * shipped municipality and CNAE lists, and whole processes timed. A module of its own: a bench
 * entry imported by another would no longer be the entry its main guard looks for.
 */
const ROOT = `file://${process.cwd()}/`;
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

/**
 * One whole process: wall time, CPU time (user + system: what a shared machine's load does not
 * inflate) and peak resident memory. `stdout`: a file its output goes to, as `command > file` in a
 * shell (otherwise the output is read into this process).
 */
export function timed(command: string[], stdout?: string): { ms: number; cpuMs: number; peakMiB: number } {
  const out = stdout === undefined ? 'pipe' : openSync(stdout, 'w');
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['pipe', out, 'pipe'],
  });
  const ms = performance.now() - start;
  if (typeof out === 'number') closeSync(out);
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
