import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Listener>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => registered.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  },
}));

const { createSenderCheck, registerHandlers } = await import('../../../electron/main/ipc');
type Handlers = Parameters<typeof registerHandlers>[0];

function fakeHandlers(): Handlers {
  return {
    'app:workspace.open': vi.fn(async () => null),
    'app:workspace.read': vi.fn(async ({ path }) => ({ path, bytes: new Uint8Array([1, 2, 3]), knownClean: false, certified: false })),
    'app:workspace.settle': vi.fn(async () => undefined),
    'app:workspace.chooseSavePath': vi.fn(async () => '/tmp/a.arranjo'),
    'app:workspace.write': vi.fn(async ({ path, bytes }) => ({ path, bytes: bytes.byteLength })),
    'app:recent.list': vi.fn(async () => ['/tmp/a.arranjo']),
    'app:window.setDocument': vi.fn(async () => undefined),
    'app:ui.setLocale': vi.fn(async () => undefined),
  };
}

const event = {} as IpcMainInvokeEvent;
const call = (channel: string, input: unknown, from: IpcMainInvokeEvent = event) => {
  const listener = registered.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(from, input);
};

describe('registerHandlers', () => {
  beforeEach(() => registered.clear());

  it('registers exactly the channels of the contract and unregisters them', () => {
    const unregister = registerHandlers(fakeHandlers(), () => true);
    expect([...registered.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('wraps a valid call in an ok envelope', async () => {
    const handlers = fakeHandlers();
    registerHandlers(handlers, () => true);
    const result = await call('app:workspace.read', { path: '/data/plano.arranjo' });
    expect(result).toEqual({
      ok: true,
      value: { path: '/data/plano.arranjo', bytes: new Uint8Array([1, 2, 3]), knownClean: false, certified: false },
    });
    expect(handlers['app:workspace.read']).toHaveBeenCalledWith({ path: '/data/plano.arranjo' });
  });

  it.each([
    ['app:workspace.read', { path: '' }],
    ['app:workspace.read', { path: '/a', extra: 1 }],
    ['app:workspace.write', { path: '/a.arranjo', bytes: [1, 2, 3] }],
    ['app:ui.setLocale', { locale: 'fr' }],
    ['app:window.setDocument', null],
    ['app:window.setDocument', { title: 'Plano', dirty: false }],
    ['app:window.setDocument', { title: 'Plano', dirty: false, drafts: 'Cenário 1' }],
    ['app:window.setDocument', { title: 'Plano', dirty: false, drafts: [1] }],
    ['app:window.setDocument', { title: 'Plano', dirty: false, drafts: Array.from({ length: 101 }, () => 'x') }],
  ])('refuses bad input on %s without calling the handler', async (channel, input) => {
    const handlers = fakeHandlers();
    registerHandlers(handlers, () => true);
    const result = (await call(channel, input)) as { ok: boolean; error: { code: string; params: Record<string, string> } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.params['channel']).toBe(channel);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender before looking at the input', async () => {
    const handlers = fakeHandlers();
    const check = vi.fn(() => false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerHandlers(handlers, check);
    const result = (await call('app:recent.list', {})) as { ok: boolean; error: { params: Record<string, string> } };
    expect(check).toHaveBeenCalledWith(event);
    expect(result.ok).toBe(false);
    expect(result.error.params['reason']).toBe('untrusted-sender');
    expect(handlers['app:recent.list']).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('turns an ArranjoError into an envelope with its code, and anything else into INTERNAL', async () => {
    const handlers = fakeHandlers();
    handlers['app:workspace.read'] = async () => {
      throw new ArranjoError('NOT_FOUND', 'gone', { file: '/x.arranjo' }, { path: '/x.arranjo' });
    };
    handlers['app:recent.list'] = async () => {
      throw new Error('boom');
    };
    registerHandlers(handlers, () => true);
    expect(await call('app:workspace.read', { path: '/x.arranjo' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone', location: { file: '/x.arranjo' }, params: { path: '/x.arranjo' } },
    });
    expect(await call('app:recent.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
  });
});

describe('createSenderCheck', () => {
  const mainFrame = { parent: null, processId: 4, routingId: 1, url: 'app://arranjo/index.html' };
  const webContents = { mainFrame };
  const window = { isDestroyed: () => false, webContents } as unknown as BrowserWindow;
  const eventFrom = (frame: object | null, sender: object = webContents) =>
    ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

  it('accepts the top frame of the main window on our origin', () => {
    expect(createSenderCheck(() => window, undefined)(eventFrom(mainFrame))).toBe(true);
  });

  it('accepts the dev server origin only when it is the dev server', () => {
    const dev = { ...mainFrame, url: 'http://localhost:5173/' };
    expect(createSenderCheck(() => window, 'http://localhost:5173')(eventFrom(dev))).toBe(true);
    expect(createSenderCheck(() => window, undefined)(eventFrom(dev))).toBe(false);
  });

  it('refuses iframes, other web contents, foreign pages, destroyed frames and a missing window', () => {
    const check = createSenderCheck(() => window, undefined);
    expect(check(eventFrom({ ...mainFrame, parent: mainFrame, routingId: 7 }))).toBe(false);
    expect(check(eventFrom(mainFrame, { mainFrame }))).toBe(false);
    expect(check(eventFrom({ ...mainFrame, url: 'https://evil.example/' }))).toBe(false);
    expect(check(eventFrom({ ...mainFrame, url: 'app://other/index.html' }))).toBe(false);
    expect(check(eventFrom(null))).toBe(false);
    expect(createSenderCheck(() => null, undefined)(eventFrom(mainFrame))).toBe(false);
  });
});
