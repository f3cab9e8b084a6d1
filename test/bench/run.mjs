// npm run bench: prints benchmark figures as JSON lines.
//  1. engine figures (demo workspace build, save, file size), built with Vite and run in Node;
//     then the multi-criteria figures (Monte Carlo 10,000 draws × 853 × 12, PROMETHEE II on 853 × 12);
//     then imports: a 100,000-row xlsx and a 1,000,000-row CSV beside their bare parse (time, peak memory);
//  2. browser build cold start to dashboard ready (median of 5), in Chromium via playwright-core, and
//     the size of what that first screen loads (kB, gzip) beside the whole build's;
//  3. the sites grid with 100,000 synthetic rows (first render, sort, filter) and the MG choropleth,
//     on the dev-only benchmark entry (renderer/bench.html, built into dist-bench/ by
//     test/bench/web.config.ts; the product build does not contain it);
//  4. the works area with 5,000 works × 24 measurements: portfolio grid and Gantt (first render, a
//     district filter) and the portfolio S-curve, each against 300 ms (`npm run bench -- works` alone).
// `npm run bench -- import engine` runs only the Node benches whose names contain one of the words
// (engine, mcda, economy, import) and skips the browser ones, `npm run bench -- web` only the
// browser ones; with no word, everything runs.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { bundleSizes, collectFetchedFiles } from './bundle-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);

const filters = process.argv.slice(2).map((f) => f.toLowerCase());
const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));

await build({ configFile: 'test/bench/vite.config.ts', logLevel: 'error' });
for (const name of ['engine-bench', 'mcda-bench', 'economy-bench', 'import-bench']) {
  if (!wanted(name)) continue;
  const run = spawnSync(process.execPath, [`out/bench/${name}.js`], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (filters.length > 0 && !filters.includes('web') && !filters.includes('works')) process.exit(0);
const onlyWorks = filters.length > 0 && !filters.includes('web');

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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const times = [];
  let firstScreenFiles = null;
  for (let i = 0; i < (onlyWorks ? 0 : 5); i++) {
    const context = await browser.newContext(); // fresh storage: a true first start, demo built in the worker
    const page = await context.newPage();
    const fetched = i === 0 ? collectFetchedFiles(page, url) : null;
    const start = Date.now();
    await page.goto(url);
    await page.locator('[data-testid="app-ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.locator('[data-testid="dashboard-map"][data-render-finished="true"]').waitFor({ timeout: 120_000 });
    times.push(Date.now() - start);
    if (fetched) firstScreenFiles = [...fetched];
    await context.close();
  }
  times.sort((a, b) => a - b);
  if (!onlyWorks)
    console.log(
      JSON.stringify({
        bench: 'web_cold_start_to_dashboard_ready',
        unit: 'ms',
        median: times[2],
        runs: times.length,
        all: times,
        note: 'fresh browser storage: includes building the demo workspace in the worker',
      }),
    );
  if (!onlyWorks) console.log(JSON.stringify(bundleSizes(webOut, firstScreenFiles ?? [])));
  // 3. the territories views: grid with 100,000 synthetic rows, MG choropleth; 4. the works area (test/bench/grid-bench.mjs).
  const { runCompareBenches, runWorksBenches } = await import('./grid-bench.mjs');
  if (!onlyWorks) await runCompareBenches(browser, benchUrl);
  await runWorksBenches(browser, benchUrl);
  await browser.close();
} finally {
  for (const server of servers) server.kill();
}
