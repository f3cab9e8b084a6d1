import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession, hardenWebContents } from '../../../electron/main/security';

vi.mock('electron', () => ({}));

class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardened(devUrl?: string): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, devUrl);
  return contents;
}

describe('web contents hardening', () => {
  it('denies window.open for any URL', () => {
    const contents = hardened();
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://arranjo/index.html' })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s away from our origin', (name) => {
    const contents = hardened();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/', 'app://other/']) {
      const event = navigationEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('lets the page reload itself (same origin), including the dev server in development', () => {
    const contents = hardened('http://localhost:5173');
    for (const url of ['app://arranjo/index.html', 'http://localhost:5173/']) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('refuses to attach a webview', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as App, undefined);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((handler: typeof request) => (request = handler)),
      setPermissionCheckHandler: vi.fn((handler: typeof check) => (check = handler)),
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission)).toBe(false);
    }
  });
});
