import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createKnownCleanRegister, sha256Hex } from '../../electron/main/known-clean';
import { SHIPPED_DEMO_FILE } from '../../shared/demo/shipped-demo';
import { interleaved, nationalWorkspace } from './national-workspace';

/**
 * Opening workspaces with the CLI (issue 16), whole processes as a user runs them: `arranjo info`
 * on the 12 MB demo workspace and on an all-Brazil one (every municipality × the 87 CNAE divisions
 * × 2 years, deterministic values, built here: nothing large is committed). Each beside the same
 * command with `--full-check` — the open of a received file, and of every file before issue 16
 * (SQLite's full integrity_check) — and the bare floor: Node starting and loading sql.js. Median of 3 interleaved runs, peak
 * memory (maximum resident set, /usr/bin/time) of each. Needs out/cli (run.mjs builds it).
 * Measured 2026-12-03 at load average 20+ (wall times inflated by the other processes): demo 12 MB
 * 12.5 s (full check 12.8 s), all-Brazil 40 MB 26.2 s (full check 31.9 s), floor 1.3–3.1 s; peak
 * 174 / 217 MiB. In-process (same load): quick_check 0.5 s / 1.9 s vs integrity_check 3.0 s (12 MB),
 * foreign_key_check 0.1 s / 1.0 s, loading the bytes into sql.js 0.4 s / 0.9 s.
 * After the g16a changes (pdf-lib and fontkit loaded only for a PDF, the expected schema built in
 * one transaction — five times cheaper — and rows read with their column names once per
 * statement), same day at load average 11–14: demo (15.5 MiB) 9.4 s wall, 2.3 s CPU, peak
 * 153 MiB; all-Brazil (40 MiB) 15.3 s wall, 3.4 s CPU (5.7 s before), peak 193 MiB (217 before);
 * floor 0.3 s CPU. What remains is mostly SQLite's quick_check (about 1.3 s CPU on 40 MiB, a
 * good part of it V8 compiling sql.js's code on first use) and the schema check's migrations.
 * After t16cli (a registered image, checked in memory at save, opens `certified`: no quick_check,
 * schema or foreign-key check, see shared/db/open-workspace.ts; the CLI hands sql.js the file
 * without a copy and reads with V8's baseline wasm compiler), same day at load average 8.8–10.5
 * (uptime): all-Brazil 40 MiB 1.27 s CPU (full check 3.24 s), peak 124 MiB; demo 18.4 MiB 1.0 s
 * CPU (full 1.44 s), peak 102 MiB; floor 0.3 s CPU. Wall times at that load are 2–6× the CPU
 * (5.2 s and 3.4 s medians). Earlier in the session, at load ~10: `info` on the 40 MiB file
 * 3.2 s CPU with the quick check.
 * 2026-12-04 late, quiet host: `info` opens the database without the engine (as `analyze` does; every
 * area's modules were evaluated for nothing): interleaved runs of two builds, medians, demo 0.40 ->
 * 0.24 s, all-Brazil 0.45 -> 0.28 s. This bench after it: demo 8.3 MiB 212 ms, all-Brazil 22.3 MiB
 * 232 ms (floor 151 / 134 ms, full check 635 / 1,219 ms; the day before, noisier: 341 / 427 ms).
 */
const ROOT = `file://${process.cwd()}/`;
const CLI = path.join(process.cwd(), 'out/cli/cli.mjs');

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = await mkdtemp(path.join(tmpdir(), 'arranjo-open-bench-'));
  try {
    const demo = path.join(dir, 'demo.arranjo');
    await writeFile(demo, gunzipSync(await readFile(new URL(`resources/${SHIPPED_DEMO_FILE}`, ROOT))));
    const national = path.join(dir, 'brasil.arranjo');
    const built = await nationalWorkspace();
    await writeFile(national, built.bytes);
    // Both files count as saved by this machine's Arranjo (quick check); `--full-check` is the
    // open of a received file. The register goes to the scratch folder, inherited by the CLI runs.
    process.env.ARRANJO_STATE_DIR = path.join(dir, 'state');
    for (const file of [demo, national]) await createKnownCleanRegister().add(sha256Hex(await readFile(file)));
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
