import { isBackupFile } from '../../../shared/domain/workspace-backups';
import { firstFree } from '../platform/free-name';
import type { BrowserPlatform, LoadedWorkspaceFile } from '../platform/platform';

/** Names the controller gives workspaces; translated by the caller. */
export interface WorkspaceNames {
  demo: string;
  untitled: string;
  /** The browser's copy of a stored workspace as it was before this version updated its schema. */
  preMigration: (name: string, schema: number) => string;
  /** The names a copy uploaded from a desktop backup may be stored under, the first free taken (restoreNames). */
  restored: (backup: string) => Iterator<string, never>;
}

/**
 * The name an uploaded file is stored under in the browser (so that it survives a reload): its own,
 * numbered when taken; a desktop backup's, its workspace's, never a stored one's (that may hold
 * newer work): "plano", else "plano (restaurado)".
 */
export async function uploadedName(platform: BrowserPlatform, file: LoadedWorkspaceFile, names: WorkspaceNames): Promise<string> {
  if (!isBackupFile(file.fileName)) return platform.uniqueName(file.displayName);
  const stored = new Set((await platform.list()).map((w) => w.name));
  return firstFree(names.restored(file.fileName), stored);
}
