import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A workspace's backups, as the saves name them (atomic-write.ts): `<file>.bak`, the version before
 * the last save, and `<file>.schema-<n>.bak`, the file as it was before an update changed its format.
 * The damaged-file and update messages tell the planner to open one; opened, it is a copy to restore
 * from, never a workspace of its own.
 */
export const BACKUP_EXTENSION = '.bak';

export function isBackupFile(file: string): boolean {
  return file.toLowerCase().endsWith(BACKUP_EXTENSION);
}

/**
 * Where Save As offers to put the copy opened from `backup`: beside it, under its workspace's name
 * ("plano.arranjo" for "plano.arranjo.schema-17.bak") when no file has that name (the workspace was
 * moved or deleted: it comes back where it was), else as "plano (restaurado).arranjo", numbered as
 * the browser numbers a taken name. The suggestion never names a file that exists: the workspace
 * beside a backup may hold newer work (an update's backup, a save regretted), and one Enter in the
 * dialog's "Replace?" would put it away; the planner who means to replace it picks it in the dialog.
 */
export async function restoreTarget(backup: string, restoredName: (name: string) => string): Promise<string> {
  const folder = path.dirname(backup);
  const workspace = path.basename(backup).replace(/(\.schema-\d+)?\.bak$/i, '');
  const name = workspace.replace(/\.arranjo$/i, '') || workspace;
  const restored = restoredName(name);
  const candidates = [name, restored];
  for (let n = 2; n <= 99; n++) candidates.push(`${restored} (${n})`);
  for (const candidate of candidates) {
    const file = path.join(folder, `${candidate}.arranjo`);
    if (!(await exists(file))) return file;
  }
  return path.join(folder, `${restored}.arranjo`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
