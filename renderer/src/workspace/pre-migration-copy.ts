import { LOCALES, type Locale } from '../i18n/locales';
import type { LoadedWorkspaceFile, Platform } from '../platform/platform';

/**
 * What the name of a workspace's copy kept before an update adds to the workspace's name, in each UI
 * language. The copy is stored under that name, in the language of the screen it was made on, so it
 * is told apart in any of them (as ENTERED_BY_USER is, shared/text/entered-by-user.ts): out of the
 * locale files, whose other languages are not loaded until chosen.
 */
const KEPT_BEFORE_UPDATE: Readonly<Record<Locale, (schema: number) => string>> = {
  'pt-BR': (schema) => ` (cópia antes da atualização, formato ${schema})`,
  en: (schema) => ` (copy before the update, format ${schema})`,
  es: (schema) => ` (copia antes de la actualización, formato ${schema})`,
};

/** "plano (cópia antes da atualização, formato 17)": the copy of `name` kept before the update from format `schema`. */
export function preMigrationName(name: string, schema: number, locale: Locale): string {
  return `${name}${KEPT_BEFORE_UPDATE[locale](schema)}`;
}

/**
 * Whether `name` is a copy kept before the update from format `schema`, named in any UI language: one
 * made on the English screen, opened on the Portuguese one, is the old version too (it was copied again
 * as "plano (copy before the update, format 17) (cópia antes da atualização, formato 17)").
 */
export function isPreMigrationCopy(name: string, schema: number): boolean {
  return LOCALES.some((locale) => name.endsWith(KEPT_BEFORE_UPDATE[locale](schema)));
}

/**
 * A workspace of the browser's store that the engine just updated from format `schema`: its first
 * save would replace the only copy of it as it was (the browser has no .bak; the desktop keeps
 * `<file>.schema-<n>.bak`), so it is stored first under `name` ("plano (cópia antes da atualização,
 * formato 17)", preMigrationName in the UI's language), which the Open list shows. Opened again before a
 * save, the copy is there already (under its name in any language, `name` among them) and is not made
 * twice. Nothing to do for a file on disk.
 */
export async function keepPreMigrationCopy(platform: Platform, file: LoadedWorkspaceFile, schema: number, name: string): Promise<void> {
  if (platform.kind !== 'browser' || file.location?.kind !== 'browser') return;
  const stored = new Set((await platform.list()).map((workspace) => workspace.name));
  if (LOCALES.some((locale) => stored.has(preMigrationName(file.displayName, schema, locale)))) return;
  await platform.write({ kind: 'browser', name }, file.bytes);
}
