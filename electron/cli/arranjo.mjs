#!/usr/bin/env node
// `npx arranjo`: runs the command line that `npm run build` (and `npm ci`, through `prepare`)
// builds into out/cli. It never builds anything itself: a command line that writes into its own
// package folder on first run fails on read-only installs and hides a stale build.
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
