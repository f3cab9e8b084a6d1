import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/domain/locales';
import { restoreNames } from '../../shared/domain/workspace-backups';

/**
 * Where Save As offers to put the copy opened from `backup` (a `<file>.bak` or `<file>.schema-<n>.bak`,
 * shared/domain/workspace-backups.ts): beside it, under the first of its restore names no file has
 * ("plano.arranjo" where the workspace was moved or deleted, else "plano (restaurado).arranjo",
 * numbered). One Enter in the dialog's "Replace?" would put away a workspace that may hold newer work;
 * the planner who means to replace it picks it in the dialog. After 100 taken names, the last is offered.
 */
export async function restoreTarget(backup: string, locale: Locale): Promise<string> {
  const folder = path.dirname(backup);
  const names = restoreNames(backup, locale);
  for (let tries = 1; ; tries++) {
    const file = path.join(folder, `${names.next().value}.arranjo`);
    if (tries >= 100 || !(await exists(file))) return file;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
