/** The UI languages. pt-BR first: Arranjo's users are Brazilian state agencies. */
export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'pt-BR';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The key of a trilingual label object ({pt, en, es}) as the engine stores them. */
export function labelKey(locale: Locale): 'pt' | 'en' | 'es' {
  return locale === 'pt-BR' ? 'pt' : locale;
}
