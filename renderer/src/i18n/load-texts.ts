import type { Locale } from './locales';
import type { texts } from './texts/pt-BR';
import { completePlurals } from './plural-forms';

/** A language's UI texts by namespace (pt-BR's shape: every language has the same keys). */
export type Texts = typeof texts;

/**
 * A language's texts, fetched on first use: each language is a chunk of its own, so the first
 * screen loads only the one in use (~55 kB gzip rather than all three's ~160 kB; issue 16).
 */
const LOADERS: Record<Locale, () => Promise<Texts>> = {
  'pt-BR': () => import('./texts/pt-BR').then((m) => completePlurals(m.texts)),
  en: () => import('./texts/en').then((m) => completePlurals(m.texts)),
  es: () => import('./texts/es').then((m) => completePlurals(m.texts)),
};

export function loadTexts(locale: Locale): Promise<Texts> {
  return LOADERS[locale]();
}
