import { texts as en } from './texts/en';
import { texts as es } from './texts/es';
import { texts as pt } from './texts/pt-BR';

/**
 * The UI texts of every language, one namespace per feature (each feature keeps its own locale
 * files, so features can grow without touching each other's texts): the catalogue the types and
 * the translation tests read. The app itself loads only the language in use (load-texts.ts).
 */
export const resources = { 'pt-BR': pt, en, es };

type Language = keyof typeof resources;
type Namespace = keyof typeof pt;

/** The same texts by namespace, then language. */
export const namespaces = Object.fromEntries(
  (Object.keys(pt) as Namespace[]).map((ns) => [
    ns,
    Object.fromEntries((Object.keys(resources) as Language[]).map((lng) => [lng, resources[lng][ns]])),
  ]),
) as { [N in Namespace]: { [L in Language]: (typeof resources)[L][N] } };
