// What the first screen loads, in kB gzip, beside the whole browser build: the figure lazy loading
// is judged by. The first screen is every file of the build the page (and its engine worker) asked
// for before the frame with the dashboard ready was painted (the page's clock), on a fresh profile; sizes are the built files gzipped
// (level 9, what a web server or the installer's compression roughly gives), source maps left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Records the build-relative paths of the files a page asks of `baseUrl` (the worker's too), each with
 * the wall-clock time (epoch ms) it was first asked: the caller keeps those asked before a moment of
 * the page's own clock (`performance.timeOrigin` + its time), not before its polling saw it.
 */
export function collectFetchedFiles(page, baseUrl) {
  const files = new Map();
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl)) return;
    const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    const file = rel === '' ? 'index.html' : rel;
    if (!files.has(file)) files.set(file, Date.now());
  });
  return files;
}

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const CODE = /\.(m?js|css|html|wasm)$/;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

export function bundleSizes(outDir, firstScreenFiles) {
  const sizes = new Map(
    listFiles(outDir)
      .filter((f) => !f.endsWith('.map'))
      .map((f) => {
        const bytes = readFileSync(path.join(outDir, f));
        return [f, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
      }),
  );
  const sum = (files, key) => files.reduce((total, f) => total + (sizes.get(f)?.[key] ?? 0), 0);
  const all = [...sizes.keys()];
  const first = firstScreenFiles.filter((f) => sizes.has(f));
  const code = (files) => files.filter((f) => CODE.test(f));
  return {
    bench: 'web_first_screen_size',
    unit: 'kB gzip',
    firstScreen: kb(sum(first, 'gzip')),
    total: kb(sum(all, 'gzip')),
    firstScreenCode: kb(sum(code(first), 'gzip')),
    totalCode: kb(sum(code(all), 'gzip')),
    firstScreenFiles: first.length,
    totalFiles: all.length,
    raw: { firstScreen: kb(sum(first, 'raw')), total: kb(sum(all, 'raw')) },
    note: 'first screen: files asked for before the dashboard ready was painted, on a fresh profile (data files for the demo included; "Code": js, css, html, wasm)',
  };
}
