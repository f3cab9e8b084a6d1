// node test/bench/profile-works.mjs [gantt|scurve|grid]: where the works bench's Gantt first render (default),
// portfolio S-curve (compute and draw) or portfolio grid first render spends its time.
// Builds the benchmark entry unminified (ARRANJO_BENCH_READABLE=1, into dist-bench/), opens
// bench.html?bench=works&profile=<which> in Chromium with the CDP profiler on (0.1 ms samples), keeps the
// profile the page's console.profile … profileEnd wraps (out/bench/works-<which>.cpuprofile, opens
// in Chrome DevTools) and prints self time by module (the bundle's `//#region` of each sampled line)
// and the functions that take most. ARRANJO_BENCH_PORT as in run.mjs (this serves on port + 1).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../launch-chromium.mjs';

const which = process.argv[2] ?? 'gantt';
if (!['gantt', 'scurve', 'grid'].includes(which)) {
  console.error('Profile gantt, scurve or grid.');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
process.env.ARRANJO_BENCH_READABLE = '1';
await build({ configFile: 'test/bench/web.config.ts', logLevel: 'error' });
const port = Number(process.env.ARRANJO_BENCH_PORT ?? 4180) + 1;
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--config', 'test/bench/web.config.ts', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);

/** The module (`//#region <path>`) of each line of a bundled chunk, read once per chunk. */
const regions = new Map();
function moduleAt(url, line) {
  const file = /\/assets\/[^?#]+\.js/.exec(url)?.[0];
  if (!file) return url || '(native)';
  if (!regions.has(file)) {
    const lines = readFileSync(`dist-bench${file}`, 'utf8').split('\n');
    const at = [];
    let current = file;
    for (const text of lines) {
      const m = /^\/\/#region (.*)$/.exec(text);
      if (m) current = m[1];
      else if (text.startsWith('//#endregion')) current = file;
      at.push(current);
    }
    regions.set(file, at);
  }
  const at = regions.get(file);
  const path = at[line] ?? file;
  // node_modules/echarts/lib/chart/custom/CustomView.js → echarts/chart/custom; renderer/src/… kept whole.
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:lib\/|dist\/|esm\/)?([^/]+(?:\/[^/]+)?)/.exec(path);
  return pkg ? `${pkg[1]}/${pkg[2]}` : path;
}

try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/bench.html`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { chromium } = await import('playwright-core');
  const browser = await launchChromium(chromium);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'pt-BR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiled = new Promise((resolve) => cdp.on('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
  await page.goto(`http://127.0.0.1:${port}/bench.html?bench=works&profile=${which}`);
  const result = page.locator('[data-testid="bench-result"]');
  await result.waitFor({ state: 'attached', timeout: 180_000 });
  const figures = JSON.parse((await result.textContent()) ?? '{}');
  const profile = await profiled;
  await browser.close();
  mkdirSync('out/bench', { recursive: true });
  writeFileSync(`out/bench/works-${which}.cpuprofile`, JSON.stringify(profile));

  // Self time per node: samples × their interval (timeDeltas, µs).
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const module = url ? moduleAt(url, lineNumber) : `(${functionName || 'native'})`;
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} · ${module}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, share: `${Math.round((us / total) * 100)}%` }));
  console.log(
    JSON.stringify({
      ganttFirstRenderMs: figures.ganttFirstRenderMs,
      bareChartMs: figures.bareChartMs,
      gridFirstRenderMs: figures.gridFirstRenderMs,
      bareGridMs: figures.bareGridMs,
      profiledMs: Math.round(total / 1000),
    }),
  );
  console.table(top(byModule, 20));
  console.table(top(byFunction, 25));
} finally {
  server.kill();
}
