import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { emptyWorkspace, nationalJobs, timed } from './national-workspace';

/**
 * The CLI at national scale against what a planner would use instead (issue 16), whole processes:
 *  - `arranjo import` of the all-Brazil canonical CSV (every municipality × the 87 CNAE divisions
 *    × 2020–2021, about half of the pairs with jobs: 484,409 rows; ILLUSTRATIVE values, a
 *    deterministic hash, written here from the shipped municipality and CNAE lists) into an empty
 *    workspace, beside pandas `read_csv` + a keyed SQLite table in one transaction;
 *  - LQ (2021), shift-share (2020→2021) and diversity (2021) at CNAE-division level with the
 *    country as reference on the imported workspace: three `arranjo analyze … --format csv` calls,
 *    beside one pandas script writing the same three tables from the CSV (test/bench/pandas-anchor.py).
 * Each figure with its CPU time and peak memory (maximum resident set). The pandas anchors need
 * /usr/bin/python3 with pandas (Debian: apt-get install python3-pandas); without it they are
 * skipped and the reason printed. CLI_BENCH_RUNS (default 1): runs of each, interleaved, median.
 *
 * Measured 2026-12-03 on the shared 2-core machine at load average 11–14 (wall times inflated about
 * 3× by the other processes; CPU time is the steadier figure):
 *   import: 46.3 s wall, 9.3 s CPU, peak 365 MiB; pandas + SQLite 18.4 s, 3.0 s CPU, 178 MiB:
 *     2.51× (CPU 3.08×). Not yet ≤ 1: of the CPU, the insert is about 3.2 s, sql.js growing its
 *     in-memory file at COMMIT 1.8 s (its file system grows by 1.125× per step, copying each
 *     time), reading and checking the CSV about 4 s.
 *   three analyze calls: 125 s wall, 22.2 s CPU, peak 779 MiB (shift-share); pandas 44.7 s,
 *     6.9 s CPU, 299 MiB: 2.80× (CPU 3.21×); the issue measured 9.4× before. Each call still opens
 *     and checks the 40 MB workspace (about 3.5 s CPU of `arranjo info`, most of it SQLite's
 *     quick_check, which every open keeps). Before this change (same machine and hour, CPU):
 *     lq 8.2 s, shift-share 13.5 s (peak 1,026 MiB), diversity 5.8 s — now 6.6 / 10.1 / 4.0 s.
 * Quiet machine, same day (load ~0.1), before t16cli: import 5,851 ms vs pandas 2,480 ms (2.36×);
 *   three analyze calls 15,596 ms (lq 4,972 / shift-share 7,661 / diversity 2,963; peak 743 MiB)
 *   vs pandas 5,066 ms (3.08×).
 * After t16cli (a saved image opens `certified`, without repeating its checks; V8's baseline wasm
 *   compiler for reading commands; lq and shift-share written from the engine's columns as UTF-8
 *   bytes), same day 10:53–10:56 UTC at load average 8.8–10.5 (uptime), one run each:
 *   three analyze calls 18.9 s wall, 8.0 s CPU, peak 231 MiB (each 5.3 / 10.0 / 3.7 s wall) vs
 *     pandas 11.9 s, 6.4 s CPU, 298 MiB: 1.58× (CPU 1.26×); at the start of the session, same
 *     load, 3.02× (CPU 3.32×, peak 749 MiB). Not yet ≤ 1: each call still starts Node and the
 *     bundle (~0.5 s CPU), hashes the 40 MB file (0.15 s), reads one or two years through sql.js
 *     (0.3–0.7 s) and writes 45–57 MB of CSV.
 *   import 16.9 s wall, 8.4 s CPU, peak 366 MiB vs pandas + SQLite 4.7 s, 2.7 s CPU: 3.6× (CPU
 *     3.09×), unchanged by t16cli (its save now also runs the quick check in memory).
 * t17ana (three analyze calls, same day 13:00–14:30 UTC, machine loaded by other helpers, load
 *   average 10–15 on 2 cores: wall times meaningless, CPU the figure): each command's module is
 *   loaded when it runs and `analyze` opens only the database (no engine: its areas, templates and
 *   zod), so a start costs 0.24 s CPU instead of 0.50 (bare node 0.10); the analyses read their
 *   values into typed arrays (no object per value: less read time and garbage collection); the CSV
 *   writes whole numbers digit by digit. Per call, CPU, min of 3, output to /dev/null, load ~10–11:
 *   lq 1.91 → 1.35 s, shift-share 2.65 → 2.06 s, diversity 1.55 → 1.29 s: three 6.11 → 4.70 s;
 *   peak (shift-share) 235 → 149 MiB. Interleaved with the build before (main fc2db5f), stdout through a pipe
 *   as here, 3 rounds at load 12–15: 7.57 → 6.26 s CPU (mean). This bench at load 13–16
 *   (13:44–13:50 UTC, CLI_BENCH_RUNS=2): three calls 5,790 ms CPU, peak 183 MiB vs pandas 5,950 ms
 *   CPU: cpuRatio 0.97 (1.19 at the session's start, load ~10); wall 59.5 s vs 39.0 s (1.53×),
 *   which that load makes meaningless (the quiet figures at the start: 6,574 ms, CPU 6,280, vs
 *   pandas 4,900 ms, CPU 4,980). Each call peaks under 200 MiB.
 *   Near quiet (13:54–13:57 UTC, load average 1.6–2.5), stdout still read into this process: three
 *   calls 5,346 ms wall, 4,760 ms CPU vs pandas 4,687 ms, 4,780 ms CPU: 1.14× (CPU 1.00×), one run.
 *   The wall time above the CPU time was this process reading 100 MB of output (spawnSync, then
 *   decoded to a string), which neither a user (`> lq.csv`) nor the pandas script (it writes its
 *   files) pays: since t17ana each call's output goes to a file. Then (CLI_BENCH_RUNS=3, load ~2):
 *   4,369 ms wall (1,332 / 1,751 / 1,286), 4,820 ms CPU, peak 148 MiB vs pandas 4,843 ms, 4,860
 *   ms CPU: 0.90× (CPU 0.99×). The build before t17ana (main fc2db5f) written to files the same
 *   way, interleaved, 3 rounds at load ~1.7: 5.02–5.86 s wall (CPU 5.83–6.74 s, peak 232 MiB),
 *   after: 3.74–4.14 s wall (CPU 4.20–4.67 s, peak 147 MiB); pandas alone 4.92 s wall: the file
 *   output alone made the build before about 1.05×, t17ana's changes about 0.84×.
 *   What is left per call: SQLite stepping the index employment_year and looking each row up in
 *   the table (0.3 s CPU a year under V8's baseline compiler; a covering index with `value` would
 *   need a migration), sql.js's per-row get, SHA-256 of the 40 MB file (0.1 s), writing 45–57 MB.
 * ARRANJO_BENCH_KEEP=<folder> keeps the scratch files (CSV, workspaces, register) there, to profile
 * the CLI on them (`node --cpu-prof out/cli/cli.mjs analyze lq <folder>/brasil.arranjo …` with
 * ARRANJO_STATE_DIR=<folder>/state).
 */
