#!/usr/bin/env -S node --no-allocation-site-pretenuring
// `npx arranjo`: runs the command line that `npm run build` (and `npm ci`, through `prepare`)
// builds into out/cli. It never builds anything itself: a command line that writes into its own
// package folder on first run fails on read-only installs and hides a stale build.
//
// Node runs it without V8's allocation-site pretenuring. A large import makes ~300 MB of rows and
// cells that live for one piece of the file; V8 guesses from a few of them that an allocation
// site's objects live long and, when it guesses so, makes the rest in the old generation, where
// only a full collection frees them: their cells, referenced from there, were then copied and
// promoted at every young collection (~100 MB over the all-Brazil CSV, on most runs and not
// others). Without it that pass takes ~1.1 s instead of ~1.9 s, the whole import 3.6 -> 3.2 s
// with 0.6 s less CPU and ~40 MB less peak memory; analyze and info unchanged (issue 16; a larger
// young generation, tried first, gained half as much). V8 takes the flag only on the command
// line, so each launcher passes the same flags (electron/cli/launcher/arranjo and arranjo.cmd for
// installed apps; test/unit/cli/launchers.test.ts holds them equal). `env -S` splits the line on
// Linux and macOS; npm's shim on Windows reads the same line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = `${root}out/cli/cli.mjs`;

if (!existsSync(built)) {
  process.stderr.write(
    `arranjo: the command line is not built (${built} is missing).\n` +
      `Run "npm run build" (or "npm run build:cli") in ${root} and try again.\n`,
  );
  process.exit(1);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|sql)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

// In a development checkout, say when the build is older than the engine or CLI sources.
if (existsSync(`${root}shared`) && existsSync(`${root}electron/cli`)) {
  const sources = Math.max(newestSource(`${root}shared`), newestSource(`${root}electron/cli`));
  if (statSync(built).mtimeMs < sources) {
    process.stderr.write('arranjo: note: the built command line is older than its sources; run "npm run build:cli" to update it.\n');
  }
}
await import(new URL(`file://${built}`).href);
