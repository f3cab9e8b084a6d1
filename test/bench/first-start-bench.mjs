// First start of the browser build (issue 16), driven by run.mjs with playwright-core:
//  - fresh browser storage, from navigation to the dashboard ready (`app-ready` and the MG map drawn
//    with the workspace's data), beside the floor: a bare page drawing the same MG map with ECharts
//    alone (renderer/bench-map.html). Runs alternate app / floor so a busy machine weighs on both
//    alike; the ratio of the medians is the figure (goal ≤ 2×);
//  - the size of what the first screen loads beside the whole build's, and the browser's peak memory
//    during a first start (runs of their own);
//  - then the area switches (area-switch-bench.mjs).
// The path of a first start now (2026-12-03/04, quiet-machine timings from a page timeline and a
// Chromium trace; ms from navigation):
//   ~300  the entry ran; the worker asked for sql.js's wasm, the demo (8.7 MB inflated since schema
//         14, was 18.8 MB; fetched by ~1300) and the engine chunk; the page for the UI's chunks and,
//         beside them, the language's texts, the MG geometry and the shipped first screen (main.ts);
//         on HTTP/1.1's six connections the last of these arrive at ~1400;
//  ~1500  the UI's first render;
//  ~2400  the dashboard drawn from the shipped demo's first screen (resources/demo/, built with the
//         demo; workspace/use-shipped-first-screen.ts) while the engine opens the demo (its
//         createWorkspace ~0.4 s cold in the worker); the page's main thread, busy drawing, takes the
//         engine's answer only after the draw;
//  ~2600  app-ready: the same data stands for the open demo, no query and no second draw.
// `mapDrawn` in the output is the first mark. Quiet machine (the bench's own clock, from before
// navigation): ready 2.87 s, map drawn 2.75-2.78 s, floor 1.02-1.09 s: 2.6-2.8x (was 4.2 s, 3.9x).
// The main thread is now the long pole: the UI's code evaluated (~1.1-1.5 s), React's render and the
// map's draw (~0.6 s).
// Tried and not kept: the engine chunk split in two (the open workspace's engine first, 526 kB, the
// other areas after it): no gain, since the dashboard asks three other areas at start; drawing the
// map's geometry unshaded while the workspace opens (ECharts 6 rebuilds every region on each
// setOption, so the frame is a whole extra draw); asking for the workspace before React's first
// render (neutral); shipping the demo packed for the worker to inflate itself, with
// DecompressionStream and again with fflate (slower end to end: the browser's network service
// inflates a Content-Encoding: gzip response in another process, beside the worker's compile).
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
