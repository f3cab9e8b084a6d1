import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Locale } from '../i18n/locales';

/**
 * Where a workspace lives: a named entry of the browser's store (IndexedDB), or a file on disk
 * (Electron). The two shells differ only in this and in how files are picked.
 */
export type WorkspaceLocation = { kind: 'browser'; name: string } | { kind: 'file'; path: string };

export interface LoadedWorkspaceFile {
  /** null when the bytes came from an upload and are not stored anywhere yet. */
  location: WorkspaceLocation | null;
  /** The file name the engine names in its messages ("x.arranjo"). */
  fileName: string;
  /** What the header shows: the stored name, or the file name without extension. */
  displayName: string;
  bytes: Uint8Array;
  /**
   * The bytes are an image this Arranjo wrote and nothing changed since (the browser's own store;
   * a file whose hash the desktop's register holds): the engine's quick check is enough. Uploads
   * and received files are false and get the full check.
   */
  knownClean: boolean;
  /** An image the desktop's register says was checked in memory before it was written: the open skips the checks. */
  certified?: boolean;
}

export interface RecentEntry {
  label: string;
  /** A path, or the time it was saved; shown under the label. */
  detail: string | null;
  location: WorkspaceLocation;
}

export interface DocumentState {
  title: string;
  dirty: boolean;
  /** Names of unsaved drafts held by views (scenarios), which the workspace's dirty flag does not cover. */
  drafts: readonly string[];
}

interface PlatformBase {
  listRecent(): Promise<RecentEntry[]>;
  read(location: WorkspaceLocation): Promise<LoadedWorkspaceFile>;
  write(location: WorkspaceLocation, bytes: Uint8Array): Promise<void>;
  /** The workspace to reopen at start, if the shell remembers one. */
  lastOpened(): Promise<WorkspaceLocation | null>;
  rememberOpened(location: WorkspaceLocation): Promise<void>;
  /**
   * Whether the engine opened the file `read` (or the Open dialog) gave: the desktop moves its lock
   * and its check against changes made elsewhere to it only then, so a refused file leaves the open
   * workspace's in place.
   */
  settleOpen(location: WorkspaceLocation, opened: boolean): Promise<void>;
  setDocument(state: DocumentState): void;
  setLocale(locale: Locale): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export interface StoredWorkspaceSummary {
  name: string;
  savedAt: string;
  size: number;
  /** Unique to each save (absent in entries stored before it existed): another tab's save changes it. */
  stamp?: string;
}

/** Plain browser: workspaces in IndexedDB, files via upload and download. */
export interface BrowserPlatform extends PlatformBase {
  readonly kind: 'browser';
  list(): Promise<StoredWorkspaceSummary[]>;
  remove(name: string): Promise<void>;
  /** `base`, or `base (2)`, `base (3)`… whichever is not taken yet. */
  uniqueName(base: string): Promise<string>;
  /** Also takes a Blob (the shipped demo), which the store keeps without the page copying it. */
  write(location: WorkspaceLocation, bytes: Uint8Array | Blob): Promise<void>;
  download(bytes: Uint8Array, fileName: string): void;
  /**
   * The demo workspace as the app ships it, gzip-packed (2 MB instead of 19 MB), as a Blob: what a
   * new demo workspace is stored as, without exporting it from the engine nor copying it through
   * the page's memory (issue 16). `read` unpacks it.
   */
  shippedDemo(): Promise<Blob>;
}

/** Electron: native dialogs and atomic writes in main, over `window.arranjo`. */
export interface ElectronPlatform extends PlatformBase {
  readonly kind: 'electron';
  /** Shows the Open dialog; null when the user cancels. */
  openDialog(): Promise<LoadedWorkspaceFile | null>;
  /** `restoredFrom`: the backup the workspace was opened from, beside which the dialog suggests a workspace's name. */
  chooseSavePath(suggestedName: string, restoredFrom?: string | null): Promise<string | null>;
}

export type Platform = BrowserPlatform | ElectronPlatform;

/** "C:\\dados\\Codemig 2025.arranjo" → "Codemig 2025". */
export function baseName(pathOrName: string): string {
  const last = pathOrName.split(/[\\/]/).pop() ?? pathOrName;
  return last.replace(/\.arranjo$/i, '') || last;
}

/** What the header calls the workspace at `location`. */
export function displayName(location: WorkspaceLocation): string {
  return location.kind === 'browser' ? location.name : baseName(location.path);
}

export function sameLocation(a: WorkspaceLocation, b: WorkspaceLocation | null): boolean {
  if (!b || a.kind !== b.kind) return false;
  return a.kind === 'browser' ? a.name === (b as typeof a).name : a.path === (b as typeof a).path;
}
