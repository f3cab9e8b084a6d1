import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, isMenuCommand, MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/ipc/channels';
import type { ArranjoBridge } from '../../shared/ipc/contract';

/**
 * `window.arranjo`: one `invoke` per channel of the contract and nothing else. Only the zod-free
 * channel list is imported at run time; a sandboxed preload can `require('electron')` and little
 * more, so it must not drag schemas or packages into its bundle.
 */

type Invoker = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;
type BridgeMethods = Omit<ArranjoBridge, 'onMenuCommand' | 'platform'>;

export function createBridge(ipc: Invoker = ipcRenderer) {
  // Object.fromEntries forgets the keys; the tests check that the object has exactly these methods.
  const methods = Object.fromEntries(
    IPC_CHANNELS.map((channel) => [channel.slice('app:'.length), (input: unknown) => ipc.invoke(channel, input)]),
  ) as BridgeMethods;

  // Commands that arrive before the page first subscribes (a file double-clicked to launch the app)
  // wait here; later ones with no listener are dropped rather than replayed out of context.
  const early: MenuCommand[] = [];
  let subscribedOnce = false;
  const listeners = new Set<(command: MenuCommand) => void>();
  ipc.on(MENU_EVENT_CHANNEL, (_event: IpcRendererEvent, command: unknown) => {
    // The event object stays here: it would give the page a handle on ipcRenderer.
    if (!isMenuCommand(command)) return;
    if (!subscribedOnce) early.push(command);
    for (const listener of listeners) listener(command);
  });

  return {
    ...methods,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      listeners.add(listener);
      subscribedOnce = true;
      for (const command of early.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
    platform: 'electron' as const,
  } satisfies ArranjoBridge;
}

contextBridge.exposeInMainWorld('arranjo', createBridge());
