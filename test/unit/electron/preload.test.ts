import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_EVENT_CHANNEL, type ArranjoBridge } from '../../../shared/ipc/contract';

type MenuListener = (event: unknown, command: unknown) => void;
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  menuListeners: [] as Array<(event: unknown, command: unknown) => void>,
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => electron.exposed.set(key, api)) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: vi.fn((channel: string, listener: MenuListener) => {
      if (channel === 'app:menu.command') electron.menuListeners.push(listener);
    }),
    removeListener: vi.fn(),
  },
}));

const { createBridge } = await import('../../../electron/preload/index');
const bridge = electron.exposed.get('arranjo') as ArranjoBridge;
const emit = (command: unknown) => {
  for (const listener of electron.menuListeners) listener({ sender: 'secret' }, command);
};

describe('preload bridge', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes exactly one method per contract channel, plus onMenuCommand and platform', () => {
    const expected = [...IPC_CHANNELS.map((channel) => channel.slice('app:'.length)), 'onMenuCommand', 'platform'];
    expect(Object.keys(bridge).sort()).toEqual(expected.sort());
    expect(bridge.platform).toBe('electron');
    expect(Object.keys(bridge)).not.toContain('invoke');
  });

  it('invokes the matching channel with the input as given', async () => {
    const bytes = new Uint8Array([1, 2]);
    await bridge['workspace.write']({ path: '/x.arranjo', bytes });
    expect(electron.invoke).toHaveBeenCalledWith('app:workspace.write', { path: '/x.arranjo', bytes });
    for (const channel of IPC_CHANNELS) {
      const name = channel.slice('app:'.length) as keyof ArranjoBridge;
      const method = bridge[name] as (input: unknown) => Promise<unknown>;
      await method({});
      expect(electron.invoke).toHaveBeenLastCalledWith(channel, {});
    }
  });

  it('listens on the menu channel only', () => {
    expect(electron.menuListeners).toHaveLength(1);
    expect(MENU_EVENT_CHANNEL).toBe('app:menu.command');
  });

  it('delivers menu commands without the event, and stops after unsubscribing', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    emit('workspace.save');
    emit('workspace.openRecent:/data/plano.arranjo');
    emit('rm -rf');
    emit({ command: 'workspace.save' });
    unsubscribe();
    emit('workspace.open');
    expect(received).toEqual(['workspace.save', 'workspace.openRecent:/data/plano.arranjo']);
  });

  it('holds commands that arrive before the first subscription, and only those', () => {
    let deliver: MenuListener = () => undefined;
    const ipc = { invoke: vi.fn(), removeListener: vi.fn(), on: vi.fn((_channel: string, listener: MenuListener) => (deliver = listener)) };
    const fresh = createBridge(ipc as unknown as Parameters<typeof createBridge>[0]);
    deliver({}, 'workspace.openRecent:/launch/file.arranjo');
    const received: unknown[] = [];
    const unsubscribe = fresh.onMenuCommand((command) => received.push(command));
    expect(received).toEqual(['workspace.openRecent:/launch/file.arranjo']);
    unsubscribe();
    deliver({}, 'workspace.new');
    fresh.onMenuCommand((command) => received.push(command));
    expect(received).toEqual(['workspace.openRecent:/launch/file.arranjo']);
  });
});
