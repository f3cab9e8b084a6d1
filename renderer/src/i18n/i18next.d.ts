import 'i18next';
import type { namespaces } from './resources';

// Typed keys: a misspelt or missing translation key fails the type check instead of showing raw keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { [N in keyof typeof namespaces]: (typeof namespaces)[N]['pt-BR'] };
  }
}
