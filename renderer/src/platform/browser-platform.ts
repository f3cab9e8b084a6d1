import { ArranjoError } from '../../../shared/errors';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { isGzip } from '../../../shared/demo/shipped-demo';
import { fetchPackedDemoBlob, unpackDemo } from '../engine/demo-workspace';
import { downloadBlob } from '../lib/download';
import { freeName } from './free-name';
import { BYTES_STORE, META_STORE, SETTINGS_STORE, openDatabase, requestResult, transactionDone } from './idb';
import type { BrowserPlatform, LoadedWorkspaceFile, StoredWorkspaceSummary, WorkspaceLocation } from './platform';

const LAST_OPENED_KEY = 'lastOpened';

function browserName(location: WorkspaceLocation): string {
  if (location.kind !== 'browser') throw new Error('The browser shell stores workspaces by name, not by path.');
  return location.name;
}

async function list(): Promise<StoredWorkspaceSummary[]> {
  const db = await openDatabase();
  const tx = db.transaction(META_STORE, 'readonly');
  const rows = await requestResult(tx.objectStore(META_STORE).getAll() as IDBRequest<StoredWorkspaceSummary[]>);
  return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * Each stored workspace as this tab last read or wrote it: a save compares it first, as the desktop
 * compares the file on disk, so that two tabs with the same workspace open never silently write over
 * each other's changes.
 */
const seen = new Map<string, string>();
const stampOf = (row: StoredWorkspaceSummary | undefined): string | undefined => row?.stamp ?? row?.savedAt;

async function read(location: WorkspaceLocation): Promise<LoadedWorkspaceFile> {
  const name = browserName(location);
  const db = await openDatabase();
  const tx = db.transaction([META_STORE, BYTES_STORE], 'readonly');
  const meta = requestResult(tx.objectStore(META_STORE).get(name) as IDBRequest<StoredWorkspaceSummary | undefined>);
  const stored = await requestResult(tx.objectStore(BYTES_STORE).get(name) as IDBRequest<Uint8Array | Blob | undefined>);
  if (!stored) {
    throw new ArranjoError('NOT_FOUND', `The workspace "${name}" is no longer in this browser.`, {}, { name });
  }
  const stamp = stampOf(await meta);
  if (stamp !== undefined) seen.set(name, stamp);
  // The shipped demo is kept as the Blob it was fetched as, until it is first saved.
  const bytes = stored instanceof Blob ? new Uint8Array(await stored.arrayBuffer()) : stored;
  // Only this app writes its IndexedDB store (uploads go in after the engine's full check); a demo
  // stored as shipped (shippedDemo) is kept packed until it is first saved.
  return {
    location,
    fileName: `${name}.arranjo`,
    displayName: name,
    bytes: isGzip(bytes) ? await unpackDemo(bytes) : bytes,
    knownClean: true,
  };
}

async function write(location: WorkspaceLocation, bytes: Uint8Array | Blob): Promise<void> {
  const name = browserName(location);
  const db = await openDatabase();
  // One transaction for metadata and bytes: a listed workspace always has its contents.
  const tx = db.transaction([META_STORE, BYTES_STORE], 'readwrite');
  const done = transactionDone(tx);
  done.catch(() => undefined); // awaited below, or replaced by the refusal
  const before = await requestResult(tx.objectStore(META_STORE).get(name) as IDBRequest<StoredWorkspaceSummary | undefined>);
  const expected = seen.get(name);
  if (before && expected !== undefined && stampOf(before) !== expected) {
    tx.abort();
    throw changedElsewhere(name);
  }
  // Random, not the time: two tabs may save within the same millisecond (randomUUID needs https).
  const stamp = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const summary: StoredWorkspaceSummary = {
    name,
    savedAt: new Date().toISOString(),
    size: bytes instanceof Blob ? bytes.size : bytes.byteLength,
    stamp,
  };
  tx.objectStore(META_STORE).put(summary);
  tx.objectStore(BYTES_STORE).put(bytes, name);
  await done.catch((error: unknown) => {
    throw writeError(error, name);
  });
  seen.set(name, stamp);
}

/**
 * A failed save as the user is told it: the browser's storage refusing the bytes (its quota; the
 * transaction wrote nothing) is said as such, not as an unexpected error; anything else as it came.
 */
export function writeError(error: unknown, name: string): unknown {
  if ((error as DOMException | null)?.name !== 'QuotaExceededError') return error;
  return new ArranjoError(
    'FILE_ACCESS',
    `The browser's storage is full: the workspace "${name}" was not saved, and the copy saved before is as it was. Free space, or download the file and save again.`,
    { file: name },
    { path: name, operation: 'write', reason: 'quota' },
  );
}

function changedElsewhere(name: string): ArranjoError {
  return new ArranjoError(
    'WORKSPACE_CHANGED',
    `The workspace "${name}" was saved from another tab or window since it was opened here; saving now would lose those changes, so nothing was written. Save it under a new name, or open it again.`,
    { file: name },
    { name, reason: 'other-tab' },
  );
}

async function remove(name: string): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction([META_STORE, BYTES_STORE, SETTINGS_STORE], 'readwrite');
  tx.objectStore(META_STORE).delete(name);
  tx.objectStore(BYTES_STORE).delete(name);
  const settings = tx.objectStore(SETTINGS_STORE);
  const last = await requestResult(settings.get(LAST_OPENED_KEY) as IDBRequest<string | undefined>);
  if (last === name) settings.delete(LAST_OPENED_KEY);
  await transactionDone(tx);
  seen.delete(name);
}

async function uniqueName(base: string): Promise<string> {
  return freeName(base, new Set((await list()).map((w) => w.name)));
}

async function lastOpened(): Promise<WorkspaceLocation | null> {
  const db = await openDatabase();
  const tx = db.transaction(SETTINGS_STORE, 'readonly');
  const name = await requestResult(tx.objectStore(SETTINGS_STORE).get(LAST_OPENED_KEY) as IDBRequest<string | undefined>);
  return name ? { kind: 'browser', name } : null;
}

async function rememberOpened(location: WorkspaceLocation): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(SETTINGS_STORE, 'readwrite');
  tx.objectStore(SETTINGS_STORE).put(browserName(location), LAST_OPENED_KEY);
  await transactionDone(tx);
}

function download(bytes: Uint8Array, fileName: string): void {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.sqlite3' }), fileName);
}

export function createBrowserPlatform(): BrowserPlatform {
  return {
    kind: 'browser',
    list,
    read,
    write,
    remove,
    uniqueName,
    lastOpened,
    rememberOpened,
    async settleOpen() {
      // Nothing is held while a stored or uploaded workspace is being opened.
    },
    download,
    shippedDemo: fetchPackedDemoBlob,
    async listRecent() {
      const stored = await list();
      return stored.slice(0, 8).map((w) => ({ label: w.name, detail: w.savedAt, location: { kind: 'browser', name: w.name } }));
    },
    setDocument({ title, dirty, drafts }) {
      document.title = `${dirty || drafts.length > 0 ? '• ' : ''}${title} — Arranjo`;
    },
    setLocale() {
      // The browser has no native menus to translate.
    },
    onMenuCommand(_listener: (command: MenuCommand) => void) {
      // No application menu in the browser: keyboard shortcuts and the header menu do the work.
      return () => undefined;
    },
  };
}
