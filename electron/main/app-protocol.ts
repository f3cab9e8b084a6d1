import { protocol } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serves the built renderer on `app://arranjo/…` instead of `file://`: a real origin makes module
 * workers, `fetch` of the WASM and data assets, and a CSP header behave as on the web build, and
 * it keeps the page away from the rest of the disk.
 */

/** What index.html holds where the policy's style nonce goes; replaced by a fresh one per load. */
export const STYLE_NONCE_PLACEHOLDER = '__ARRANJO_STYLE_NONCE__';

/**
 * The policy of every response. `<style>` elements need the page's nonce: Mantine and AG Grid,
 * which inject their CSS that way, are handed it (renderer/src/lib/style-nonce.ts), and markup
 * slipped into the page cannot add a style sheet (no CSS selectors reading the page). Style
 * *attributes* stay allowed (style-src-attr): ECharts writes its HTML tooltips with innerHTML,
 * series markers as `<span style="background-color:…">`, and an attribute can neither select
 * elements nor load anything img-src would not. Styles set through the DOM (React's `style`
 * prop, AG Grid's and ECharts' element.style) are not inline styles and need nothing.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 128 random bits, base64 (CSP's nonce-source grammar). */
export function newStyleNonce(): string {
  return randomBytes(16).toString('base64');
}

// Chromium refuses module scripts and streaming WASM compilation without the right type, so the
// table is explicit rather than left to guessing.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // The prebuilt demo workspace (resources/demo/*.arranjo.gz), fetched and unpacked by the engine worker.
  '.gz': 'application/gzip',
  '.map': 'application/json; charset=utf-8',
};

/** Must run before `app` is ready: Chromium fixes the scheme table at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // No corsEnabled and no bypassCSP: other origins must not read our files, and our own CSP applies.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}

/**
 * The file under `root` a request names, or null when it names anything else: another host, a
 * path that climbs out of `root` once percent-decoded, a NUL byte, a malformed escape.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppPath(root, request.url);
  if (!file) return plain(404, 'Not found');
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  const type = path.extname(file).toLowerCase();
  let nonce: string | undefined;
  if (type === '.html') {
    // The page and its policy get the same fresh nonce, in the header and in the page's own meta tags.
    nonce = newStyleNonce();
    body = new TextEncoder().encode(new TextDecoder().decode(body).replaceAll(STYLE_NONCE_PLACEHOLDER, nonce));
  }
  const headers = securityHeaders(nonce);
  headers.set('Content-Type', CONTENT_TYPES[type] ?? 'application/octet-stream');
  // A fresh view over the same bytes: Response wants an ArrayBuffer-backed view, not Node's Buffer type.
  const view = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  return new Response(request.method === 'HEAD' ? null : view, { status: 200, headers });
}

function securityHeaders(styleNonce?: string): Headers {
  return new Headers({
    'Content-Security-Policy': contentSecurityPolicy(styleNonce),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  const headers = securityHeaders();
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  return new Response(text, { status, headers });
}
