/**
 * The names that cross the Electron bridge, with no dependency at all: the sandboxed preload
 * imports this file, and a sandboxed preload can only `require('electron')`, so it must not pull
 * zod (or anything else from node_modules) into its bundle. `contract.ts` checks at compile time
 * that this list and its schemas name the same channels.
 */

export const IPC_CHANNELS = [
  'app:workspace.open',
  'app:workspace.read',
  'app:workspace.settle',
  'app:workspace.chooseSavePath',
  'app:workspace.write',
  'app:recent.list',
  'app:window.setDocument',
  'app:ui.setLocale',
] as const;
export type IpcChannelName = (typeof IPC_CHANNELS)[number];

/** Commands main sends to the renderer from the application menu (and its keyboard shortcuts). */
export const MENU_COMMANDS = [
  'workspace.new',
  'workspace.newDemo',
  'workspace.open',
  'workspace.save',
  'workspace.saveAs',
  'edit.undo',
  'edit.redo',
] as const;
export const OPEN_RECENT_PREFIX = 'workspace.openRecent:';
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `${typeof OPEN_RECENT_PREFIX}${string}`;
export const MENU_EVENT_CHANNEL = 'app:menu.command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'string') return false;
  if ((MENU_COMMANDS as readonly string[]).includes(value)) return true;
  return value.startsWith(OPEN_RECENT_PREFIX) && value.length > OPEN_RECENT_PREFIX.length;
}
