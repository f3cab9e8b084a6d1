import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import { ArranjoError } from '../../shared/errors';
import { readWorkspaceFile, stampFile, writeWorkspaceAtomic, type FileStamp } from './atomic-write';
import { BACKUP_EXTENSION, isBackupFile } from '../../shared/domain/workspace-backups';
import { restoreTarget } from './backups';
import type { CloseGuard } from './close-guard';
import type { FileAccess } from './file-access';
import type { IpcHandlers } from './ipc';
import type { KnownCleanRegister } from './known-clean';
import { labelsFor } from './labels';
import type { MenuController } from './menu';
import type { RecentFiles } from './recent-files';
import { acquireWorkspaceLock, closedUncleanly, releaseWorkspaceLock } from './workspace-lock';

/** What each channel of the contract does. Validation and error envelopes live in `ipc.ts`. */

export const WORKSPACE_EXTENSION = '.arranjo';

export interface HandlerDeps {
  getWindow: () => BrowserWindow | null;
  getCloseGuard: () => CloseGuard | null;
  recent: RecentFiles;
  menu: MenuController;
  access: FileAccess;
  /** Images this machine's Arranjo wrote: they open with the quick check, received files with the full one. */
  knownClean: KnownCleanRegister;
  /** Where the first Save As dialog opens (the user's Documents folder). */
  defaultDirectory: () => string;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  let lastDirectory: string | undefined;
  const filters = () => [{ name: labelsFor(deps.menu.locale()).workspaceFilter, extensions: [WORKSPACE_EXTENSION.slice(1)] }];
  // Open also shows the backups, which the damaged-file and migration messages tell the planner to open
  // (a `.schema-17.bak` was hidden by the filter); Save As writes workspaces only.
  const openFilters = () => [
    { name: labelsFor(deps.menu.locale()).openFilter, extensions: [WORKSPACE_EXTENSION.slice(1), BACKUP_EXTENSION.slice(1)] },
  ];

  const remember = async (file: string): Promise<void> => {
    lastDirectory = path.dirname(file);
    // A backup opened is a copy to restore from: reopened from a recent list, it would pass for the workspace.
    if (isBackupFile(file)) return;
    deps.menu.setRecent(await deps.recent.add(file));
    app.addRecentDocument(file);
  };
  // The workspace open for writing: its lock is held, and a save first checks the file is still
  // what was opened (another program may have saved it: never a silent lost update).
  let current: { file: string; stamp: FileStamp | null } | null = null;
  const isCurrent = (file: string) => current !== null && path.resolve(current.file) === path.resolve(file);
  /** Takes `file`'s lock, runs `work`, then lets go of the previous file's lock (or of `file`'s on failure). */
  const holding = async <T>(file: string, work: () => Promise<T>): Promise<T> => {
    const switching = !isCurrent(file);
    acquireWorkspaceLock(file, 'Arranjo desktop');
    const previous = current?.file;
    try {
      const result = await work();
      if (switching && previous) releaseWorkspaceLock(previous);
      return result;
    } catch (error) {
      if (switching) releaseWorkspaceLock(file);
      throw error;
    }
  };
  // A file read but not yet opened by the engine, which may still refuse it (damaged, foreign, newer):
  // until `settle` says so, the workspace open before it stays `current` and keeps its lock.
  let pending: { file: string; stamp: FileStamp | null } | null = null;
  /** Lets go of the pending file's lock, unless it is the open one's. */
  const dropPending = (): void => {
    if (pending && !isCurrent(pending.file)) releaseWorkspaceLock(pending.file);
    pending = null;
  };
  const read = async (file: string) => {
    try {
      const unclean = closedUncleanly(file);
      dropPending();
      acquireWorkspaceLock(file, 'Arranjo desktop');
      const { bytes, stamp } = await readWorkspaceFile(file)
        .then(async (bytes) => ({ bytes, stamp: await stampFile(file, bytes) }))
        .catch((error: unknown) => {
          if (!isCurrent(file)) releaseWorkspaceLock(file);
          throw error;
        });
      pending = { file, stamp };
      // Known clean: written by this Arranjo, unchanged, and its last writer closed it properly;
      // certified: and checked in memory before it was written (the CLI's rule, electron/cli/workspace-file.ts).
      const trusted = !unclean && stamp !== null;
      const certified = trusted && (await deps.knownClean.certifies(stamp.sha256));
      const knownClean = certified || (trusted && (await deps.knownClean.has(stamp.sha256)));
      return { path: file, bytes, knownClean, certified };
    } catch (error) {
      if (error instanceof ArranjoError && error.code === 'NOT_FOUND') deps.menu.setRecent(await deps.recent.remove(file));
      throw error;
    }
  };

