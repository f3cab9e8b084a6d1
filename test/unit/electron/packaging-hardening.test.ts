import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, newStyleNonce } from '../../../electron/main/app-protocol';

vi.mock('electron', () => ({ protocol: {} }));
// js-yaml comes with electron-builder (no types of its own here): the same parser it uses.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('Electron packaging hardening (issue 15 #11)', () => {
  it('electron-builder.yml flips the fuses: no run-as-node, NODE_OPTIONS or inspect; app only from an integrity-checked asar', () => {
    const config = yaml.load(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as Record<string, unknown>;
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it("the CSP allows no inline or eval script, and no <style> element but with the page's nonce (issue 15 #11)", () => {
    const nonce = newStyleNonce();
    const policy = contentSecurityPolicy(nonce);
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d] as const));
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('style-src')).toBe(`style-src 'self' 'nonce-${nonce}'`);
    // 'unsafe-inline' only for style attributes (ECharts' tooltip markers): see app-protocol.ts.
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(directives.get('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(contentSecurityPolicy()).toContain("style-src 'self'; ");
    // The shipped page's own policy says the same, with the placeholder the server replaces; the
    // dev-only benchmark page (renderer/bench.html) carries the very same policy.
    const policyOf = (page: string) =>
      /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(readFileSync(`${ROOT}renderer/${page}`, 'utf8'));
    for (const page of ['index.html', 'bench.html']) {
      const html = readFileSync(`${ROOT}renderer/${page}`, 'utf8');
      expect(html).toContain("style-src 'self' 'nonce-__ARRANJO_STYLE_NONCE__'; style-src-attr 'unsafe-inline';");
      expect(html.match(/'unsafe-inline'/g)).toHaveLength(1);
      expect(html).toContain('<meta property="csp-nonce" nonce="__ARRANJO_STYLE_NONCE__" />');
      expect(policyOf(page)?.[1]).toBe(policyOf('index.html')?.[1]);
    }
  });

  it('nonces are fresh, 128 bits, in the nonce-source alphabet', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newStyleNonce()));
    expect(nonces.size).toBe(100);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(n, 'base64')).toHaveLength(16);
    }
  });
});
