import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, resolveAppPath, serveAppRequest, STYLE_NONCE_PLACEHOLDER } from '../../../electron/main/app-protocol';

vi.mock('electron', () => ({ protocol: {} }));

let parent: string;
let root: string;

beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'arranjo-proto-'));
  root = path.join(parent, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'self' 'nonce-${STYLE_NONCE_PLACEHOLDER}'"><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}">`,
  );
  writeFileSync(path.join(root, 'assets', 'engine.wasm'), Uint8Array.from([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'assets', 'worker-abc.js'), 'export {}');
  writeFileSync(path.join(parent, 'secret.txt'), 'do not serve');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('maps app:// URLs into the renderer folder, / to index.html', () => {
    expect(resolveAppPath(root, 'app://arranjo/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://arranjo/assets/engine.wasm?v=1#x')).toBe(path.join(root, 'assets', 'engine.wasm'));
    expect(resolveAppPath(root, 'app://arranjo/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it.each([
    'app://arranjo/..%2Fsecret.txt',
    'app://arranjo/%2e%2e/secret.txt',
    'app://arranjo/assets/..%2F..%2Fsecret.txt',
    'app://arranjo/..%5Csecret.txt',
    'app://arranjo/%00index.html',
    'app://arranjo/%E0%A4%A',
    'app://other/index.html',
    'https://arranjo/index.html',
    'not a url',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    // Either refused, or normalized by the URL parser to a path that stays inside (a harmless 404).
    if (resolved !== null) {
      const relative = path.relative(root, resolved);
      expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
    }
    expect(resolved).not.toBe(path.join(parent, 'secret.txt'));
  });

  it('refuses other hosts, other schemes, NUL bytes and malformed escapes outright', () => {
    for (const url of ['app://other/index.html', 'https://arranjo/index.html', 'app://arranjo/%00x', 'app://arranjo/%E0%A4%A', 'nope']) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });
});

describe('serveAppRequest', () => {
  it('serves files with their type and the strict CSP', async () => {
    const response = await serveAppRequest(root, new Request('app://arranjo/assets/engine.wasm'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(Uint8Array.from([0, 97, 115, 109]));
    const script = await serveAppRequest(root, new Request('app://arranjo/assets/worker-abc.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404 for missing files and for anything outside the folder', async () => {
    expect((await serveAppRequest(root, new Request('app://arranjo/missing.js'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://arranjo/..%2Fsecret.txt'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://arranjo/assets'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppRequest(root, new Request('app://arranjo/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('keeps the CSP the brief asks for', () => {
    expect(contentSecurityPolicy('abc')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'nonce-abc'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('gives each load of the page a fresh style nonce, the same in its header and in the page', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await serveAppRequest(root, new Request('app://arranjo/index.html'));
      const header = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(header)?.[1] ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const html = await response.text();
      expect(html).not.toContain(STYLE_NONCE_PLACEHOLDER);
      expect(html).toContain(`'nonce-${nonce}'`);
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
