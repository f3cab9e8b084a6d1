// node test/bench/works-open-bench.mjs <workspace.arranjo> <runs> <label>=<url> [<label>=<url> …]
// Obras' first open in the browser build with a workspace of your own (issue 16), for comparing builds:
// serve each build on its own port (ARRANJO_WEB_OUT=dist-web-x npx vite preview --config
// renderer/vite.web.config.ts --port N) and name them here; the runs alternate between them (A, B, A, B…),
// since the machine is shared. Each run: a fresh context, the app opened, the workspace uploaded through
// Open, the page reloaded (it reopens that workspace, and the idle preload asks works' data ahead), then
// Obras clicked once the preload is done. Per run: `rows`, ms from the press to the frame painted with the
// works grid's rows (in the page); `cpu`, ms of the renderer main thread's tasks (a trace: thread time,
// not wall) and `layouts`, its Layout events, from the press to 0.5 s after the rows are painted. At the
// end, per build: medians and ranges. The agency-scale workspace: node test/bench/agency-portfolio.mjs
// <dir>, then `node out/cli/cli.mjs init <ws> --demo` and `sh <dir>/import.sh <ws>` (after npm run build:cli).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchChromium } from '../launch-chromium.mjs';
import { watchSwitch } from './area-switch-bench.mjs';

const [file, runsArg, ...named] = process.argv.slice(2);
if (!file || !runsArg || named.length === 0) {
  console.error('Usage: node test/bench/works-open-bench.mjs <workspace.arranjo> <runs> <label>=<url> …');
  process.exit(2);
}
const builds = named.map((arg) => {
  const at = arg.indexOf('=');
  return { label: arg.slice(0, at), url: arg.slice(at + 1) };
});
const buffer = readFileSync(file);
const ROWS = '[data-testid="works-grid"] .ag-row';

/** The busiest renderer main thread of a trace: CPU of its tasks and its layouts, in ms. */
function mainThread(events) {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const threads = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    const t = threads.get(key) ?? { cpu: 0, layouts: 0 };
    threads.set(key, t);
    if (e.name === 'RunTask') t.cpu += (e.tdur ?? 0) / 1000;
    if (e.name === 'Layout') t.layouts++;
  }
  return [...threads.values()].sort((a, b) => b.cpu - a.cpu)[0] ?? { cpu: 0, layouts: 0 };
}

async function run(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'pt-BR' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="app-ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByTestId('workspace-menu').click();
    await page.getByTestId('action-open').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('action-open-file').click();
    await (await chooser).setFiles({ name: 'bench.arranjo', mimeType: 'application/octet-stream', buffer });
    await page.waitForTimeout(3000); // opened and stored
    await page.reload();
    await page.locator('[data-testid="app-ready"][data-preloaded="true"]').waitFor({ state: 'attached', timeout: 180_000 });
    await page.waitForTimeout(1500);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
    await page.evaluate(watchSwitch, [ROWS]);
    await page.getByTestId('nav-works').click();
    const [rows] = await page.evaluate(() => window.__arranjoSwitch);
    await page.waitForTimeout(500);
    const main = mainThread(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    const works = Number(await page.getByTestId('works-ready').getAttribute('data-count'));
    return { rows: Math.round(rows), cpu: Math.round(main.cpu), layouts: main.layouts, works };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const browser = await launchChromium(chromium);
const results = new Map(builds.map((b) => [b.label, []]));
try {
  for (let i = 0; i < Number(runsArg); i++) {
    for (const build of builds) {
      const result = await run(browser, build.url);
      results.get(build.label).push(result);
      console.log(JSON.stringify({ build: build.label, run: i + 1, ...result }));
    }
  }
} finally {
  await browser.close();
}
for (const [label, all] of results) {
  const figure = (key) => ({
    median: median(all.map((r) => r[key])),
    range: [Math.min(...all.map((r) => r[key])), Math.max(...all.map((r) => r[key]))],
  });
  console.log(
    JSON.stringify({
      bench: 'works_first_open',
      build: label,
      runs: all.length,
      works: all[0]?.works,
      rows_ms: figure('rows'),
      cpu_ms: figure('cpu'),
      layouts: figure('layouts'),
    }),
  );
}
