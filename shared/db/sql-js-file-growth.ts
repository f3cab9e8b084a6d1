/**
 * sql.js keeps the workspace file in Emscripten's in-memory file system (MEMFS), which grows a
 * file past 1 MiB by only 1.125× at a time, allocating a new array and copying the whole file
 * each time. A transaction that adds 40 MB (the all-Brazil import) makes SQLite write its pages
 * at COMMIT one after the other past the end of the file: 32 growths copying 350 MB into fresh
 * memory, 1.3–2.7 s of a 6 s import (issue 16; the copies, and the page faults of touching new
 * memory, not the writes themselves). Here a file past 1 MiB grows at once to at least 64 MiB, then
 * quadruples up to 256 MiB: the import into an empty 1.2 MB workspace grows the file once (with
 * quadrupling alone: to 4.8, 19 and 77 MB, the copies touching ~22 MB more of fresh memory; ~5,500
 * fewer page faults and ~50 ms less, medians of 7 interleaved runs, 2026-12-04). The room
 * beyond the file's end is never touched until written, so it costs address space, not resident
 * memory; past 256 MiB the growth stays MEMFS's own (no allocation of more than 1 GiB at once by
 * this rule). Files under 1 MiB (most rollback journals) keep MEMFS's doubling.
 *
 * This rewrites that one expression in sql.js's generated JavaScript: the browser build's
 * transform (renderer/vite.shared.ts) and the Node loader (electron/main/load-sql-js.ts, for the
 * CLI) apply it. Nothing else changes: what is written, where and when stays SQLite's.
 */
const GROWTH = /(\b[A-Za-z_$][\w$]*)\*\(\1<1048576\?2:1\.125\)/g;

/** The smallest capacity a file past 1 MiB grows to: 64 MiB. */
const MIN_GROWN = 67_108_864;

/** The source with MEMFS's growth factor changed as above, or null when the expression is not found exactly once. */
export function quickerFileGrowth(source: string): string | null {
  const found = source.match(GROWTH) ?? [];
  if (found.length !== 1) return null;
  return source.replace(
    GROWTH,
    (_, c: string) => `(${c}<1048576?${c}*2:Math.max(${MIN_GROWN},${c}*(${c}<268435456?4:1.125)))`,
  );
}
