// npm run bench: prints benchmark figures as JSON lines.
//  1. engine figures (demo workspace build, save, file size), built with Vite and run in Node;
//     then the multi-criteria figures (Monte Carlo 10,000 draws × 853 × 12, PROMETHEE II on 853 × 12);
//     then imports: a 100,000-row xlsx and a 1,000,000-row CSV beside their bare parse (time, peak memory);
//     then `arranjo info` on the 12 MB demo and a ~40 MB all-Brazil workspace, quick vs full check
//     (test/bench/workspace-open-bench.ts, `npm run bench -- open`); then the all-Brazil CSV import
//     and three `arranjo analyze` calls beside pandas (test/bench/cli-bench.ts, `npm run bench -- cli`);
//     then the works workbook at agency scale (400 works, 9,600 measurements) beside exceljs writing the same
//     cells bare (test/bench/workbook-bench.ts, `npm run bench -- workbook`);
//  2. browser build first start to dashboard ready (median of 9, from navigation start to the frame painted
//     with the markers, in the page's clock), in Chromium via playwright-core,
//     beside a bare page drawing the same MG map with ECharts alone (ratio), the size of what that
//     first screen loads (kB, gzip) beside the whole build's, the browser's peak memory during a first
//     start (all its processes, PSS) beside the floor page's, and each area's first open after a fresh
//     start, repeated (test/bench/first-start-bench.mjs, area-switch-bench.mjs);
//  3. the sites grid with 100,000 synthetic rows (first render, sort, filter) and the MG choropleth,
//     on the dev-only benchmark entry (renderer/bench.html, built into dist-bench/ by
//     test/bench/web.config.ts; the product build does not contain it);
//  4. the works area with 5,000 works × 24 measurements: portfolio grid and Gantt (first render, a
//     district filter) and the portfolio S-curve, each against 300 ms (`npm run bench -- works` alone).
// `npm run bench -- import engine` runs only the Node benches named by the words (engine, mcda, economy,
// import, open, cli, workbook; exact words, not parts of names: `works` once also started workspace-open-bench)
// and skips the browser ones, `npm run bench -- web` only the browser ones, `npm run bench -- start`
// only the first start and area switches, `npm run bench -- works` only the works area; with no word,
// everything runs. An unknown word is refused with the list of words.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../launch-chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);

const filters = process.argv.slice(2).map((f) => f.toLowerCase());
// Each word names benches exactly (a word is never matched inside another bench's name).
const NODE_BENCHES = {
  engine: 'engine-bench',
  mcda: 'mcda-bench',
  economy: 'economy-bench',
  import: 'import-bench',
  open: 'workspace-open-bench',
  cli: 'cli-bench',
  workbook: 'workbook-bench',
};
const BROWSER_WORDS = ['web', 'works', 'start'];
const unknown = filters.filter((f) => !(f in NODE_BENCHES) && !BROWSER_WORDS.includes(f));
if (unknown.length > 0) {
  console.error(`Unknown bench word(s): ${unknown.join(', ')}. Known: ${[...Object.keys(NODE_BENCHES), ...BROWSER_WORDS].join(', ')}.`);
  process.exit(2);
}
const wanted = (name) => filters.length === 0 || filters.some((f) => NODE_BENCHES[f] === name);

await build({ configFile: 'test/bench/vite.config.ts', logLevel: 'error' });
// The CLI, as the open bench runs it (whole processes).
if (wanted('workspace-open-bench') || wanted('cli-bench')) await build({ configFile: 'electron/cli/vite.config.ts', logLevel: 'error' });
for (const name of Object.values(NODE_BENCHES)) {
  if (!wanted(name)) continue;
  const run = spawnSync(process.execPath, [`out/bench/${name}.js`], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (filters.length > 0 && !BROWSER_WORDS.some((f) => filters.includes(f))) process.exit(0);
const browserWanted = (word) => filters.length === 0 || filters.includes('web') || filters.includes(word);

// The product build, as shipped (rebuilt: its size is one of the figures), and the benchmark entry.
const webOut = process.env.ARRANJO_WEB_OUT ?? 'dist-web';
await build({ configFile: 'renderer/vite.web.config.ts', logLevel: 'error' });
await build({ configFile: 'test/bench/web.config.ts', logLevel: 'error' });
const { chromium } = await import('playwright-core');
// ARRANJO_BENCH_PORT: several checkouts on one machine each serve on their own pair of ports.
const port = Number(process.env.ARRANJO_BENCH_PORT ?? 4180);
const benchPort = port + 1;
const preview = (config, p) =>
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', config, '--port', String(p), '--strictPort'], {
    stdio: 'ignore',
  });
const servers = [preview('renderer/vite.web.config.ts', port), preview('test/bench/web.config.ts', benchPort)];
async function serving(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* server not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
try {
  const url = `http://127.0.0.1:${port}/`;
  const benchUrl = `http://127.0.0.1:${benchPort}/bench.html`;
  await serving(url);
  await serving(benchUrl);
  const browser = await launchChromium(chromium);
  if (browserWanted('start')) {
    const { runFirstStartBench } = await import('./first-start-bench.mjs');
    await runFirstStartBench(browser, { url, floorUrl: `http://127.0.0.1:${benchPort}/bench-map.html`, webOut });
  }
  // 3. the territories views: grid with 100,000 synthetic rows, MG choropleth; 4. the works area (test/bench/grid-bench.mjs).
  const { runCompareBenches, runWorksBenches } = await import('./grid-bench.mjs');
  if (filters.length === 0 || filters.includes('web')) await runCompareBenches(browser, benchUrl);
  if (browserWanted('works')) await runWorksBenches(browser, benchUrl);
  await browser.close();
} finally {
  for (const server of servers) server.kill();
}
