import type { Locale } from './locales';

/**
 * A workspace's backups, as the desktop's saves name them (electron/main/atomic-write.ts): `<file>.bak`,
 * the version before the last save, and `<file>.schema-<n>.bak`, the file as it was before an update
 * changed its format. The damaged-file and update messages tell the planner to open one; opened (the
 * desktop's Open dialog, the browser's upload), it is a copy to restore from, never a workspace of its own.
 */
export const BACKUP_EXTENSION = '.bak';

export function isBackupFile(file: string): boolean {
  return file.toLowerCase().endsWith(BACKUP_EXTENSION);
}

/** Beside the workspace's name, a copy restored from a backup when that name is taken: "plano (restaurado)". */
const RESTORED: Readonly<Record<Locale, string>> = { 'pt-BR': 'restaurado', en: 'restored', es: 'restaurado' };

/**
 * The names a copy opened from `backup` (a file's name or path) may take, in order of preference; each
 * shell takes the first one free (a file beside the backup, a workspace of the browser's store): its
 * workspace's ("plano" for "plano.arranjo.schema-17.bak"), where a moved or deleted workspace comes back,
 * else "plano (restaurado)" in the UI's language, then "plano (restaurado) (2)"… without end. Never a
 * name that is taken: the workspace under it may hold newer work (an update's backup, a save regretted).
 */
export function* restoreNames(backup: string, locale: Locale): Generator<string, never> {
  const file = backup.split(/[\\/]/).pop() ?? backup;
  const workspace = file.replace(/(\.schema-\d+)?\.bak$/i, '');
  const name = workspace.replace(/\.arranjo$/i, '') || workspace || file;
  const restored = `${name} (${RESTORED[locale]})`;
  yield name;
  yield restored;
  for (let n = 2; ; n++) yield `${restored} (${n})`;
}
