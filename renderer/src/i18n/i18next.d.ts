import 'i18next';
import type ptBR from './locales/pt-BR.json';

// Typed keys: a misspelt or missing translation key fails the type check instead of showing raw keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ptBR };
  }
}
