/**
 * sql.js keeps the workspace file in Emscripten's in-memory file system (MEMFS), which grows a
 * file past 1 MiB by only 1.125× at a time, allocating a new array and copying the whole file
 * each time. A transaction that adds 40 MB (the all-Brazil import) makes SQLite write its pages
 * at COMMIT one after the other past the end of the file: 32 growths copying 350 MB into fresh
 * memory, 1.3–2.7 s of a 6 s import (issue 16; the copies, and the page faults of touching new
 * memory, not the writes themselves). Quadrupling up to 256 MiB makes that 4 growths copying
 * 21 MB (0.1–0.2 s). The room beyond the file's end is never touched until written, so it costs
 * address space, not resident memory; past 256 MiB the growth stays MEMFS's own (no allocation
 * of more than 1 GiB at once by this rule).
 *
 * This rewrites that one expression in sql.js's generated JavaScript: the browser build's
 * transform (renderer/vite.shared.ts) and the Node loader (electron/main/load-sql-js.ts, for the
 * CLI) apply it. Nothing else changes: what is written, where and when stays SQLite's.
 */
const GROWTH = /(\b[A-Za-z_$][\w$]*)\*\(\1<1048576\?2:1\.125\)/g;

/** The source with MEMFS's growth factor changed as above, or null when the expression is not found exactly once. */
export function quickerFileGrowth(source: string): string | null {
  const found = source.match(GROWTH) ?? [];
  if (found.length !== 1) return null;
  return source.replace(GROWTH, (_, capacity: string) => `${capacity}*(${capacity}<1048576?2:${capacity}<268435456?4:1.125)`);
}
