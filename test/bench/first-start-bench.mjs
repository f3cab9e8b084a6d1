// First start of the browser build (issue 16), driven by run.mjs with playwright-core:
//  - fresh browser storage, from navigation to the dashboard ready (`app-ready` and the MG map drawn
//    with the workspace's data), beside the floor: a bare page drawing the same MG map with ECharts
//    alone (renderer/bench-map.html). Runs alternate app / floor so a busy machine weighs on both
//    alike; the ratio of the medians is the figure (goal ≤ 2×);
//  - the size of what the first screen loads beside the whole build's, and the browser's peak memory
//    during a first start (runs of their own);
//  - the CPU a first start costs, every browser thread, beside the floor's (browser-cpu.mjs);
//  - then the area switches (area-switch-bench.mjs).
// Since df5ba6d (2026-12-04) the browser is launched without Chromium's omnibox popup WebUI
// (test/launch-chromium.mjs): headless Chromium 156 built it for every fresh context, ~200 chrome://
// modules in renderers of their own for the first ~1.9 s, on the same 2 cores. Both pages got faster
// and the floor, all of whose run lay inside that window, the most: app 2,851 -> 2,019 / 2,133 /
// 2,204 ms, floor 1,182 -> 716 / 714 / 793 ms, the ratio 2.41x -> 2.82x / 2.99x / 2.78x (three runs).
// The figures below that date were taken with the popup; the path is the same without it, sooner:
// the UI's chunks in by ~870 ms (the last ~250 ms of it waiting for one of the 6 connections the
// browser opens to a host, 3 held by the worker's downloads), the modules evaluated by ~1,030, the
// first render to ~1,250, the dashboard with its data and both charts drawn in one task (~0.55 s:
// both charts' setOption ~0.4 s in a CPU profile, ~90 ms of it the map's continuous visual-map
// legend, most of that ECharts' first text measurement), map drawn ~1,950, ready ~2,150. The
// worker is done by ~1,470 (its answer waits for that task).
// The path of a first start now (2026-12-04, quiet machine, page marks from navigation):
//   ~300  the entry ran; the worker asked for sql.js's wasm, the demo (8.7 MB inflated) and the engine
//         chunk; the page for the UI's chunks and the first screen's data (main.ts);
//  ~1150  the UI's code evaluated (its chunks in by ~900), ~1400 its first render ("Abrindo…");
//  ~1750  the shipped first screen and the MG geometry in: the map's setOption (0.35-0.55 s, as long
//         as the floor's own), then the jobs chart: the map drawn at ~2,100-2,300;
//  ~1800  the worker has opened the demo: since 2026-12-04 it answers the build's record of the
//         demo's counts (resources/demo/arranjo-demo.info.json) instead of counting ~110,000 rows;
//         the page takes its answer after the draw;
//  ~2300  app-ready (~0.2 s after the draw: the controller's last steps and one render of the shell).
// A first start is bound by CPU, not by one thread (web_first_start_cpu): 2 cores, ~5.0 s of CPU in
// ~2.5 s from navigation (before the record ~5.5 s: the counts also made SQLite's WebAssembly hot,
// and V8 compiled it again, optimized, on its background threads: ~0.3 s less with --liftoff-only);
// the floor ~1.9 s. The bench's line counts from the page's creation, its renderer's start included
// (~0.6 s more on both sides: app ~5.6 s, floor ~2.5 s). Whatever any thread spends weighs on the
// page: with the worker doing nothing, the map was drawn ~0.8 s sooner. Quiet machine, four runs (the
// bench's clock, from before navigation): ready 2.48-2.65 s, map drawn 2.30-2.49 s, floor 0.99-1.09
// s: 2.3-2.7x (was 2.87 s, 2.6-2.8x; 4.2 s, 3.9x before the shipped first screen).
// Tried and not kept: the engine chunk split in two (the open workspace's engine first, 526 kB, the
// other areas after it): no gain; as an ablation (2026-12-04) five of eight areas dropped from it (846
// -> 537 kB): no measurable change either; drawing the map's geometry unshaded while the workspace
// opens (ECharts 6 rebuilds every region on each setOption, so the frame is a whole extra draw);
// asking for the workspace before React's first render (neutral; again 2026-12-04 as the first screen
// and geometry in before the first render: drawn -40 ms, ready +90 ms, noise); shipping the demo
// packed for the worker to inflate itself, with DecompressionStream and again with fflate (slower
// end to end; again 2026-12-04, served without Content-Encoding: drawn -50 ms, ready +80 ms); the
// UI's chunks asked at once instead of after the worker's downloads (neutral); React, Mantine,
// ECharts and i18next in one chunk (the page's files in ~150 ms sooner, ready unchanged, twice); the
// polos' outline regions off (no change in the map's setOption); a SQLite warm-up in the worker
// right after sql.js's instantiation (the first click at ready 1.1 s -> 0.47 s, but the first start
// +0.2 s: the goal here is the first screen).
// 2026-12-04 afternoon (traces of a first start): the page's main thread is mostly idle from ~500 to
// ~1,100 ms, waiting for the UI's chunks: start-app (486 kB) and Chart (633 kB) answered 400-700 ms
// after they were asked, on 2 cores busy with the worker, the browser's own processes and the
// preview server; from ~1,100 it is busy to the end (modules 150-190 ms, first render 140-240 ms, the
// map's setOption ~400 ms as the floor's ~500, then commits and layout). Tried, not kept: serving
// both pages from a plain static server that does not gzip on the fly as vite preview does (app
// -130 ms, floor -85 ms, the ratio unchanged: 2.82 vs 2.71, 5 runs each); the worker fetching the demo
// 0.6 s later, to leave the connections to the UI's chunks (2.69 vs 2.76 s, 7 runs: noise). The
// headless Chromium's omnibox WebUI renderer (it starts beside the first page of a launch) was busy
// for the first 1.2 s in those traces, though `--disable-features=WebUIOmniboxPopup` was given: that
// switch replaced Playwright's own `--disable-features` list (Chromium keeps the last) and left the
// two other popups (Aim, Full) on; test/launch-chromium.mjs now adds all three to Playwright's list.
// Tried again without the popup, not kept: the worker fetching the demo 0.5 s later (4 + 4 runs
// twice, interleaved: ready 1,779-2,149 vs 1,884-2,243 ms, noise).
// 2026-12-04 evening (page marks from navigation, quiet machine): chunks in by ~350 ms, modules
// ~395-500, first render ~506-614, the dashboard's task with the shipped first screen ~680-980 (map
// drawn), the engine's answer just after that task (asked at ~855, after the first render, once the
// browser's store said there is no workspace to reopen), app-ready ~1,150-1,370. Tried, not kept (10
// interleaved first starts each, in-page ready medians): the UI's chunks asked at once (1,469 vs
// 1,488 ms), the browser's IndexedDB opened by the entry so the store's answer is in before the first
// render (1,193 vs 1,195 ms).
// 2026-12-05 (ablation, not kept): the engine's worker created only once the dashboard's map was
// drawn (its messages queued until then). In-page marks, 3-4 runs each: the map drawn ~1,100-1,380
// ms instead of ~1,515-1,716, but app-ready 1,830-2,127 instead of 1,692-2,055 (the worker's ~0.7 s
// then runs after the draw, alone); the bench the same: map drawn 1,605 ms, ready 2,577 vs floor 754
// (3.42x). With the engine ready in the ready marker, reordering the two does not shorten the path:
// a first start is ~4 s of CPU on 2 cores (web_first_start_cpu) against the floor's ~1.4 s.
// 2026-12-06 (fstart audit): the loading signs were a quarter of a first start's CPU. Mantine's Loader
// ring and Skeleton pulse animate their ::after for as long as they show, and a running animation
// makes the browser draw and composite a frame 60 times a second: the "Abrindo…" ring from the first
// render to the engine's answer, the panels' rings and the counts' pulse until the first screen is in.
// In web_first_start_cpu that was the "gpu-process VizCompositorTh" (~1.0-1.6 s, floor ~0.07) and
// "renderer Compositor" (~0.3-0.5 s) groups, on the 2 cores the start needs. With every animation off
// (injected CSS, load 13-17): CPU 4,440-5,000 -> 2,700-3,200 ms, ready ~9.5 -> ~4.8 s. Kept: each
// loading sign stays still for its first second (renderer/src/app/app.css; an animation in its delay
// draws no frame), which on a quiet machine is the whole start after the first render. Interleaved,
// 6 + 6 runs at load 17 (starts of 7-14 s, so the ring moved for most of them): ready 13,654 -> 10,870
// ms, CPU 5,620 -> 4,710 ms (VizCompositorTh 1,572 -> 975), floor 2,585 ms; 5 + 5 at load 15: ready
// 9,816 -> 7,957 ms, CPU 4,720 -> 4,220 ms.
// Tried, not kept (2026-12-06, fstart audit; measured again on a quiet machine): the first screen's
// chunks (start-app and its static imports) opened with V8's compile hint `//# allFunctionsCalledOnLoad`,
// added by a build plugin after minification, so V8 compiles them whole on a background thread as they
// stream in (a trace had the main thread compiling ~3,500 functions on their first call, ~0.4 s of its
// ~1.1 s). Under load 14-16 (11 + 11 interleaved starts) the main thread's CPU fell 1,180 -> 940-1,090 ms
// and ready 6,613 -> 4,973 ms. Quiet (load ~1), two rounds of this bench alternating builds without and
// with it: ready 1,795 / 1,744 vs 1,505 / 1,907 ms, ratio to the floor 2.82 / 2.81 vs 2.78 / 2.90, CPU
// ratio 2.86 / 2.96 vs 3.09 / 2.89, slowest area at ready 479 / 479 vs 400 / 546 ms: no gain beyond the
// noise, and every function of React, Mantine and ECharts compiled whether called or not.
// 2026-12-07 (measured, nothing changed): the CPU ratio rose from 2.53-2.75x to 3.08x between two
// sessions, and the one first-screen change between them was the chart wrapper registering ECharts'
// LabelLayout (1ea7004; it runs a label-layout pass on every chart). Builds with and without it, 8 + 8
// interleaved first starts (load 0.8-4): ready 1,836 vs 1,952 ms (medians), map drawn 1,660 vs 1,852,
// CPU of every browser thread 2,280 vs 2,360 ms, the page's main thread 840 vs 870 ms: no cost; the
// rise was the machine (this session's full bench: CPU ratio 2.86x). Kept.
// Tried, not kept (2026-12-07): the first screen's code in one chunk (a build rule grouping every module
// the UI's entry reaches by static imports, the page's entry kept apart so the worker still starts first).
// A trace showed why it was worth a try: with no chunk rule the first screen asks ~25 files, most of
// them 1-20 kB, and waits 400-600 ms for each through the six connections (three held by the
// worker's downloads); the page's main thread is idle from ~550 to ~1,080 ms. In one chunk (1.65 MB
// raw) the file's first byte came ~1.1 s after it was asked (the preview server compressing it as
// the worker's downloads went out), later than the ~25 files' last (~1,075 ms); 6 + 6 interleaved
// starts under load 7-11: ready 3,161 vs 3,509 ms, CPU 2,360 vs 2,880 ms.
// 2026-12-07 (session 4, kept): the first screen's code in four chunks (renderer/vite.first-screen-
// chunks.ts). A trace on a faster host (the floor 277 ms, the app ~1.0 s quiet): the page asked ~35 UI
// files at ~140 ms, most of 1-20 kB (modules the first screen shares with an area, each a chunk of its
// own by default), and they were answered in turn through the three connections the worker's
// downloads leave; the last (the map's geometry and the first screen's data, asked after them) at
// ~1,000 ms, the page's main thread idle until then. Now every module the UI's first screen reaches by
// static imports is in one of four groups: ECharts with zrender (812 kB raw), Mantine with React DOM
// (636 kB), the other libraries (158 kB) and the app's own modules (207 kB); index.html preloads them
// beside the entry (its modules are the UI's, so they are in them too): 8 files before the data
// instead of ~35. The bundle keeps the modules' order (strictExecutionOrder; +1.2% of code): without
// it the chunks ran the UI's modules as they loaded, before the entry's, and zod made a schema before
// boot.ts set it not to compile (a CSP violation, csp.spec). Interleaved first starts (one browser, a
// fresh context each, builds alternating), ready medians, host loaded by three other agents:
// 12 + 12 at load 11-13, 1,705 -> 1,557 ms; three builds, 10 runs each, load ~11: 2,144 (before) /
// 2,151 (kept) / 1,836 (the UI started before the worker). Without the kept order (the UI's modules
// run at the chunks' load, before the worker: the CSP violation above), quieter (load 2-5): 1,404 ->
// 983 ms (8 + 8), and 1,177 -> 818 ms against 1,196 with the entry's modules in a chunk of their own.
// Tried, not kept: rolldown's maxSize on one group (25 uneven chunks, 0.2-360 kB).
// 2026-12-07 (session 5, measured, nothing kept). Where the CPU of a first start goes, per thread
// (/proc, 5 first starts each, medians, host at load ~2): the app 1,200 ms against the floor's 340 —
// the page's main thread 450 vs 150, the renderer's background pool 330 vs 90 (sql.js's WebAssembly
// compiled, ~3 MB more JavaScript streamed and parsed, V8's optimizing compilers), the engine's worker
// 140, the browser, network and GPU processes ~190 vs ~100. On 2 cores both the page's path and the
// engine's are long: the worker's answer to the demo's open (asked at ~360 ms, after the browser's
// store said there is nothing to reopen) is in at ~600, as the map is drawn. The page's main thread
// (a trace of an unminified build, from navigation): the first screen's chunks in by ~150, the UI's
// modules evaluated ~260-380 (ECharts 42 ms, the app's 26, Mantine with React DOM 18, the other
// libraries 16), the texts in ~380, the first render ~400-545, then one task with the shipped first
// screen's data and both charts (~620-950; ECharts' setOption ~210 of it: the map ~120, the jobs
// chart ~30 untraced), then the open's answer, the history's (~40 ms there and back) and the shell's
// render as ready (~40-65 ms). Tried, none kept (interleaved first starts from a static server, one
// browser, a fresh context each): the UI's code evaluated at once instead of after the worker's word
// (780 vs 741 ms, 10 + 10), with the texts asked at once too (808 vs 812 / 814, 12 each); the
// language's number and date formats made while the page waits for the worker's word (808 vs 796,
// 14 each); the open answering the history with it (an ablation with a fixed history): the ready
// marker's commit 719 -> 662 ms and its painted frame 745 -> 712 ms in the page (30 + 20 runs), but
// this bench's clock (Playwright seeing the marker) 759 -> 772 ms: not built.
// 2026-12-07 (session 6). The clock: Playwright's waitFor polls after 0, 20, 50, 100 and 100 ms, then
// every 500 ms, and a poll asked during a long task waits for it, so the old figure moved in steps and
// hid gains under a step; since 1ba21be each page times its markers itself (watchMarkers below), and
// the ratio did not move with it (12 rounds: 2.78x in the page, 2.75x on the old clock). With it
// (static server, one browser, a fresh context each, 20 interleaved rounds unless said, untraced long
// tasks from a PerformanceObserver): the page's main thread is busy from the first chunks (~150-180 ms)
// to ready, in five pieces: the UI's modules (~90-110 ms), the first render (~80), a status render
// and the shipped screen's arrival (~60 of small tasks), the dashboard's task (~205: the map's
// setOption ~130, the jobs chart's ~30, React ~45), and after the engine's answer, the ready render
// (~55: the shell and the dashboard at the new data version, the reference day's first date format)
// and a frame. The floor: one task of ~180 ms from ~110. Kept: the profile drawer and meeting mode out
// of the first screen (0425ab8: the app chunk 221 -> 99 kB; ready 787 -> 782 ms, within the noise;
// CPU of every thread 1,320 -> 1,250 ms, 10 runs). Tried, not kept: the open answering with its
// history (the engine's createWorkspace/openWorkspace, one round trip fewer): ready 820 -> 824 ms, and
// the map drawn 701 -> 809: the answer now came before the dashboard's frame was painted, and its
// render went first (the main thread's work is the same, only its order changed); with the demo's day
// from the build's record too (no SQL before ready): ready 794, the map drawn 759, so the dashboard
// showed ~60 ms later for ready ~26 ms sooner; the language's number and date formats made in the
// entry while the page waits for its chunks: ready 774 -> 748 and 796 -> 790 ms in two rounds (within
// the noise, as the last session found).
// The tail from the map drawn to ready (page marks in a scratch build, three runs, ~130 ms): the page
// finishes its task and takes the open's answer (~20 ms), asks the history (~30-35 ms there and back:
// the first SQL on the new database reads its schema), then four renders: the shell at ready (~13),
// the dashboard's subtree at the new data version (~29), the dashboard again once its panels report
// that version (~16), the shell with the marker (~13). Tried, not kept: the worker reading the demo's
// day right after answering the open (a timer, so the page's history question finds the schema read):
// ready 765 -> 777 ms and the map drawn 653 -> 716 (20 rounds): its ~35 ms of WebAssembly ran beside
// the page's dashboard task, and on 2 cores whatever runs beside that task delays it; asking the
// shipped screen's views alone (not the whole shell) to render when the demo starts opening: ready
// 793 -> 788 ms, drawn 665 -> 653 (the noise).
// 2026-12-07 (session 7). React's Profiler in a scratch build (react-dom/profiling): at the open's
// answer the shell re-rendered the header (~7 ms: its menus' and tooltips' floating parts) at the
// last step before `app-ready`, only because App's own state moved. Kept: the header and the
// dashboard's key counts memoized (test/unit/renderer/shell-memo.test.ts): ready 711 -> 697 ms, the
// map drawn 599 -> 589 (40 interleaved rounds; 714 -> 705 in 20 more). Tried, not kept: the
// dashboard telling the shell it is loaded from a layout effect (no frame between the last panel and
// `app-ready`): 687 -> 678 ms in 30 rounds, the noise; the File menu memoized too: 672 -> 674; the
// workspace's start asked before React's first render rather than from its effect: 688 -> 686 (the
// worker still opened the demo during the dashboard's task: the browser store's answer waits for the
// first render either way); the worker reading the demo's day before answering the open (the
// history's first SQL, ~30-35 ms of WebAssembly compiled on first use): ready 714 -> 737 ms, the map
// drawn 611 -> 679, the whole cost again of anything run beside the dashboard's task on 2 cores.
// Kept: the engine answers the shipped demo's history without SQL until its first change (its day is
// the build's, SHIPPED_DEMO_DAY), so nothing compiles SQLite's parser between the map and `app-ready`:
// the page no longer waits ~30-35 ms for the worker there. Ready 687 -> 648 ms with a scratch version,
// 700 -> 656 with the kept one (30 interleaved rounds each), the map drawn 595 -> 588.
// Then the dashboard's works panel asked the engine for its portfolio at ready: the first real SQL
// (~40 ms in the worker) ran beside the ready render, and with nothing asked (a scratch build) ready
// came 653 -> 615 ms. Kept: the shipped demo's works at its day come with its shipped first screen
// and stand for the panel's answer once the demo is open (its day known): ready 648 -> 624 ms, the map
// drawn 573 -> 570 (30 rounds; first built into every first screen, where a large portfolio held up a
// live dashboard's map, then kept to the shipped one: 662 -> 666 ms against that, the same). Shown from the first screen's frame instead (before the demo's day is
// known): ready 653 -> 642 but the map drawn 577 -> 596, its table drawn before the map.
// Tried, not kept (same session): the first render held until the browser store answered and the
// shipped screen was in (one render with the data, no frame of loaders): ready 654 -> 672 ms and the
// map drawn 585 -> 659 (the page sat idle for the store, then drew everything in one ~150 ms task);
// the chart wrapper's instance in a ref instead of state (no render of each chart between its start
// and its first option): 640 -> 632 and 625 -> 627 ms in two rounds of 30, the noise. Seen, left: the
// first NumberFormat and DateTimeFormat of a language (~10 ms each, ICU's data) and the floating
// parts of Mantine's menus and tooltips (a second render after mount, ~7 ms) are on the first start's
// path; the main thread has no idle moment before ready to move them to.
// 2026-12-07 (session 8). A first start is bound by the whole browser's CPU on 2 cores, not by one
// thread: in a trace of an unminified build the page's main thread ran at 60-75 % of its wall time in
// its long tasks (modules 95 ms wall / 56 CPU, first render 149 / 102, the dashboard's task 265 / 200),
// waiting for a core the engine's worker, V8's background threads and the browser's processes held. By
// /proc (7 interleaved starts, medians): app 1,080 ms of CPU against the floor's 340 (the page's main
// thread 490 vs 140, the renderer's thread pool 240 vs 90, the worker 120, browser, network and GPU
// ~180 vs ~110). The worker's part: its 968 kB engine chunk compiled unstreamed on its own thread
// (v8.compileModule 51 ms, "already disabled streaming"), every area's zod schemas built at load
// (~30 ms), the demo inflated (DecompressionStream, 37 ms) and opened (~40 ms). So a lever has to take
// CPU away, not move it. Kept: zod out of the first screen (7d14808: the territories' types re-exported
// a value of the table export, so the page evaluated zod and built its schema before the first render;
// 30 interleaved rounds, ready 644 -> 634 ms, the map drawn 591 -> 580). Measured, not kept: the
// browser store's answer skipped entirely (an ablation): ready 630 vs 636, the map drawn 577 vs 570 (30
// rounds); the answer comes while the main thread still lays out and paints the first frame. Kept: the
// first screen's closure follows a library's index only to the names taken from it
// (renderer/vite.first-screen-closure.ts). Followed wholesale, Mantine's index, ECharts' charts and
// components indexes and zod's core brought every module they re-export into the first screen's
// chunks: the charts (treemap, line, custom, heatmap), components (data zoom, mark lines) and forms only
// an area uses. ECharts' chunk 812 -> 662 kB, Mantine's 636 -> 528 kB (raw); the first screen's code
// 1,354 -> 1,273 kB gzip in 17 files (zod's settings now in the libraries' chunk, not a fifth file).
// Interleaved, 30 rounds each way: ready 650 -> 642 and 669 -> 665 ms, the map drawn 598 -> 591 and
// 614 -> 613; CPU of every thread 1,060 -> 1,030 ms (9 rounds; the renderer's thread pool 260 -> 220).
// The area switch at ready (it races the idle preload, which now fetches the areas' library modules
// with their code) read the same as before within its noise: Economia 283 / 283 ms (runs 321, 252,
// 283 and 283, 297, 240) against 301 (308, 153, 301) for the build before, Territórios 240 / 276
// against 278. The first screen's files are now those asked for before the frame with the dashboard
// ready was painted, in the page's clock: counted until Playwright saw the markers (its polling lags
// by up to 500 ms), the idle preload's first area chunks came in too and the count moved between runs
// (17-19 files, 1,354-1,556 kB).
// 2026-12-08 (session 9, measured, nothing kept for the first start). The full bench on 229d7dd: 742 vs
// 309 ms (2.40x), an hour later 835 vs 331 (2.52x); ab runs from a static server 719 vs 283 (2.54x).
// - The worker's share, as an ablation (its downloads and start held 1.5 s, its word to the page
//   sent at once): the map drawn 627 -> 551 ms (12 interleaved rounds). In a trace the worker is done
//   by ~620 ms, inside the page's dashboard task (~530-830 ms), whose end the page's path waits for:
//   what the worker costs the path is its CPU on the 2 cores, ~76 ms of it.
// - The worker started before the first screen's chunks (the page's entry in a chunk of its own,
//   the four chunks preloaded by links): it started at 127 ms instead of 116. The entry's file came
//   ~60 ms after it was asked, as the other eight did; on 2 cores the server answers them together.
// - The language's number and date formats and its stored choice (localStorage's first read, ~7 ms)
//   made in the entry while the page waits for the worker's word: ready 719 -> 725 ms (30 rounds).
// - React's Profiler (react-dom/profiling, a scratch build): the first render's render phase is ~43
//   ms (the header 13, the dashboard's frame 17, the navbar 5.5; its menus' and tooltips' floating
//   parts), the data render ~11-58 ms; the first render's task (~112 ms) is mostly React DOM's commit,
//   Mantine's effects and code run for the first time, for ~285 DOM nodes.
// - In the dashboard's task ECharts' setOption is the map's 123-142 ms (the floor's 134-152 ms) and
//   the jobs chart's 28-31 ms: the map costs what the floor's does.
// - Served without compression (a static server instead of vite preview): the ratio the same (2.47-
//   2.54x). sql.js's strings read with TextDecoder (0.26-0.43 us each in Chromium against 0.08-0.17 us
//   by hand): too few strings on this path to matter.
import { runAreaSwitchBench } from './area-switch-bench.mjs';
import { cpuBetween, readBrowserCpu } from './browser-cpu.mjs';
import { sampleBrowserMemory } from './browser-memory.mjs';
import { bundleSizes, collectFetchedFiles } from './bundle-size.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (o) => console.log(JSON.stringify(o));
const DASHBOARD_READY = '[data-testid="dashboard-map"][data-render-finished="true"]';