const ROOT = process.cwd();
const CLI = path.join(ROOT, 'out/cli/cli.mjs');
const PYTHON = process.env.ARRANJO_BENCH_PYTHON ?? '/usr/bin/python3';
const ANCHOR = path.join(ROOT, 'test/bench/pandas-anchor.py');
const RUNS = Math.max(1, Number(process.env.CLI_BENCH_RUNS ?? 1) || 1);

async function writeNationalCsv(file: string): Promise<number> {
  const engine = await emptyWorkspace();
  const out = createWriteStream(file);
  out.write('territory_code,classification,sector_code,year,jobs\n');
  let rows = 0;
  let chunk: string[] = [];
  for (const v of nationalJobs(engine)) {
    chunk.push(`${v.code},cnae-division,${v.division},${v.year},${v.jobs}\n`);
    rows++;
    if (chunk.length === 10_000) {
      if (!out.write(chunk.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = [];
    }
  }
  out.end(chunk.join(''));
  await finished(out);
  return rows;
}

function pandasMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found`;
  return probe.status === 0 ? null : `pandas is not installed for ${PYTHON} (Debian: apt-get install python3-pandas)`;
}

type Figure = ReturnType<typeof timed>;

const rounded = (f: Figure): Figure => ({ ...f, ms: Math.round(f.ms) });

/**
 * Several processes one after the other, as one figure: times and CPU added, the largest peak.
 * Each writes its output into a file of `dir` (`arranjo analyze … > lq.csv`), as the pandas script
 * writes its tables (until t17ana they were read into this process, which added its reading to
 * their wall time).
 */
function sequence(commands: string[][], dir: string): Figure & { each: number[] } {
  const runs = commands.map((c, i) => timed(c, path.join(dir, `analyze-${i}.csv`)));
  return {
    ms: Math.round(runs.reduce((a, r) => a + r.ms, 0)),
    cpuMs: runs.reduce((a, r) => a + r.cpuMs, 0),
    peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
    each: runs.map((r) => Math.round(r.ms)),
  };
}

function median<T extends { ms: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as T;
}

const ratio = (a: number, b: number | undefined): number | null => (b ? Number((a / b).toFixed(2)) : null);

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  // ARRANJO_BENCH_KEEP=<folder>: the scratch files (CSV, workspaces, register) go there and stay, to profile the CLI on them.
  const keep = process.env.ARRANJO_BENCH_KEEP;
  if (keep) await mkdir(keep, { recursive: true });
  const dir = keep ?? (await mkdtemp(path.join(tmpdir(), 'arranjo-cli-bench-')));
  try {
    // The register of files this Arranjo saved (they open with the quick check) in the scratch folder.
    process.env.ARRANJO_STATE_DIR = path.join(dir, 'state');
    const csv = path.join(dir, 'rais-brasil-divisoes.csv');
    const rows = await writeNationalCsv(csv);
    const csvMiB = Number(((await stat(csv)).size / 2 ** 20).toFixed(1));
    const missing = pandasMissing();
    if (missing) console.log(JSON.stringify({ bench: 'cli_pandas_anchor', skipped: missing }));
    const empty = path.join(dir, 'empty.arranjo');
    timed([process.execPath, CLI, 'init', empty]);
    const ws = path.join(dir, 'brasil.arranjo');
    const node = process.execPath;
    const imports: Figure[] = [];
    const importAnchors: Figure[] = [];
    for (let r = 0; r < RUNS; r++) {
      await copyFile(empty, ws);
      await rm(`${ws}.bak`, { force: true });
      imports.push(rounded(timed([node, CLI, 'import', ws, csv, '--format', 'json'])));
      if (!missing) {
        const db = path.join(dir, `anchor-${r}.sqlite`);
        importAnchors.push(rounded(timed([PYTHON, ANCHOR, 'import', csv, db])));
        await rm(db, { force: true });
      }
    }
    const imported = median(imports);
    const importAnchor = importAnchors.length > 0 ? median(importAnchors) : undefined;
    console.log(
      JSON.stringify({
        bench: 'cli_import_brasil_csv',
        unit: 'ms',
        rows,
        csvMiB,
        median: imported.ms,
        cpuMs: imported.cpuMs,
        peakMiB: imported.peakMiB,
        workspaceMiB: Number(((await stat(ws)).size / 2 ** 20).toFixed(1)),
        pandasSqlite: importAnchor ?? null,
        ratio: ratio(imported.ms, importAnchor?.ms),
        cpuRatio: ratio(imported.cpuMs, importAnchor?.cpuMs),
        target_ratio: 1,
        note: 'whole process `arranjo import` into an empty workspace vs pandas read_csv + keyed SQLite table in one transaction (test/bench/pandas-anchor.py); illustrative values',
      }),
    );
    const cnae = path.join(ROOT, 'resources/data/cnae/cnae_2_hierarquia_subclasse_secao.csv');
    const municipios = path.join(ROOT, 'resources/data/municipalities/kelvins_municipios.csv');
    const common = ['--classification', 'cnae-division', '--reference', 'country', '--format', 'csv'];
    const three = [
      [node, CLI, 'analyze', 'lq', ws, '--year', '2021', ...common],
      [node, CLI, 'analyze', 'shift-share', ws, '--from', '2020', '--to', '2021', ...common],
      [node, CLI, 'analyze', 'diversity', ws, '--year', '2021', ...common.filter((a) => a !== '--reference' && a !== 'country')],
    ];
    const analyses: ReturnType<typeof sequence>[] = [];
    const analysisAnchors: Figure[] = [];
    for (let r = 0; r < RUNS; r++) {
      analyses.push(sequence(three, dir));
      if (!missing) analysisAnchors.push(rounded(timed([PYTHON, ANCHOR, 'analyze', csv, municipios, cnae, dir])));
    }
    const analysed = median(analyses);
    const analysisAnchor = analysisAnchors.length > 0 ? median(analysisAnchors) : undefined;
    console.log(
      JSON.stringify({
        bench: 'cli_analyze_three_brasil',
        unit: 'ms',
        median: analysed.ms,
        cpuMs: analysed.cpuMs,
        peakMiB: analysed.peakMiB,
        eachMs: analysed.each,
        pandas: analysisAnchor ?? null,
        ratio: ratio(analysed.ms, analysisAnchor?.ms),
        cpuRatio: ratio(analysed.cpuMs, analysisAnchor?.cpuMs),
        target_ratio: 1,
        note: 'three whole-process `arranjo analyze` calls (lq, shift-share, diversity; cnae-division, country) writing CSV vs one pandas script writing the same three tables from the CSV',
      }),
    );
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
