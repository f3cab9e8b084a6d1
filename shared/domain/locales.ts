/** The languages of the UI and of the workbooks. pt-BR first: Arranjo's users are Brazilian state agencies. */
export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language when neither the planner nor the system names one the UI has. */
export const DEFAULT_LOCALE: Locale = 'pt-BR';

/** The key of a trilingual label object ({pt, en, es}) as the engine stores them. */
export function labelKey(locale: Locale): 'pt' | 'en' | 'es' {
  return locale === 'pt-BR' ? 'pt' : locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the system's languages (most preferred first: the page's navigator.languages, or
 * Electron's app.getPreferredSystemLanguages) that the UI has: any Portuguese is pt-BR, any English
 * en, any Spanish es (a CEPAL planner in Santiago gets Spanish); none of them, the default.
 */
export function systemLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'pt') return 'pt-BR';
    if (primary === 'en' || primary === 'es') return primary;
  }
  return DEFAULT_LOCALE;
}