/**
 * Installed before the page's first script: the time each marker is first in the document and the time
 * the frame drawn with it was painted (a task queued from the next animation frame runs after that
 * frame's paint), in the page's own clock, from navigation start. Playwright's waitFor only tells when
 * it looked: it polls after 0, 20, 50, 100 and 100 ms, then every 500 ms (playwright-core 1.65,
 * retryWithProgressAndBackoff), and a poll asked during a long task waits for it.
 */
function watchMarkers(selectors) {
  const seen = {};
  window.__markerTimes = seen;
  const look = () => {
    for (const selector of selectors) {
      if (seen[selector] || !document.querySelector(selector)) continue;
      const mark = { attached: performance.now(), painted: null };
      seen[selector] = mark;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (mark.painted = performance.now());
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-render-finished', 'data-testid'],
  });
}

/**
 * A fresh context's first visit of `url`, until every marker is in: `ms` is when the last of them was
 * painted, `marks` each one's, both from navigation start in the page's clock (watchMarkers); `wallMs`
 * is what the bench's own clock read once Playwright saw the last (its polling's delays included).
 */
async function timeToMarker(browser, url, markers, collect) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'pt-BR' }); // fresh storage
  try {
    const page = await context.newPage();
    await page.addInitScript(watchMarkers, markers);
    const fetched = collect ? collectFetchedFiles(page, url) : null;
    const start = Date.now();
    await page.goto(url);
    for (const marker of markers) await page.locator(marker).first().waitFor({ state: 'attached', timeout: 120_000 });
    const wallMs = Date.now() - start;
    const times = await page.waitForFunction(
      (selectors) => selectors.every((s) => window.__markerTimes[s]?.painted != null) && window.__markerTimes,
      markers,
      { timeout: 10_000 },
    );
    const byMarker = await times.jsonValue();
    const marks = markers.map((marker) => Math.round(byMarker[marker].painted));
    const ms = Math.max(...marks);
    // What the first screen asked for: before the frame with the last marker was painted, in the page's
    // clock. Counted until Playwright saw the markers (its polling lags by up to 500 ms), the idle
    // preload's first area chunks came in too, and the count moved between runs (17-19 files).
    const origin = fetched ? await page.evaluate(() => performance.timeOrigin) : 0;
    const files = fetched ? [...fetched].filter(([, at]) => at - origin <= ms).map(([file]) => file) : null;
    return { ms, marks, wallMs, fetched: files, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Prints the first-start figure (with the first screen's bundle sizes) and the area switches. */
export async function runFirstStartBench(browser, { url, floorUrl, webOut, runs = 9 }) {
  const app = [];
  const drawn = [];
  const floor = [];
  const wall = { app: [], floor: [] };
  let firstScreenFiles = [];
  for (let i = 0; i < runs; i++) {
    // The map drawn (on a first start, while the engine may still open the demo), then the app ready.
    const started = await timeToMarker(browser, url, [DASHBOARD_READY, '[data-testid="app-ready"]'], i === 0);
    app.push(started.ms);
    drawn.push(started.marks[0]);
    wall.app.push(started.wallMs);
    if (started.fetched) firstScreenFiles = started.fetched;
    await started.context.close();
    const bare = await timeToMarker(browser, floorUrl, ['[data-testid="bare-map"][data-render-finished="true"]'], false);
    floor.push(bare.ms);
    wall.floor.push(bare.wallMs);
    await bare.context.close();
  }
  const ratio = Number((median(app) / median(floor)).toFixed(2));
  line({
    bench: 'web_first_start_to_dashboard_ready',
    unit: 'ms',
    median: median(app),
    runs,
    all: app,
    mapDrawn: {
      median: median(drawn),
      all: drawn,
      note: 'the dashboard map drawn with the demo data, before or after the engine is ready',
    },
    floor: { median: median(floor), all: floor, page: 'renderer/bench-map.html: the same MG map drawn by ECharts alone' },
    ratio,
    goal: '≤ 2× the floor',
    met: ratio <= 2,
    wallClock: {
      app: median(wall.app),
      floor: median(wall.floor),
      ratio: Number((median(wall.app) / median(wall.floor)).toFixed(2)),
      note: "the bench's own clock from before navigation to Playwright seeing the markers (before 2026-12-07 the figure; its polling is coarse)",
    },
    note: "fresh browser storage each run: the prebuilt demo workspace is fetched, opened and stored; times from navigation start to the frame painted with the markers, in the page's clock",
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

  // CPU of a first start, every browser thread (test/bench/browser-cpu.mjs), app and floor alternated,
  // in runs of their own (reading /proc between the timed runs' steps would weigh on them).
  const cpuOf = async (target, markers) => {
    const before = readBrowserCpu();
    const started = await timeToMarker(browser, target, markers, false);
    const spent = cpuBetween(before, readBrowserCpu());
    await started.context.close();
    return spent;
  };
  const appCpu = [];
  const floorCpu = [];
  for (let i = 0; i < 3; i++) {
    appCpu.push(await cpuOf(url, ['[data-testid="app-ready"]', DASHBOARD_READY]));
    floorCpu.push(await cpuOf(floorUrl, ['[data-testid="bare-map"][data-render-finished="true"]']));
  }
  const byGroup = (runs, top) => {
    const sums = new Map();
    for (const run of runs) for (const [group, ms] of run.groups) sums.set(group, (sums.get(group) ?? 0) + ms);
    return Object.fromEntries(
      [...sums]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([group, ms]) => [group, Math.round(ms / runs.length)]),
    );
  };
  // Zero where /proc is not there to read (the figures are then null).
  const appCpuMs = median(appCpu.map((r) => r.totalMs)) || null;
  const floorCpuMs = median(floorCpu.map((r) => r.totalMs)) || null;
  line({
    bench: 'web_first_start_cpu',
    unit: 'ms',
    appMs: appCpuMs,
    floorMs: floorCpuMs,
    ratio: appCpuMs && floorCpuMs ? Number((appCpuMs / floorCpuMs).toFixed(2)) : null,
    app: byGroup(appCpu, 8),
    floor: byGroup(floorCpu, 4),
    note: "CPU time of every browser thread from the page's creation (its renderer's start included) to the dashboard ready (median of 3; per thread group: mean, \"renderer chromium\" is the page's main thread, ThreadPoolForeg its background compilers and GC, DedicatedWorker the engine), the floor page the same way; the preview server's CPU is not counted",
  });

  // Area switches: each area's first open after a fresh start, repeated (test/bench/area-switch-bench.mjs).
  await runAreaSwitchBench(browser, { url, startMarkers: ['[data-testid="app-ready"]', DASHBOARD_READY] });
}
