import type { Locale } from '../domain/locales';

/**
 * The source a record typed in by the planner is stored with: a district or a work in the language
 * of the screen it was typed in, an indicator value in Portuguese with its day (indicator-service's
 * userSource). Said again in the reader's language: a work created in Portuguese read "Source:
 * Informado pelo usuário" on the English screen.
 */
export const ENTERED_BY_USER: Readonly<Record<Locale, string>> = {
  'pt-BR': 'Informado pelo usuário',
  en: 'Entered by the user',
  es: 'Informado por el usuario',
};

/** Words earlier versions stored for the same (a district created in the Spanish UI). */
const EARLIER = ['Ingresado por el usuario'];

/** A stored source in `locale`: "entered by the user" in any language becomes the reader's words; any other source stays. */
export function sourceIn(source: string, locale: Locale): string {
  const text = source.trim();
  return Object.values(ENTERED_BY_USER).includes(text) || EARLIER.includes(text) ? ENTERED_BY_USER[locale] : source;
}
