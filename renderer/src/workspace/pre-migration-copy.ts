import type { LoadedWorkspaceFile, Platform } from '../platform/platform';

/**
 * A workspace of the browser's store that the engine just updated from an older schema: its first
 * save would replace the only copy of it as it was (the browser has no .bak; the desktop keeps
 * `<file>.schema-<n>.bak`), so it is stored first under `name` ("plano (cópia antes da atualização,
 * formato 17)"), which the Open list shows. Opened again before a save, the copy is there already
 * and is not made twice. Nothing to do for a file on disk.
 */
export async function keepPreMigrationCopy(platform: Platform, file: LoadedWorkspaceFile, name: string): Promise<void> {
  if (platform.kind !== 'browser' || file.location?.kind !== 'browser') return;
  if ((await platform.uniqueName(name)) !== name) return;
  await platform.write({ kind: 'browser', name }, file.bytes);
}
