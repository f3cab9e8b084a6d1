import { fromErrorPayload } from '../../../shared/errors';
import type { ArranjoBridge, IpcResult } from '../../../shared/ipc/contract';
import { baseName, type ElectronPlatform, type LoadedWorkspaceFile, type WorkspaceLocation } from './platform';

/** Unwraps the bridge's `{ok, value} | {ok: false, error}`; the error payload is thrown as is (code, message). */
async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw fromErrorPayload(settled.error);
}

function filePath(location: WorkspaceLocation): string {
  if (location.kind !== 'file') throw new Error('The desktop shell stores workspaces as files.');
  return location.path;
}

function loaded(file: { path: string; bytes: Uint8Array; knownClean: boolean; certified: boolean }): LoadedWorkspaceFile {
  const { path, bytes, knownClean, certified } = file;
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return { location: { kind: 'file', path }, fileName, displayName: baseName(path), bytes, knownClean, certified };
}

export function createElectronPlatform(bridge: ArranjoBridge): ElectronPlatform {
  return {
    kind: 'electron',
    async openDialog() {
      const file = await unwrap(bridge['workspace.open']({}));
      return file ? loaded(file) : null;
    },
    async chooseSavePath(suggestedName, restoredFrom) {
      return unwrap(bridge['workspace.chooseSavePath']({ suggestedName, ...(restoredFrom ? { restoredFrom } : {}) }));
    },
    async read(location) {
      const file = await unwrap(bridge['workspace.read']({ path: filePath(location) }));
      return loaded(file);
    },
    async settleOpen(location, opened) {
      await unwrap(bridge['workspace.settle']({ path: filePath(location), opened }));
    },
    async write(location, bytes) {
      await unwrap(bridge['workspace.write']({ path: filePath(location), bytes }));
    },
    async listRecent() {
      const paths = await unwrap(bridge['recent.list']({}));
      return paths.map((path) => ({ label: baseName(path), detail: path, location: { kind: 'file', path } }));
    },
    // A file from the last session may be on a pen drive that is gone: the desktop starts with the
    // demo and offers recent files instead of failing at start.
    async lastOpened() {
      return null;
    },
    async rememberOpened() {
      // Main keeps the recent-files list when it reads or writes a path.
    },
    setDocument(state) {
      document.title = `${state.dirty || state.drafts.length > 0 ? '• ' : ''}${state.title} — Arranjo`;
      void bridge['window.setDocument']({ title: state.title, dirty: state.dirty, drafts: [...state.drafts] });
    },
    setLocale(locale) {
      void bridge['ui.setLocale']({ locale });
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
  };
}
