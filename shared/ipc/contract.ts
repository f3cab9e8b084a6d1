import { z } from 'zod';
import { localeSchema } from '../domain/schemas';
import type { ErrorPayload } from '../errors';
import type { IpcChannelName, MenuCommand } from './channels';

export { IPC_CHANNELS, MENU_COMMANDS, MENU_EVENT_CHANNEL, OPEN_RECENT_PREFIX, isMenuCommand } from './channels';
export type { IpcChannelName, MenuCommand } from './channels';

/**
 * The Electron IPC contract: every channel the preload exposes, its input schema and its output
 * type. Main validates each input with the schema before the handler sees it; the renderer gets
 * `{ok: true, value}` or `{ok: false, error}`. Nothing else crosses the bridge (no SQL, no generic
 * invoke).
 */

const filePath = z.string().min(1).max(4096);
const locale = localeSchema;
// Any Uint8Array, whatever buffer type backs it: `z.instanceof` would narrow the static type to
// Uint8Array<ArrayBuffer> and refuse the renderer's plain `Uint8Array`.
const workspaceBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Expected a Uint8Array' });

export const ipcInputs = {
  /** Shows the Open dialog and reads the chosen workspace. null when the user cancels. */
  'app:workspace.open': z.object({}).strict(),
  /** Reads a workspace from a known path (recent files). */
  'app:workspace.read': z.object({ path: filePath }).strict(),
  /**
   * Whether the engine opened the file `open`/`read` last gave: main then makes it the open file
   * (its lock kept, the previous file's let go, the recent list) or lets go of it (the workspace
   * still open keeps its lock and its check against changes made elsewhere).
   */
  'app:workspace.settle': z.object({ path: filePath, opened: z.boolean() }).strict(),
  /**
   * Shows the Save As dialog; returns the chosen path or null. `restoredFrom`: the backup the workspace
   * was opened from as a copy, beside which the dialog suggests a workspace's name (never a file there).
   */
  'app:workspace.chooseSavePath': z.object({ suggestedName: z.string().max(255), restoredFrom: filePath.optional() }).strict(),
  /** Writes a workspace atomically (temp file, fsync, rename), keeping the previous version as `.bak`. */
  'app:workspace.write': z.object({ path: filePath, bytes: workspaceBytes }).strict(),
  'app:recent.list': z.object({}).strict(),
  /**
   * Tells main the window's document state: title, unsaved changes, and the names of drafts held
   * only by a view (a scenario renamed or re-weighted, not saved yet), for the close warning.
   */
  'app:window.setDocument': z
    .object({ title: z.string().max(500), dirty: z.boolean(), drafts: z.array(z.string().max(500)).max(100) })
    .strict(),
  /** The UI language, so menus and dialogs speak it too. */
  'app:ui.setLocale': z.object({ locale }).strict(),
} as const satisfies Record<IpcChannelName, z.ZodType>;

export interface IpcOutputs {
  'app:workspace.open': { path: string; bytes: Uint8Array; knownClean: boolean; certified: boolean } | null;
  /**
   * `knownClean`: the bytes are an image this machine's Arranjo wrote (the open may run the quick
   * check only); `certified`: one it wrote after checking it in memory (the open may skip the checks,
   * as the CLI's does: shared/db/open-workspace.ts says why that is safe).
   */
  'app:workspace.read': { path: string; bytes: Uint8Array; knownClean: boolean; certified: boolean };
  'app:workspace.settle': void;
  'app:workspace.chooseSavePath': string | null;
  'app:workspace.write': { path: string; bytes: number };
  'app:recent.list': string[];
  'app:window.setDocument': void;
  'app:ui.setLocale': void;
}

export type IpcChannel = keyof typeof ipcInputs & keyof IpcOutputs;
export type IpcInput<C extends IpcChannel> = z.infer<(typeof ipcInputs)[C]>;
export type IpcOutput<C extends IpcChannel> = IpcOutputs[C];
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** What the preload exposes as `window.arranjo`. */
export type ArranjoBridge = {
  [C in IpcChannel as C extends `app:${infer Rest}` ? Rest : never]: (input: IpcInput<C>) => Promise<IpcResult<IpcOutput<C>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  platform: 'electron';
};
