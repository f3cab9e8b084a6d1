#!/usr/bin/env node
// `npx arranjo`: runs the built CLI, building it first when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = `${root}out/cli/cli.js`;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|sql)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(newestSource(`${root}shared`), newestSource(`${root}electron/cli`));
if (stale) {
  try {
    const { build } = await import('vite');
    await build({ configFile: `${root}electron/cli/vite.config.ts`, logLevel: 'error' });
  } catch (error) {
    process.stderr.write(`arranjo: could not build the command line: ${error.message}\nRun "npm install" in the project folder.\n`);
    process.exit(1);
  }
}
await import(new URL(`file://${built}`).href);