  return {
    'app:workspace.open': async () => {
      const options: OpenDialogOptions = { properties: ['openFile'], filters: openFilters() };
      const window = deps.getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const file = result.canceled ? undefined : result.filePaths[0];
      if (!file) return null;
      deps.access.grant(file);
      return read(file);
    },
    'app:workspace.read': async ({ path: file }) => {
      if (!deps.access.canRead(file)) {
        // Recent entries come from our own store, so they are fair game even before this session opened them.
        const recent = await deps.recent.list();
        if (!recent.some((entry) => path.resolve(entry) === path.resolve(file))) throw notGranted(file);
        deps.access.grant(file);
      }
      return read(file);
    },
    'app:workspace.settle': async ({ path: file, opened }) => {
      if (!pending || path.resolve(pending.file) !== path.resolve(file)) return;
      if (!opened) {
        dropPending();
        return;
      }
      const previous = current?.file;
      current = pending;
      pending = null;
      if (previous && !isCurrent(previous)) releaseWorkspaceLock(previous);
      await remember(file);
    },
    'app:workspace.chooseSavePath': async ({ suggestedName, restoredFrom }) => {
      const restoring = restoredFrom !== undefined && isBackupFile(restoredFrom) && deps.access.canRead(restoredFrom);
      const options: SaveDialogOptions = {
        defaultPath: restoring
          ? await restoreTarget(restoredFrom, deps.menu.locale())
          : path.join(lastDirectory ?? deps.defaultDirectory(), withExtension(safeFileName(suggestedName))),
        filters: filters(),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = deps.getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) {
        deps.getCloseGuard()?.saveAbandoned();
        return null;
      }
      const file = withExtension(result.filePath);
      deps.access.grant(file);
      lastDirectory = path.dirname(file);
      return file;
    },
    'app:workspace.write': async ({ path: file, bytes }) => {
      if (!deps.access.canWrite(file)) throw notGranted(file);
      try {
        // Same file: it must not have changed since opened. Save As: the dialog confirmed replacing it.
        const expected = isCurrent(file) ? current?.stamp : undefined;
        const stamp = await holding(file, async () => {
          current = { file, stamp: await writeWorkspaceAtomic(file, bytes, { expected }) };
          return current.stamp;
        });
        if (stamp) await deps.knownClean.add(stamp.sha256);
      } catch (error) {
        deps.getCloseGuard()?.saveAbandoned();
        throw error;
      }
      await remember(file);
      return { path: file, bytes: bytes.byteLength };
    },
    'app:recent.list': async () => {
      const files = await deps.recent.list();
      deps.menu.setRecent(files);
      return files;
    },
    'app:window.setDocument': async (state) => {
      deps.getCloseGuard()?.setDocument(state);
    },
    'app:ui.setLocale': async ({ locale }) => {
      deps.menu.setLocale(locale);
    },
  };
}

function notGranted(file: string): ArranjoError {
  return new ArranjoError(
    'INVALID_INPUT',
    `Arranjo can only open or save files chosen in a file dialog or in the recent list: ${file}`,
    { file },
    { path: file, reason: 'not-granted' },
  );
}

/** A name without folders or characters Windows forbids, so the suggestion works on every system. */
export function safeFileName(name: string): string {
  const visible = [...name].map((char) => (char.charCodeAt(0) < 0x20 ? '_' : char)).join('');
  const cleaned = path
    .basename(visible.replaceAll('\\', '/'))
    .replace(/[<>:"|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || 'workspace';
}

/** Linux save dialogs do not append the filter's extension; the file must still be recognisable. */
export function withExtension(file: string): string {
  return file.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? file : `${file}${WORKSPACE_EXTENSION}`;
}
