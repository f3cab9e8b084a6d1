// First start of the browser build (issue 16), driven by run.mjs with playwright-core:
//  - fresh browser storage, from navigation to the dashboard ready (`app-ready` and the MG map drawn
//    with the workspace's data), beside the floor: a bare page drawing the same MG map with ECharts
//    alone (renderer/bench-map.html). Runs alternate app / floor so a busy machine weighs on both
//    alike; the ratio of the medians is the figure (goal ≤ 2×);
//  - the size of what the first screen loads beside the whole build's, and the browser's peak memory
//    during a first start (runs of their own);
//  - then the area switches (area-switch-bench.mjs).
// Where the time goes (2026-12-03, t18start: performance marks in the worker and the page, per-thread
// CPU profiles; machine under load ~8, so ms are ~2-3x a quiet run's; ms from navigation):
//   ~400  the entry ran and the worker asked for sql.js's wasm, the demo and the engine chunk;
//   ~980  engine chunk (800 kB; 361 kB of its source is zod, the rest every feature area) in; its
//         requests had waited ~300 ms for one of the six HTTP/1.1 connections behind the UI's 16;
//  ~2080  compiled (~1.1 s loaded, ~0.36 s quiet), then evaluated and sql.js instantiated (~0.13 s);
//  ~3010  demo open: createWorkspace 0.8 s (Node: 0.12 s, nearly all sql.js copying the 19 MB into its
//         in-memory file system, fresh memory);
//  ~3260  history, React, the dashboard's questions asked; dashboardFirst 0.46 s (Node cold 0.2 s:
//         listMapMetrics 0.10, mapMetricValues 0.09, sectorTotals 0.02; warm 0.05 s: mostly
//         first-use sql.js code, the same SELECT DISTINCT over employment 4 times);
//  ~3730  main thread: React's render of the dashboard 0.35 s, with floating-ui's positioning of the
//         selects forcing a style recalc (~0.3 s in a profile) and the locale's first Intl number
//         format (~0.16 s); ~4070-4770 the map's setOption, drawn synchronously (0.7 s); ~5040
//         app-ready after the jobs chart.
// Since then: the UI's code is asked for once the worker asked for its downloads (engine-client.ts);
// the jobs chart's sources come with dashboardFirst; the dashboard's frame and the first number
// format are made while the workspace opens; the dashboard's selects keep no closed option list
// (floating-ui positioned them at start); only the language in use is loaded; the maps build no
// hidden label per region (components/map-geo.ts); the demo is 8.7 MB inflated (1.5 MB packed),
// down from 18.8 MB: value sources stored once, no index by subject (schema 14). Quiet machine:
// 4.2-4.3 s vs the floor's 1.1-1.2 s (before schema 14). Next by size: the demo response (its
// arrayBuffer() last before the engine is ready in most runs; indicator_value 3.9 MB, its periods
// index 3.0 MB) and the engine chunk's compile competing with the UI's on two cores.
// Tried and not kept: the engine chunk split in two (the open workspace's engine first, 526 kB, the
// other areas after it): no gain, since the dashboard asks three other areas at start; drawing the
// map's geometry unshaded while the workspace opens
// (ECharts 6 rebuilds every region on each setOption, so the frame is a whole extra draw: slower
// under load), asking for the workspace before React's first render (neutral), and shipping the demo
// pre-compressed for the worker to inflate (slower: the browser's network service inflated it in
// parallel before).
import { runAreaSwitchBench } from './area-switch-bench.mjs';
import { sampleBrowserMemory } from './browser-memory.mjs';
import { bundleSizes, collectFetchedFiles } from './bundle-size.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (o) => console.log(JSON.stringify(o));
const DASHBOARD_READY = '[data-testid="dashboard-map"][data-render-finished="true"]';

async function timeToMarker(browser, url, markers, collect) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // fresh storage
  try {
    const page = await context.newPage();
    const fetched = collect ? collectFetchedFiles(page, url) : null;
    const start = Date.now();
    await page.goto(url);
    // The time to each marker in turn (the last one's is the figure).
    const marks = [];
    for (const marker of markers) {
      await page.locator(marker).first().waitFor({ state: 'attached', timeout: 120_000 });
      marks.push(Date.now() - start);
    }
    return { ms: Date.now() - start, marks, fetched: fetched ? [...fetched] : null, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Prints the first-start figure (with the first screen's bundle sizes) and the area switches. */
export async function runFirstStartBench(browser, { url, floorUrl, webOut, runs = 5 }) {
  const app = [];
  const drawn = [];
  const floor = [];
  let firstScreenFiles = [];
  for (let i = 0; i < runs; i++) {
    // The map drawn (on a first start, while the engine may still open the demo), then the app ready.
    const started = await timeToMarker(browser, url, [DASHBOARD_READY, '[data-testid="app-ready"]'], i === 0);
    app.push(started.ms);
    drawn.push(started.marks[0]);
    if (started.fetched) firstScreenFiles = started.fetched;
    await started.context.close();
    const bare = await timeToMarker(browser, floorUrl, ['[data-testid="bare-map"][data-render-finished="true"]'], false);
    floor.push(bare.ms);
    await bare.context.close();
  }
  const ratio = Number((median(app) / median(floor)).toFixed(2));
  line({
    bench: 'web_first_start_to_dashboard_ready',
    unit: 'ms',
    median: median(app),
    runs,
    all: app,
    mapDrawn: { median: median(drawn), all: drawn, note: 'the dashboard map drawn with the demo data, before or after the engine is ready' },
    floor: { median: median(floor), all: floor, page: 'renderer/bench-map.html: the same MG map drawn by ECharts alone' },
    ratio,
    goal: '≤ 2× the floor',
    met: ratio <= 2,
    note: 'fresh browser storage each run: the prebuilt demo workspace is fetched, opened and stored',
  });
  line(bundleSizes(webOut, firstScreenFiles));

  // Peak memory of a first start (every browser process, PSS; test/bench/browser-memory.mjs), in runs
  // of their own: sampling /proc costs CPU the timed runs above must not share.
  const peakOf = async (target, markers) => {
    const sampler = sampleBrowserMemory();
    const started = await timeToMarker(browser, target, markers, false);
    const peak = sampler.stop();
    await started.context.close();
    return peak;
  };
  const appPeak = await peakOf(url, ['[data-testid="app-ready"]', DASHBOARD_READY]);
  const floorPeak = await peakOf(floorUrl, ['[data-testid="bare-map"][data-render-finished="true"]']);
  line({
    bench: 'web_first_start_peak_memory',
    unit: 'MiB',
    peakMiB: appPeak,
    floorPeakMiB: floorPeak,
    goal: '< 1024 MiB',
    met: appPeak === null ? null : appPeak < 1024,
    note: 'the whole browser (all its processes, proportional set size) from navigation to the dashboard ready, fresh storage; the floor page the same way',
  });

  // Area switches: each area's first open after a fresh start, repeated (test/bench/area-switch-bench.mjs).
  await runAreaSwitchBench(browser, { url, startMarkers: ['[data-testid="app-ready"]', DASHBOARD_READY] });
}
