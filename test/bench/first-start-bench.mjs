// First start and area switches of the browser build (issue 16), driven by run.mjs with playwright-core:
//  - first start: fresh browser storage, from navigation to the dashboard ready (`app-ready` and the
//    MG map's frame drawn), beside the floor: a bare page drawing the same MG map with ECharts alone
//    (renderer/bench-map.html). Runs alternate app / floor so a busy machine weighs on both alike;
//    the ratio of the medians is the figure (goal ≤ 2×);
//  - area switches: in a started app, each area opened from the navbar once, from the click to that
//    area's own ready marker (its chunk, its queries and its first frame); goal < 300 ms each.
// Measured 2026-12-03 on the shared 2-core machine at load average 20+ (so absolute times are
// inflated several times): first start 27.9 s vs floor 5.5 s = 5.05× (goal 2×, not met; the issue
// measured 5.5× before the prebuilt demo); area switches 0.6–4.8 s (goal 300 ms, not met).
// After the worker-start, shipped-demo, storage, chart and preload changes (branch g16b), same day,
// load average ~8: first start 7.9 s vs floor 1.65 s = 4.75×; area switches median 0.63 s, slowest
// 1.3 s (economy). Side by side with the previous build in one process (alternating runs, load ~8):
// first start median 7.8 s vs 8.5 s. Goals still not met: the UI thread's own work (React and
// Mantine render, the map and the jobs chart, ~6 s CPU under load) now dominates, and each area's
// first queries (economy's analyses, initiatives' list) dominate its switch.
// Branch r16 (2026-12-03, load average 12–16 from other checkouts' Playwright runs, so every figure is
// noisy), main vs r16 alternating, two runs each: first start ratio 4.23 / 5.93 (main) vs 5.19 / 5.81
// (r16): no difference visible through the noise; area switches (main / r16) economy 3,909 / 970 vs
// 2,751 / 2,950; initiatives 4,697 / 747 vs 2,773 / 2,586; prioritization 1,016 / 158 vs 1,391 / 776;
// back to the dashboard 2,264 / 665 vs 132 / 270 (kept mounted: no reload, no redraw). Engine side in
// Node (test-time profile): mapMetrics 138 → 14 ms, criterionSources 118 → 14 ms (schema 12 index),
// listInitiatives 45–60 → 11–14 ms, economy's five first analyses read the year once.
// Branch t16start (2026-12-03, load average 9–15 from other checkouts throughout: absolute times are
// inflated 2–3×). Traced (page marks in a non-minified build, CPU profiles): the worker started only
// after the whole UI graph was fetched and evaluated (~2 s at load 9); the page fetched the demo a
// second time (served unpacked, 19 MB) and cloned it into IndexedDB before the first screen (~3 s of
// main-thread CPU); the map and jobs chart asked their data only after the summary was drawn; the
// economy area drew 1,068 hidden territory options. After: tiny entry (worker requested at ~0.6 s),
// the demo stored as a Blob after the first screen, the dashboard's data in one round. Base (main)
// vs t16start alternating in one process, 5 runs each, load ~11: first start median 11.9 s vs 8.9 s.
// `npm run bench -- start`, load ~10: 6,447 ms vs floor 1,749 ms = 3.69× (the session's first run
// of main, load ~8: 4.78×); area switches economy 2,345, initiatives 1,493, territories 956 ms.
// What is left on the path (load ~10): the worker's engine chunk (800 kB) and the demo download,
// createWorkspace (~0.4 s), the UI's first render (React + Mantine ~1.5 s) and ECharts' setOption
// (~0.9 s for the map); in the areas, their first render (Mantine tooltips per value in economy,
// AG Grid) and, in initiatives, the map's setOption (~2 s at load 12).
// Branch t17start (2026-12-03, load average 10-15 from other checkouts throughout; `npm run bench --
// start` at the session's start, load 1 -> 11: 6,424 ms vs floor 1,660 ms = 3.87x). Traced main
// (Chromium trace with per-thread CPU profiles, source-mapped; load ~11): the shell is drawn at
// 2.4 s; in the worker, engine-start.js (800 kB) is fetched by 1.7 s, then its V8 parse and compile
// (~0.36 s CPU) and evaluation (~0.2 s) hold the worker until ~3.9 s; the demo, sent by vite preview
// with Content-Encoding: gzip, streams 19 MB into the worker until ~3.5 s (1.0 s of data tasks, then
// 0.47 s assembling the buffer); the workspace is ready at 4.8 s; the dashboard's queries take
// ~0.5 s in the worker; then one 1.75 s main-thread task (React's render of the dashboard with
// its data, ECharts' init and first draws: the forced layout under echarts.init 0.39 s, the first
// canvas measureText 0.17 s, the 853 regions, the jobs chart) draws the map at 6.9 s. The main
// thread idles from ~2.75 s to ~4.25 s. Tried, each side by side with main in one browser
// (alternating runs, 4-6 each, with the renderer process' CPU time from CDP Performance.getMetrics):
//  - the dashboard rendered while the workspace opens, the map's geometry drawn meanwhile as an
//    unshaded frame (a Chart `provisional` prop keeps `data-render-finished` for the drawn data),
//    and the workspace's first start asked before React's first render: load 13-15, median 10,573
//    vs 8,272 ms, renderer CPU 4,980 vs 4,550 ms. ECharts 6 rebuilds every region on every setOption
//    (MapDraw.draw removes and recreates them), so the frame is a whole extra map draw; with the
//    cores busy there is no idle window to hide it in. Kept on branch t17start-frame, to be compared
//    with main on a quiet machine, where the window exists (not measured here);
//  - the early start alone: 8,062 vs 7,492 ms (run pairs within noise), CPU 3,880 vs 3,960 ms: neutral;
//  - the demo built as `.gzip` so no server sends it with Content-Encoding: 2 MB on the wire, but the
//    worker then inflates it itself (DecompressionStream, 0.7 s at load 12) after the engine's start,
//    where the network service had done it in parallel: slower, not kept. In a page (load 5) the
//    encoded fetch took 690-750 ms, the raw fetch 110-370 ms plus 350-530 ms to inflate.
// Under load the figure follows the CPU the first start costs (renderer ~4.0-4.5 s vs the floor's
// ~0.95 s), not its parallelism: what is left to cut is work, in the worker's path (the engine
// chunk's compile and evaluation, the open, the dashboard's queries) and in the dashboard's one draw.
// Area switches, branch t17switch (2026-12-03, load average 10–13 from other checkouts throughout,
// so absolute times are inflated ~2.5× against the session's quiet figures: first start 8.8 s here vs
// 3.3 s quiet). The switch part now lives in area-switch-bench.mjs: 3 fresh starts (ARRANJO_SWITCH_RUNS),
// each area's first open, medians and every run, two lines (after the idle preload / at ready).
// Quiet main fc2db5f, one sample each: territories 345, economy 735, initiatives 534, import-export
// 306 ms (two earlier quiet runs: economy 1,273 / 693). Traced (RPC timings, CPU profiles, Chromium
// trace): economy waited for its base, then five analyses read cold in the worker (~1.3 s of worker
// time at load 10; 0.4 s cold / 0.06 s warm in Node); initiatives asked listInitiatives twice (the
// closed methodology library asked too) and drew its MG map twice (empty, then with the list);
// territories, works and import-export are AG Grid's first render (JS, not style or layout); the
// initiatives map is ECharts' setOption of the 853 MG municipalities (~1 s CPU at load 13).
// Changes: each area's first data asked while idle after the dashboard (PrefetchedData: keyed by query,
// deps and data version, served once, cleared on every change, undo, redo and load); the library asks
// only when open; the map waits for the list; economy's numbers use the native tooltip.
// Side by side at load ~11–13, medians of 3 (main at ready / branch at ready / branch after the
// preload, which took 1.0–1.9 s after the dashboard): territories 907 / 803 / 485–553, economy
// 1,790 / 1,185 / 554–602, initiatives 1,895 / 859–1,137 / 798–1,103, import-export 1,104 / 505–535
// / 581–688, works 667 / 599–646 / 414–473 ms. Then main / branch at ready, alternating (branch,
// main, branch, main; load 10–15): territories 1,238 / 709 / 484 / 806, economy 1,590 / 901 / 429 /
// 1,573, initiatives 2,308 / 937 / 614 / 1,531 ms: the noise at that load is as large as the change,
// and clicking at ready races the preload (its queries queue in the one worker before the area's).
// Still over 300 ms at that load: initiatives (its map), import-export, territories, works (AG Grid's
// first render), economy (Mantine render). The quiet re-measure decides.
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
    for (const marker of markers) await page.locator(marker).first().waitFor({ state: 'attached', timeout: 120_000 });
    return { ms: Date.now() - start, fetched: fetched ? [...fetched] : null, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Prints the first-start figure (with the first screen's bundle sizes) and the area switches. */
export async function runFirstStartBench(browser, { url, floorUrl, webOut, runs = 5 }) {
  const app = [];
  const floor = [];
  let firstScreenFiles = [];
  for (let i = 0; i < runs; i++) {
    const started = await timeToMarker(browser, url, ['[data-testid="app-ready"]', DASHBOARD_READY], i === 0);
    app.push(started.ms);
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
